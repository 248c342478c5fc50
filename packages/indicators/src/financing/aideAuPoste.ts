import { type DatedParameter, type DatedValue, formatPath, isoDateSchema, SiaeValidationError, safeValidate, valueAt } from '@siae/model';
import { z } from 'zod';
import { AIDE_AU_POSTE_ARRETES, type AideAuPosteStep, citeArrete } from './arretes';

/** Montant socle per full-time insertion post (€), and for the ACI the part for accompaniment. */
export interface SocleAmount {
  amount: number;
  /** ACI only: the part of the socle for accompaniment. */
  accompaniment?: number;
}

/** A kind of structure that receives the aide au poste. */
export type AideAuPosteKind = 'ACI' | 'AI' | 'EI' | 'ETTI' | 'EITI';

const UNKNOWN_NOTE: Record<'EITI' | 'ACI.accompaniment' | 'contratPasserelle', string> = {
  EITI: 'montant EITI de cette période non retrouvé dans un texte public',
  'ACI.accompaniment': 'part accompagnement non retrouvée',
  contratPasserelle: 'montant du contrat passerelle de cette période non retrouvé dans un texte public',
};

/** Builds one dated series from the arrêtés: a step that sets `pick` adds a value; an unknown amount adds `null`. */
function series<T>(
  id: string,
  labelFr: string,
  unit: string,
  pick: (step: AideAuPosteStep) => T | undefined,
  unknownKey?: 'EITI' | 'contratPasserelle',
): DatedParameter<T> {
  const values: DatedValue<T>[] = [];
  for (const a of AIDE_AU_POSTE_ARRETES) {
    for (const step of a.steps) {
      const v = pick(step);
      const extra = a.secondarySource ? { secondarySource: a.secondarySource } : {};
      if (v !== undefined) values.push({ from: step.from, value: v, source: citeArrete(a), ...extra, ...(a.noteFr ? { noteFr: a.noteFr } : {}) });
      else if (unknownKey && step.unknown?.includes(unknownKey) && values.length > 0) {
        values.push({ from: step.from, value: null, source: citeArrete(a), ...extra, assumed: true, noteFr: UNKNOWN_NOTE[unknownKey] });
      }
    }
  }
  return { id, labelFr, unit, values: Object.freeze(values) };
}

function socleSeries(kind: AideAuPosteKind, labelFr: string): DatedParameter<SocleAmount> {
  return series<SocleAmount>(
    `aideAuPoste.socle.${kind}`,
    labelFr,
    'euros',
    (step) => {
      if (kind === 'ACI') return step.ACI ? { amount: step.ACI.amount, ...(step.ACI.accompaniment === undefined ? {} : { accompaniment: step.ACI.accompaniment }) } : undefined;
      const v = step[kind];
      return v === undefined ? undefined : { amount: v };
    },
    kind === 'EITI' ? 'EITI' : undefined,
  );
}

const eitiSocle = socleSeries('EITI', 'Montant maximal EITI (€ par travailleur indépendant, 1 505 heures)');

/**
 * The montant socle of the aide au poste per kind, dated, read from every arrêté since the 2014
 * reform ({@link AIDE_AU_POSTE_ARRETES}). A new arrêté adds a date; nothing is overwritten. A `null`
 * value is a period whose amount no public text we could read gives (EITI 2021, 2022-08 to 2023),
 * and, for the EITI, the end of the per-ETP aid on 2025-01-01 (a monthly flat aid replaces it).
 */
export const montantSocle: Readonly<Record<AideAuPosteKind, DatedParameter<SocleAmount>>> = Object.freeze({
  EI: socleSeries('EI', 'Montant socle EI (€ par ETP)'),
  ETTI: socleSeries('ETTI', 'Montant socle ETTI (€ par ETP)'),
  AI: socleSeries('AI', 'Montant socle AI (€ par ETP)'),
  ACI: socleSeries('ACI', 'Montant socle ACI (€ par ETP, dont accompagnement)'),
  EITI: {
    ...eitiSocle,
    values: Object.freeze([
      ...eitiSocle.values,
      {
        from: '2025-01-01',
        value: null,
        source: citeArrete(AIDE_AU_POSTE_ARRETES.at(-1)!),
        noteFr: "À partir du 1er janvier 2025 l'aide EITI est un forfait mensuel par travailleur indépendant (arrêté du 2 janvier 2025), plus un montant par ETP.",
      },
    ]),
  },
});

/** The montant socle for an EI or an ACI set up in a prison (établissement pénitentiaire), dated; from 2022 the general amounts. */
export const montantSoclePenitentiary: Readonly<Record<'ACI' | 'EI', DatedParameter<SocleAmount>>> = Object.freeze({
  EI: series<SocleAmount>('aideAuPoste.socle.penitentiary.EI', 'Montant socle EI en établissement pénitentiaire (€ par poste)', 'euros', (s) =>
    s.penitentiaryEI === undefined ? undefined : { amount: s.penitentiaryEI },
  ),
  ACI: series<SocleAmount>('aideAuPoste.socle.penitentiary.ACI', 'Montant socle ACI en établissement pénitentiaire (€ par poste)', 'euros', (s) =>
    s.penitentiaryACI === undefined ? undefined : { amount: s.penitentiaryACI },
  ),
});

/** Highest part modulée as a share of the socle: general case, and in prisons (null before the prison aid existed). */
export const modulationMaxRate: DatedParameter<{ general: number; penitentiary: number | null }> = series(
  'aideAuPoste.modulationMaxRate',
  'Part modulée maximale (part du montant socle)',
  'share',
  (s) => (s.modulation ? { general: s.modulation.general, penitentiary: s.modulation.penitentiary ?? null } : undefined),
);

/** Contrat passerelle (EI and ACI): aid per full-time post over six months, dated from its start on 2021-09-01. */
export const contratPasserelleAmount: DatedParameter<number> = series(
  'aideAuPoste.contratPasserelle',
  'Aide au contrat passerelle (€ par poste à temps plein sur six mois)',
  'euros',
  (s) => s.contratPasserelle,
  'contratPasserelle',
);

const I14 = 'Instruction DGEFP n° 2014-2 du 5 février 2014 (docs/sources.md#instruction-2014-2)';

/** Hours of one ETP per kind where a public figure exists (EI and AI: set in each annexe financière). */
export const etpHours: Readonly<Record<'ACI' | 'ETTI' | 'EITI', DatedParameter<number>>> = Object.freeze({
  ACI: { id: 'etpHours.ACI', labelFr: "Heures d'un ETP en ACI", unit: 'hours', values: [{ from: '2014-07-01', value: 1820, source: I14 }] },
  ETTI: {
    id: 'etpHours.ETTI',
    labelFr: "Heures d'un ETP en ETTI",
    unit: 'hours',
    values: [
      { from: '2014-01-01', value: 1820, source: I14 },
      {
        from: '2022-01-01',
        value: 1607,
        source: 'Code du travail, art. L3121-41 (durée annuelle de référence de 1 607 heures ; anciennement 1 820 heures)',
        assumed: true,
        assumptionFr: 'Aucun texte public lu ne fixe la date de bascule de 1 820 à 1 607 heures : le 1er janvier 2022 est supposé.',
      },
    ],
  },
  EITI: { id: 'etpHours.EITI', labelFr: "Heures d'un ETP en EITI", unit: 'hours', values: [{ from: '2019-01-01', value: 1505, source: citeArrete(AIDE_AU_POSTE_ARRETES.find((a) => a.id === 'arrete-2019-02-27')!) }] },
});

/** zod schema of {@link AideAuPosteInput} (what {@link aideAuPoste} validates). */
export const aideAuPosteInputSchema = z
  .object({
    structureKind: z.enum(['ACI', 'AI', 'EI', 'ETTI', 'EITI']),
    etp: z.number().min(0).finite(),
    date: isoDateSchema,
    modulationRate: z.number().min(0).max(0.1).default(0),
    mayotte: z.boolean().default(false),
    /** An EI or an ACI set up in a prison: its own socle and a part modulée of at most 5 %. */
    penitentiary: z.boolean().default(false),
    /** A socle per ETP to use instead of the table (Mayotte, a local annexe financière). */
    socle: z.number().min(0).optional(),
    /** ETP given as hours: converted with the kind's ETP hours (or `hoursPerEtp`). */
    hoursPerEtp: z.number().positive().optional(),
  })
  .strict();

/** Input of {@link aideAuPoste}. */
export type AideAuPosteInput = z.input<typeof aideAuPosteInputSchema>;

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
  /** When the figure was read in a secondary source (press, network) rather than the published text. */
  secondarySource?: string;
  /** True when the amount used is marked as assumed. */
  assumed?: boolean;
}

function issue(path: string, code: string, messageFr: string, messageEn: string) {
  return { path: [path], pathText: formatPath([path]), code, messageFr, messageEn };
}

/**
 * The aide au poste of a structure at a date: montant socle per ETP (dated table built from every
 * arrêté since the 2014 reform, {@link AIDE_AU_POSTE_ARRETES}) plus the part modulée of 0 to 10 %
 * of the socle (5 % in prisons). Mayotte has its own lower amounts, not encoded: pass them as
 * `socle`. A period whose amount no public text gives returns `amount: null` with the reason.
 *
 * @example aideAuPoste({ structureKind: 'ACI', etp: 10, date: '2025-03-01', modulationRate: 0.05 }).amount // 251170.5
 * @example aideAuPoste({ structureKind: 'EI', etp: 1, date: '2019-06-01' }).socle // 10520 (arrêté du 27 février 2019)
 * @throws {SiaeValidationError} naming the field of a bad input (modulation above the cap, negative
 * ETP, a prison structure other than EI or ACI) or a date before the first known amount for the kind.
 */
export function aideAuPoste(input: AideAuPosteInput): AideAuPosteResult {
  const r = safeValidate(aideAuPosteInputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'aide au poste input');
  const { structureKind, etp, date, modulationRate, mayotte, penitentiary, socle: override } = r.data;
  if (penitentiary && structureKind !== 'EI' && structureKind !== 'ACI') {
    throw new SiaeValidationError(
      [issue('penitentiary', 'not_applicable', 'seuls une EI ou un ACI peuvent être implantés en établissement pénitentiaire', 'only an EI or an ACI can be set up in a prison')],
      'aide au poste input',
    );
  }
  const param = penitentiary ? montantSoclePenitentiary[structureKind as 'EI' | 'ACI'] : montantSocle[structureKind];
  if (override === undefined && !mayotte && (param.values.length === 0 || date < param.values[0]!.from)) {
    throw new SiaeValidationError(
      [
        issue(
          'date',
          'before_first_value',
          `est antérieure au premier montant socle connu pour ce type de structure (${param.values[0]?.from ?? 'aucun'})`,
          `is before the first known montant socle for this kind of structure (${param.values[0]?.from ?? 'none'})`,
        ),
      ],
      'aide au poste input',
    );
  }
  const capParam = valueAt(modulationMaxRate, date);
  const cap = capParam ? (penitentiary ? capParam.value.penitentiary : capParam.value.general) : null;
  if (cap !== null && modulationRate > cap + 1e-12) {
    throw new SiaeValidationError(
      [issue('modulationRate', 'too_big', `dépasse la part modulée maximale (${cap * 100} %) à cette date`, `is above the highest part modulée (${cap * 100} %) on that date`)],
      'aide au poste input',
    );
  }
  const hours = r.data.hoursPerEtp ?? (Object.hasOwn(etpHours, structureKind) ? (valueAt(etpHours[structureKind as keyof typeof etpHours], date)?.value ?? null) : null);
  const fromTable = valueAt(param, date);
  const inForce = [...param.values].reverse().find((v) => v.from <= date);
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
        ? 'Montants de Mayotte non encodés : passez le montant socle de l’annexe financière (`socle`).'
        : `Aucun montant socle connu pour ${structureKind} à cette date${inForce?.noteFr ? ` (${inForce.noteFr})` : ''} : passez-le (\`socle\`).`,
      source: mayotte ? null : (inForce?.source ?? null),
    };
  }
  const socle = override ?? fromTable!.value.amount;
  const base = etp * socle;
  const modulation = base * modulationRate;
  const amount = Math.round((base + modulation) * 100) / 100;
  const where = penitentiary ? ' en établissement pénitentiaire' : '';
  return {
    amount,
    socle,
    accompaniment: override === undefined ? (fromTable?.value.accompaniment ?? null) : null,
    modulationRate,
    modulation: Math.round(modulation * 100) / 100,
    etp,
    hoursPerEtp: hours,
    explanationFr: `${etp} ETP × ${socle} € (montant socle ${structureKind}${where}${override === undefined ? ` au ${fromTable!.from}` : ', fourni'}) × (1 + ${(modulationRate * 100).toFixed(1)} % de part modulée) = ${amount} €`,
    source: override === undefined ? fromTable!.source : 'montant fourni par l’utilisateur',
    ...(override === undefined && inForce?.secondarySource ? { secondarySource: inForce.secondarySource } : {}),
    ...(override === undefined && inForce?.assumed ? { assumed: true } : {}),
  };
}
