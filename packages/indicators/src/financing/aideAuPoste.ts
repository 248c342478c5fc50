import { type DatedParameter, isoDateSchema, SiaeValidationError, safeValidate, valueAt } from '@siae/model';
import { z } from 'zod';

/** Montant socle per full-time insertion post (€), and for the ACI the part for accompaniment. */
export interface SocleAmount {
  amount: number;
  /** ACI only: the part of the socle for accompaniment. */
  accompaniment?: number;
}

const S14 = 'Instruction DGEFP n° 2014-2 du 5 février 2014; arrêté du 2 mai 2014';
const S15 = 'Arrêté de revalorisation 2015';
const S22 = 'Arrêté du 8 août 2022 (revalorisation au 1er août 2022)';
const S23 = 'Arrêté du 9 mai 2023 (revalorisation au 1er mai 2023)';
const S24 = 'Arrêté du 30 avril 2024 (montants au 1er janvier 2024)';
const S24b = 'Arrêté du 4 décembre 2024 (montants au 1er novembre 2024)';
const S25 = 'Arrêté du 4 décembre 2024 (EI au 1er janvier 2025)';

/**
 * The montant socle of the aide au poste per kind, dated (shared/domain/exits-and-indicators.md
 * §Targets and financing). A new arrêté adds a date; nothing is overwritten.
 */
export const montantSocle: Readonly<Record<'ACI' | 'AI' | 'EI' | 'ETTI' | 'EITI', DatedParameter<SocleAmount>>> = Object.freeze({
  EI: {
    id: 'aideAuPoste.socle.EI',
    labelFr: 'Montant socle EI (€ par ETP)',
    unit: 'euros',
    values: [
      { from: '2014-01-01', value: { amount: 10000 }, source: S14 },
      { from: '2015-01-01', value: { amount: 10080 }, source: S15 },
      { from: '2022-08-01', value: { amount: 11609 }, source: S22 },
      { from: '2023-05-01', value: { amount: 12081 }, source: S23 },
      { from: '2024-01-01', value: { amount: 12218 }, source: S24 },
      { from: '2024-11-01', value: { amount: 12459 }, source: S24b },
      { from: '2025-01-01', value: { amount: 13304 }, source: S25 },
    ],
  },
  ETTI: {
    id: 'aideAuPoste.socle.ETTI',
    labelFr: 'Montant socle ETTI (€ par ETP)',
    unit: 'euros',
    values: [
      { from: '2014-01-01', value: { amount: 4250 }, source: S14 },
      { from: '2015-01-01', value: { amount: 4284 }, source: S15 },
      { from: '2022-08-01', value: { amount: 4454 }, source: S22 },
      { from: '2023-05-01', value: { amount: 4636 }, source: S23 },
      { from: '2024-01-01', value: { amount: 4688 }, source: S24 },
      { from: '2024-11-01', value: { amount: 4781 }, source: S24b },
    ],
  },
  AI: {
    id: 'aideAuPoste.socle.AI',
    labelFr: 'Montant socle AI (€ par ETP)',
    unit: 'euros',
    values: [
      { from: '2014-07-01', value: { amount: 1300 }, source: S14 },
      { from: '2015-01-01', value: { amount: 1310 }, source: S15 },
      { from: '2022-08-01', value: { amount: 1509 }, source: S22 },
      { from: '2023-05-01', value: { amount: 1570 }, source: S23 },
      { from: '2024-01-01', value: { amount: 1588 }, source: S24 },
      { from: '2024-11-01', value: { amount: 1619 }, source: S24b },
    ],
  },
  ACI: {
    id: 'aideAuPoste.socle.ACI',
    labelFr: 'Montant socle ACI (€ par ETP, dont accompagnement)',
    unit: 'euros',
    values: [
      { from: '2014-07-01', value: { amount: 19200 }, source: S14 },
      { from: '2015-01-01', value: { amount: 19354 }, source: S15 },
      { from: '2022-08-01', value: { amount: 22289, accompaniment: 1128 }, source: S22 },
      { from: '2023-05-01', value: { amount: 23196, accompaniment: 1195 }, source: S23 },
      { from: '2024-01-01', value: { amount: 23458, accompaniment: 1209 }, source: S24 },
      { from: '2024-11-01', value: { amount: 23921, accompaniment: 1233 }, source: S24b },
    ],
  },
  EITI: {
    id: 'aideAuPoste.socle.EITI',
    labelFr: 'Montant socle EITI (€ par ETP de 1 505 heures)',
    unit: 'euros',
    values: [
      { from: '2024-01-01', value: { amount: 6443 }, source: S24 },
      { from: '2024-11-01', value: { amount: 6570 }, source: S24b },
    ],
  },
});

/** Hours of one ETP per kind where a public figure exists (EI and AI: set in each annexe financière). */
export const etpHours: Readonly<Record<'ACI' | 'ETTI' | 'EITI', DatedParameter<number>>> = Object.freeze({
  ACI: { id: 'etpHours.ACI', labelFr: "Heures d'un ETP en ACI", unit: 'hours', values: [{ from: '2014-07-01', value: 1820, source: S14 }] },
  ETTI: {
    id: 'etpHours.ETTI',
    labelFr: "Heures d'un ETP en ETTI",
    unit: 'hours',
    values: [
      { from: '2014-01-01', value: 1820, source: S14 },
      { from: '2022-01-01', value: 1607, source: 'shared/domain/exits-and-indicators.md (1 607 heures, anciennement 1 820; date de bascule supposée)' },
    ],
  },
  EITI: { id: 'etpHours.EITI', labelFr: "Heures d'un ETP en EITI", unit: 'hours', values: [{ from: '2024-01-01', value: 1505, source: S24 }] },
});

/** Contrat passerelle: amount per contract from 2024-11-01. */
export const contratPasserelleAmount: DatedParameter<number> = {
  id: 'aideAuPoste.contratPasserelle',
  labelFr: 'Aide au contrat passerelle (€)',
  unit: 'euros',
  values: [{ from: '2024-11-01', value: 2376, source: S24b }],
};

const inputSchema = z
  .object({
    structureKind: z.enum(['ACI', 'AI', 'EI', 'ETTI', 'EITI']),
    etp: z.number().min(0).finite(),
    date: isoDateSchema,
    modulationRate: z.number().min(0).max(0.1).default(0),
    mayotte: z.boolean().default(false),
    /** A socle per ETP to use instead of the table (Mayotte, a local annexe financière). */
    socle: z.number().min(0).optional(),
    /** ETP given as hours: converted with the kind's ETP hours (or `hoursPerEtp`). */
    hoursPerEtp: z.number().positive().optional(),
  })
  .strict();

/** Input of {@link aideAuPoste}. */
export type AideAuPosteInput = z.input<typeof inputSchema>;

/** The aide au poste of a structure, and how it was computed. */
export interface AideAuPosteResult {
  /** Total aid (€): etp × socle × (1 + modulationRate), or null when no socle is known. */
  amount: number | null;
  socle: number | null;
  accompaniment: number | null;
  modulationRate: number;
  /** Part modulée (€). */
  modulation: number | null;
  etp: number;
  hoursPerEtp: number | null;
  explanationFr: string;
  source: string | null;
}

/**
 * The aide au poste of a structure at a date: montant socle per ETP (dated table, instruction
 * 2014-2 and the later arrêtés) plus the part modulée of 0 to 10 % of the socle. Mayotte has its
 * own lower amounts, not in our sources: pass them as `socle`.
 *
 * @example aideAuPoste({ structureKind: 'ACI', etp: 10, date: '2025-03-01', modulationRate: 0.05 }).amount // 251170.5
 * @throws {SiaeValidationError} naming the field of a bad input (modulation above 10 %, negative ETP...).
 */
export function aideAuPoste(input: AideAuPosteInput): AideAuPosteResult {
  const r = safeValidate(inputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'aide au poste input');
  const { structureKind, etp, date, modulationRate, mayotte, socle: override } = r.data;
  const hours = r.data.hoursPerEtp ?? (Object.hasOwn(etpHours, structureKind) ? (valueAt(etpHours[structureKind as keyof typeof etpHours], date)?.value ?? null) : null);
  const fromTable = valueAt(montantSocle[structureKind], date);
  if (override === undefined && (mayotte || !fromTable)) {
    return {
      amount: null,
      socle: null,
      accompaniment: null,
      modulationRate,
      modulation: null,
      etp,
      hoursPerEtp: hours,
      explanationFr: mayotte
        ? 'Montants de Mayotte non publiés dans nos sources : passez le montant socle de l’annexe financière (`socle`).'
        : `Aucun montant socle connu pour ${structureKind} à cette date : passez-le (\`socle\`).`,
      source: null,
    };
  }
  const socle = override ?? fromTable!.value.amount;
  const base = etp * socle;
  const modulation = base * modulationRate;
  const amount = Math.round((base + modulation) * 100) / 100;
  return {
    amount,
    socle,
    accompaniment: override === undefined ? (fromTable?.value.accompaniment ?? null) : null,
    modulationRate,
    modulation: Math.round(modulation * 100) / 100,
    etp,
    hoursPerEtp: hours,
    explanationFr: `${etp} ETP × ${socle} € (montant socle ${structureKind}${override === undefined ? ` au ${fromTable!.from}` : ', fourni'}) × (1 + ${(modulationRate * 100).toFixed(1)} % de part modulée) = ${amount} €`,
    source: override === undefined ? fromTable!.source : 'montant fourni par l’utilisateur',
  };
}
