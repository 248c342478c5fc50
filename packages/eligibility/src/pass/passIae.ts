import { addDaysIso, addMonthsIso, addYearsIso, daysBetween, expectIsoDate, expectObject, isoDateSchema, SiaeValidationError, safeValidate, validate } from '@siae/model';
import { z } from 'zod';
import { type DatedParameter, requireValueAt, valueAt } from '@siae/model';
import {
  lesEmplois,
  passIaeDefaultLengthDays,
  passIaeMaxSuspensionMonths,
  passIaeSuspensionMaxRetroactivityDays,
  passIaeWaitingPeriodYears,
} from '../parameters/parameters';
import { prolongationCumulativeScope, prolongationRequestWindowRule, prolongationsAvailable, suspensionReasonRules } from '../parameters/passIaeHistory';

function checkDate(value: unknown, field: string | (string | number)[]): string {
  return expectIsoDate(value, field, 'PASS IAE date');
}

/**
 * Runs a date computation from the field `field`; a result past 9999-12-31 (which `YYYY-MM-DD`
 * cannot write) is reported on that field.
 */
function from<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof SiaeValidationError) {
      throw new SiaeValidationError(
        e.issues.map((i) => ({ ...i, path: [field], pathText: field })),
        'PASS IAE date',
      );
    }
    throw e;
  }
}

const passDatesSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  suspensions: z.array(z.object({ start: isoDateSchema, end: isoDateSchema })).optional(),
});

/**
 * The default end of a PASS IAE that starts on `start`: 730 days, end inclusive.
 *
 * @example passIaeDefaultEndDate('2025-01-01') // '2026-12-31'
 */
export function passIaeDefaultEndDate(start: string): string {
  const s = checkDate(start, 'start');
  return from('start', () => addDaysIso(s, requireValueAt(passIaeDefaultLengthDays, s).value - 1));
}

/**
 * The last day of the waiting period (délai de carence) after a PASS IAE that ended on `end`:
 * 2 years after the end. The waiting period runs from the day after `end` to this day, inclusive.
 *
 * @example passIaeWaitingPeriodEnd('2026-12-31') // '2028-12-31'
 */
export function passIaeWaitingPeriodEnd(end: string): string {
  const e = checkDate(end, 'end');
  return from('end', () => addYearsIso(e, requireValueAt(passIaeWaitingPeriodYears, e).value));
}

/** The waiting period after a PASS IAE: first and last day, both inclusive. */
export function passIaeWaitingPeriod(end: string): { firstDay: string; lastDay: string } {
  const e = checkDate(end, 'end');
  return { firstDay: from('end', () => addDaysIso(e, 1)), lastDay: passIaeWaitingPeriodEnd(e) };
}

/** The state of a PASS IAE on a day. */
export type PassIaeState = 'future' | 'valid' | 'suspended' | 'expired';

/** A PASS IAE as the life-cycle functions need it (`end` already includes suspensions and prolongations). */
export interface PassIaeDates {
  start: string;
  end: string;
  suspensions?: readonly { start: string; end: string }[];
}

/**
 * The state of a PASS IAE on a day: `future` before its start, `expired` after its end (valid
 * while day <= end), `suspended` inside a suspension, else `valid`.
 *
 * @throws {SiaeValidationError} when a date of the PASS IAE or `day` is not an existing ISO date.
 */
export function passIaeStateAt(pass: PassIaeDates, day: string): PassIaeState {
  validate(z.object({ pass: passDatesSchema }), { pass }, 'PASS IAE');
  const d = checkDate(day, 'day');
  if (d < pass.start) return 'future';
  if (d > pass.end) return 'expired';
  if ((pass.suspensions ?? []).some((s) => s.start <= d && d <= s.end)) return 'suspended';
  return 'valid';
}

const blockedInputSchema = z.object({
  previousEnd: isoDateSchema,
  day: isoDateSchema,
  structureKind: z.enum(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ']),
  senderIsAuthorizedPrescriber: z.boolean().optional(),
  hasValidPrescriberDiagnosis: z.boolean().optional(),
});

/**
 * Whether a new PASS IAE for a hire on `day` is blocked by the waiting period of an earlier one, and why.
 *
 * @throws {SiaeValidationError} when a date or the kind is invalid.
 */
export function isNewPassIaeBlocked(input: {
  previousEnd: string;
  day: string;
  structureKind: 'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI' | 'GEIQ';
  senderIsAuthorizedPrescriber?: boolean;
  hasValidPrescriberDiagnosis?: boolean;
}): { blocked: boolean; whyFr: string } {
  validate(blockedInputSchema, input, 'PASS IAE waiting period');
  const { firstDay, lastDay } = passIaeWaitingPeriod(input.previousEnd);
  const day = input.day;
  if (input.structureKind === 'GEIQ') return { blocked: false, whyFr: "Une embauche en GEIQ n'est jamais bloquée par le délai de carence." };
  if (day < firstDay || day > lastDay) return { blocked: false, whyFr: 'Hors délai de carence.' };
  if (input.senderIsAuthorizedPrescriber) return { blocked: false, whyFr: 'Délai de carence levé : candidature envoyée par un prescripteur habilité.' };
  if (input.hasValidPrescriberDiagnosis) return { blocked: false, whyFr: "Délai de carence levé : diagnostic valide d'un prescripteur habilité." };
  return { blocked: true, whyFr: `Délai de carence jusqu'au ${lastDay} inclus : seul un prescripteur habilité peut le lever (un diagnostic employeur ne suffit pas).` };
}

const suspensionInputSchema = z.object({
  passStart: isoDateSchema,
  passEnd: isoDateSchema,
  start: isoDateSchema,
  today: isoDateSchema,
  lastHiringStart: isoDateSchema.optional(),
  previousSuspensionEnd: isoDateSchema.optional(),
  structureKind: z.enum(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ']).optional(),
  reason: z.string().min(1).optional(),
});

/** Input of {@link suspensionLimits}. */
export interface SuspensionLimitsInput {
  passStart: string;
  passEnd: string;
  /** First day of the suspension. */
  start: string;
  /** The day the suspension is declared: the rules in force that day apply. */
  today: string;
  /** Start of the last accepted hire under this PASS IAE (`hiring_start_at`). */
  lastHiringStart?: string;
  /** End of the previous suspension of this PASS IAE, if any. */
  previousSuspensionEnd?: string;
  /** Kind of the structure that declares it (CONTRAT_PASSERELLE: EI and ACI only; a GEIQ has no PASS IAE). */
  structureKind?: 'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI' | 'GEIQ';
  /** Suspension reason code (`CONTRACT_SUSPENDED`, `CONTRAT_PASSERELLE`...). */
  reason?: string;
}

/**
 * Limits of a suspension that would start on `start`, declared on `today` (the rules in force on
 * `today` apply, as on the platform): suspensions exist from 2020-12-30; one lasts at most
 * 6, 12 then 36 months ({@link passIaeMaxSuspensionMonths}); it cannot start in the future, nor
 * more than 30 then 365 days before `today` ({@link passIaeSuspensionMaxRetroactivityDays}), nor
 * outside the PASS; it starts at the earliest on the day after the previous suspension or, when
 * there is none, on the last hiring start (`Suspension.next_min_start_at`: a previous suspension
 * overrides the hiring start); the reason must be offered that day to the structure's kind
 * ({@link suspensionReasonRules}); a GEIQ has no PASS IAE.
 *
 * @example suspensionLimits({ passStart: '2025-01-01', passEnd: '2026-12-31', start: '2025-03-01', today: '2025-03-10', lastHiringStart: '2025-03-05' }).allowed // false
 * @throws {SiaeValidationError} naming a malformed date.
 */
export function suspensionLimits(input: SuspensionLimitsInput): {
  allowed: boolean;
  maxEnd: string;
  whyFr?: string;
  /** Earliest start allowed on `today` (hire, previous suspension and retroactivity bounds), or null when suspensions do not exist yet. */
  minStart?: string | null;
} {
  const r = safeValidate(suspensionInputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'suspension');
  const { start, today, passStart, passEnd, lastHiringStart, previousSuspensionEnd, structureKind, reason } = r.data;
  const months = valueAt(passIaeMaxSuspensionMonths, today)?.value ?? null;
  if (months === null) {
    return { allowed: false, maxEnd: start, minStart: null, whyFr: `Les suspensions de PASS IAE n'existent sur la plateforme qu'à partir du ${passIaeMaxSuspensionMonths.values[0]!.from}.` };
  }
  const maxEnd = addDaysIso(addMonthsIso(start, months), -1);
  const retro = valueAt(passIaeSuspensionMaxRetroactivityDays, today)?.value ?? null;
  const bound = previousSuspensionEnd !== undefined ? addDaysIso(previousSuspensionEnd, 1) : (lastHiringStart ?? null);
  const threshold = retro === null ? null : addDaysIso(today, -retro);
  const minStart = bound === null ? threshold : threshold === null || bound >= threshold ? bound : threshold;
  const refuse = (whyFr: string) => ({ allowed: false, maxEnd, minStart, whyFr });
  if (structureKind === 'GEIQ') return refuse("Un GEIQ ne délivre pas de PASS IAE : il n'y a rien à suspendre.");
  if (start > today) return refuse('Une suspension ne peut pas commencer dans le futur.');
  if (retro !== null && daysBetween(start, today) > retro) return refuse(`Une suspension ne peut pas commencer plus de ${retro} jours dans le passé.`);
  if (start < passStart || start > passEnd) return refuse('Une suspension commence pendant le PASS IAE.');
  if (previousSuspensionEnd !== undefined && start <= previousSuspensionEnd) {
    return refuse(`Une suspension commence au plus tôt le lendemain de la fin de la suspension précédente (${addDaysIso(previousSuspensionEnd, 1)}).`);
  }
  if (previousSuspensionEnd === undefined && lastHiringStart !== undefined && start < lastHiringStart) {
    return refuse(`Une suspension ne peut pas commencer avant le début de la dernière embauche (${lastHiringStart}).`);
  }
  if (reason !== undefined) {
    const rules = valueAt(suspensionReasonRules, today)!.value;
    const rule = rules.find((x) => x.reason === reason);
    if (!rule) return refuse(`Motif de suspension ${reason} non proposé à cette date.`);
    if (rule.kinds !== null && (structureKind === undefined || !rule.kinds.includes(structureKind))) {
      return refuse(`Motif de suspension ${reason} réservé aux structures ${rule.kinds.join(' et ')}.`);
    }
  }
  return { allowed: true, maxEnd, minStart };
}

/** The reasons for a prolongation. */
export const PROLONGATION_REASONS = ['SENIOR_CDI', 'COMPLETE_TRAINING', 'RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES', 'HEALTH_CONTEXT'] as const;

/** A prolongation reason. */
export type ProlongationReason = (typeof PROLONGATION_REASONS)[number];

/** Caps of a prolongation reason: of one prolongation, and of all of them together (null: none). */
export interface ProlongationCaps {
  labelFr: string;
  /** Longest single prolongation, in days (`end - start`). */
  maxDays: number;
  /**
   * When set, the longest single prolongation ends `maxMonths` months minus one day after its
   * start (the platform's rule until 2023-09-11); `maxDays` is then an approximation for display.
   */
  maxMonths?: number;
  maxCumulativeDays: number | null;
  decidedBy: 'siae' | 'authorized_prescriber' | null;
  /** Kinds that may use the reason (null: every kind). */
  kinds: readonly string[] | null;
}

const P_A = '2021-03-11';
const P_B = '2021-11-18';
const P_C = '2023-09-11';
const P_D = '2024-07-08';
const SRC_A = `gip-inclusion/les-emplois CHANGELOG.md, version [14] du 11 mars 2021 ; ${lesEmplois('itou/approvals/models.py', 'ac749dd4a207b3c0827b8a204b5b37b928c53a5f', '12 mois par prolongation (formation : 6), plafonds cumulés par motif : formation 6 mois, difficultés particulières 5 ans')}`;
const SRC_B = `gip-inclusion/les-emplois CHANGELOG.md, version [31] du 18 novembre 2021 (« Les durées maximales des prolongations (différentes selon le motif) ont été modifiées ») ; ${lesEmplois('itou/approvals/models.py', '53f574484e1ebbecd8a45e92c1468b91b706d733', 'MAX_CUMULATIVE_DURATION')}, ${lesEmplois('itou/approvals/models.py', 'df2705882cdc61577ff5a5a3ca3b0d8d4e4f20da', 'difficultés particulières : 12 mois, 3 ans cumulés')}`;
const SRC_C = `gip-inclusion/les-emplois CHANGELOG.md, version [71] du 11 septembre 2023 (« Renouvellement des prolongations par périodes d’un an ») ; ${lesEmplois('itou/approvals/models.py', 'b10d96dffd30bd4b514e0e0e7e72ad3c6ce45a00', 'Update CreateProlongationForm duration rules')}`;
const SRC_D = `gip-inclusion/les-emplois CHANGELOG.md, version du 8 juillet 2024 (« Mise en conformité des règles de prolongations », PR #4329) ; ${lesEmplois('itou/approvals/models.py', '78b52e4f5a044b80c9d5e93533163f02b2bf16c4', 'PROLONGATION_RULES')}`;
const SRC_CDI = 'gip-inclusion/les-emplois CHANGELOG.md, version [27] du 24 septembre 2021 (« Ajout du motif de prolongation "CDI conclu avec une personne âgée d’au moins 57 ans (12 mois max)" »)';
const SRC_END_HEALTH = 'gip-inclusion/les-emplois CHANGELOG.md, version [32] du 2 décembre 2021 (« Suppression du motif de prolongation « Contexte sanitaire » le 1er décembre »)';

type CapRow = [from: string, maxMonthsOrDays: { months: number } | { days: number }, cumulative: number | null, source: string];

function caps(id: ProlongationReason, labelFr: string, shortFr: string, decidedBy: ProlongationCaps['decidedBy'], kinds: readonly string[] | null, rows: CapRow[], end?: [string, string]): DatedParameter<ProlongationCaps> {
  return {
    id: `prolongation.${id}`,
    labelFr,
    unit: 'days',
    values: [
      ...rows.map(([from, len, cum, source]) => ({
        from,
        value: {
          labelFr: shortFr,
          maxDays: 'days' in len ? len.days : Math.round((len.months * 365) / 12),
          ...('months' in len ? { maxMonths: len.months } : {}),
          maxCumulativeDays: cum,
          decidedBy,
          kinds,
        },
        source,
      })),
      ...(end ? [{ from: end[0], value: null, source: end[1] }] : []),
    ],
  };
}

/**
 * Prolongation caps per reason, dated by the platform's releases: 12 months a prolongation
 * (training 6) with per-reason caps from 2021-03-11; per-reason lengths from 2021-11-18; one year
 * a request from 2023-09-11; from 2024-07-08 the current caps (training uncapped, the cumulative cap
 * counting every reason, see {@link prolongationCumulativeScope}). HEALTH_CONTEXT ends on 2021-12-01.
 */
export const prolongationCaps: Readonly<Record<ProlongationReason, DatedParameter<ProlongationCaps>>> = {
  SENIOR_CDI: caps('SENIOR_CDI', 'CDI conclu avec une personne de plus de 57 ans', 'CDI senior (57 ans et plus)', 'siae', null, [
    ['2021-09-24', { months: 12 }, null, SRC_CDI],
    [P_B, { months: 120 }, null, SRC_B],
    [P_C, { days: 3650 }, 3650, SRC_C],
    [P_D, { days: 3650 }, null, SRC_D],
  ]),
  COMPLETE_TRAINING: caps('COMPLETE_TRAINING', "Fin d'une formation", "Fin d'une formation", 'siae', null, [
    [P_A, { months: 6 }, 182, SRC_A],
    [P_B, { months: 24 }, 730, SRC_B],
    [P_C, { days: 365 }, 730, SRC_C],
    [P_D, { days: 365 }, null, SRC_D],
  ]),
  RQTH: caps('RQTH', 'Reconnaissance de la qualité de travailleur handicapé', 'RQTH', 'authorized_prescriber', null, [
    [P_A, { months: 12 }, null, SRC_A],
    [P_B, { months: 36 }, null, SRC_B],
    [P_C, { days: 365 }, 1095, SRC_C],
    [P_D, { days: 365 }, 1095, SRC_D],
  ]),
  SENIOR: caps('SENIOR', 'Senior (50 ans et plus)', '50 ans et plus', 'authorized_prescriber', null, [
    [P_A, { months: 12 }, null, SRC_A],
    [P_B, { months: 60 }, null, SRC_B],
    [P_C, { days: 365 }, 1825, SRC_C],
    [P_D, { days: 365 }, 1825, SRC_D],
  ]),
  PARTICULAR_DIFFICULTIES: caps('PARTICULAR_DIFFICULTIES', 'Difficultés particulières (AI et ACI seulement)', 'Difficultés particulières', 'authorized_prescriber', ['AI', 'ACI'], [
    [P_A, { months: 12 }, 1825, SRC_A],
    [P_B, { months: 12 }, 1095, SRC_B],
    [P_C, { days: 365 }, 1095, SRC_C],
    [P_D, { days: 365 }, 1095, SRC_D],
  ]),
  HEALTH_CONTEXT: caps(
    'HEALTH_CONTEXT',
    'Contexte sanitaire',
    'Contexte sanitaire',
    null,
    null,
    [
      [P_A, { months: 12 }, null, SRC_A],
      [P_B, { months: 12 }, null, SRC_B],
    ],
    ['2021-12-01', SRC_END_HEALTH],
  ),
};

const prolongationInputSchema = z.object({
  reason: z.enum(PROLONGATION_REASONS),
  start: isoDateSchema,
  structureKind: z.enum(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ']),
  usedDays: z.number().int().min(0).default(0),
  usedDaysSameReason: z.number().int().min(0).optional(),
  asOf: isoDateSchema.optional(),
});

/** Input of {@link prolongationLimits}. */
export interface ProlongationLimitsInput {
  reason: ProlongationReason;
  /** First day of the prolongation (the PASS end). */
  start: string;
  structureKind: string;
  /** Days of every earlier prolongation of this PASS IAE, whatever their reason. */
  usedDays?: number;
  /** Days of the earlier prolongations with the same reason (counted until 2024-07-08; `usedDays` when absent). */
  usedDaysSameReason?: number;
  /** The day the prolongation is declared: the rules in force that day apply (default: `start`). */
  asOf?: string;
}

/**
 * The limits of a prolongation of a PASS IAE, with the rules in force on `asOf` (default `start`).
 * A prolongation starts on the PASS end (`start`); its length is `end - start` in days. `maxEnd` is
 * the latest end of this prolongation; `maxCumulativeEnd` the latest end once the earlier
 * prolongations are counted against the reason's cumulative cap (the same reason's until
 * 2024-07-08, every reason's since: {@link prolongationCumulativeScope}), null when the reason has
 * none. `allowed` is false before prolongations exist (2021-03-11), for a GEIQ (no PASS IAE), for a
 * reason the kind cannot use (PARTICULAR_DIFFICULTIES outside AI and ACI), a reason not (or no
 * longer) in force, or a cumulative cap already reached.
 *
 * @example prolongationLimits({ reason: 'RQTH', start: '2025-01-01', structureKind: 'ACI', usedDays: 730 })
 * // { maxEnd: '2026-01-01', maxCumulativeEnd: '2026-01-01', allowed: true }
 * @throws {SiaeValidationError} naming a bad field.
 */
export function prolongationLimits(input: ProlongationLimitsInput): {
  maxEnd: string;
  maxCumulativeEnd: string | null;
  allowed: boolean;
  why?: string;
} {
  const r = safeValidate(prolongationInputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'prolongation');
  const { reason, start, structureKind, usedDays } = r.data;
  const asOf = r.data.asOf ?? start;
  const param = prolongationCaps[reason];
  // The caps in force (null once the reason is withdrawn); the last caps the reason had give the limits.
  const inForce = valueAt(param, asOf)?.value ?? null;
  let ref = param.values[0]!.value!;
  for (const v of param.values) if (v.from <= asOf && v.value !== null) ref = v.value;
  const maxEnd = ref.maxMonths !== undefined ? addDaysIso(addMonthsIso(start, ref.maxMonths), -1) : addDaysIso(start, ref.maxDays);
  const scope = valueAt(prolongationCumulativeScope, asOf)?.value ?? 'all';
  const used = scope === 'reason' ? (r.data.usedDaysSameReason ?? usedDays) : usedDays;
  const remaining = ref.maxCumulativeDays === null ? null : Math.max(0, ref.maxCumulativeDays - used);
  const maxCumulativeEnd = remaining === null ? null : addDaysIso(start, Math.min(daysBetween(start, maxEnd), remaining));
  const refuse = (why: string) => ({ maxEnd, maxCumulativeEnd, allowed: false, why });
  if (structureKind === 'GEIQ') return refuse("Un GEIQ ne délivre pas de PASS IAE : les motifs de prolongation ne s'appliquent pas.");
  if (!valueAt(prolongationsAvailable, asOf)) return refuse(`Les prolongations de PASS IAE n'existent sur la plateforme qu'à partir du ${prolongationsAvailable.values[0]!.from}.`);
  if (inForce === null) {
    const first = param.values[0]!.from;
    return refuse(asOf < first ? `Motif ${reason} non utilisable avant le ${first}.` : `Motif ${reason} non utilisable à cette date (supprimé depuis le ${param.values.at(-1)!.from}).`);
  }
  if (ref.kinds !== null && !ref.kinds.includes(structureKind)) return refuse(`Motif ${reason} réservé aux structures ${ref.kinds.join(' et ')}.`);
  if (remaining === 0) {
    return refuse(`Plafond cumulé de ${ref.maxCumulativeDays} jours déjà atteint pour le motif ${reason}${scope === 'reason' ? ' (prolongations du même motif)' : ' (toutes prolongations confondues)'}.`);
  }
  return { maxEnd, maxCumulativeEnd, allowed: true };
}

/**
 * The window in which a prolongation can be asked, both bounds inclusive, with the rule in force on
 * `options.asOf` ({@link prolongationRequestWindowRule}); without `asOf`, the latest rule (12 months
 * before the end to 6 months after it). The rule of 2022-12-16 to 2023-08-15 opens 12 months after
 * the PASS start: it needs `options.passStart`.
 *
 * @example prolongationRequestWindow('2026-12-31') // { opensOn: '2025-12-31', closesOn: '2027-06-30' }
 * @example prolongationRequestWindow('2024-06-30', { asOf: '2023-09-01' }) // { opensOn: '2023-11-30', closesOn: '2024-06-30' }
 * @throws {SiaeValidationError} naming a malformed date, a missing `passStart`, or an `asOf` before prolongations existed.
 */
export function prolongationRequestWindow(passEnd: string, options: { asOf?: string; passStart?: string } = {}): { opensOn: string; closesOn: string } {
  const e = checkDate(passEnd, 'passEnd');
  const rules = prolongationRequestWindowRule.values;
  const asOf = options.asOf === undefined ? rules.at(-1)!.from : checkDate(options.asOf, 'asOf');
  const rule = valueAt(prolongationRequestWindowRule, asOf)?.value;
  if (!rule) {
    throw new SiaeValidationError(
      [{ path: ['asOf'], pathText: 'asOf', code: 'before_first_value', messageFr: `est antérieure à l'existence des prolongations (${rules[0]!.from})`, messageEn: `is before prolongations existed (${rules[0]!.from})` }],
      'prolongation request window',
    );
  }
  let opensOn: string;
  if (rule.monthsBeforeEnd !== null) opensOn = addMonthsIso(e, -rule.monthsBeforeEnd);
  else {
    if (options.passStart === undefined) {
      throw new SiaeValidationError(
        [{ path: ['passStart'], pathText: 'passStart', code: 'required', messageFr: 'obligatoire pour la règle en vigueur à cette date (ouverture 12 mois après le début du PASS)', messageEn: 'required by the rule in force on that date (opens 12 months after the PASS start)' }],
        'prolongation request window',
      );
    }
    opensOn = addMonthsIso(checkDate(options.passStart, 'passStart'), rule.monthsAfterStart ?? 0);
  }
  return { opensOn, closesOn: addMonthsIso(e, rule.monthsAfterEnd) };
}

/** Whether a prolongation can be asked on `day` (the rule in force that day, `Approval.is_open_to_prolongation`). */
export function isProlongationRequestOpen(input: { passStart: string; passEnd: string; day: string }): boolean {
  expectObject(input, 'input', 'prolongation request');
  const day = checkDate(input.day, 'day');
  if (!valueAt(prolongationRequestWindowRule, day)) return false;
  const w = prolongationRequestWindow(input.passEnd, { asOf: day, passStart: input.passStart });
  return w.opensOn <= day && day <= w.closesOn;
}
