import { addDaysIso, addMonthsIso, addYearsIso, daysBetween, expectIsoDate, isoDateSchema, SiaeValidationError, safeValidate, validate } from '@siae/model';
import { z } from 'zod';
import { type DatedParameter, requireValueAt, valueAt } from '@siae/model';
import {
  passIaeDefaultLengthDays,
  passIaeMaxSuspensionMonths,
  passIaeSuspensionMaxRetroactivityDays,
  passIaeWaitingPeriodYears,
} from '../parameters/parameters';

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

const suspensionInputSchema = z.object({ passStart: isoDateSchema, passEnd: isoDateSchema, start: isoDateSchema, today: isoDateSchema });

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

/**
 * Limits of a suspension that would start on `start`, asked on `today`.
 *
 * @throws {SiaeValidationError} when a date is not an existing ISO date.
 */
export function suspensionLimits(input: { passStart: string; passEnd: string; start: string; today: string }): {
  allowed: boolean;
  maxEnd: string;
  whyFr?: string;
} {
  validate(suspensionInputSchema, input, 'suspension');
  const { start, today } = input;
  const months = requireValueAt(passIaeMaxSuspensionMonths, start).value;
  const maxEnd = from('start', () => addDaysIso(addMonthsIso(start, months), -1));
  const retro = requireValueAt(passIaeSuspensionMaxRetroactivityDays, today).value;
  if (start > today) return { allowed: false, maxEnd, whyFr: 'Une suspension ne peut pas commencer dans le futur.' };
  if (daysBetween(start, today) > retro) return { allowed: false, maxEnd, whyFr: `Une suspension ne peut pas commencer plus de ${retro} jours dans le passé.` };
  if (start < input.passStart || start > input.passEnd) return { allowed: false, maxEnd, whyFr: 'Une suspension commence pendant le PASS IAE.' };
  return { allowed: true, maxEnd };
}

/** The reasons for a prolongation. */
export const PROLONGATION_REASONS = ['SENIOR_CDI', 'COMPLETE_TRAINING', 'RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES', 'HEALTH_CONTEXT'] as const;

/** A prolongation reason. */
export type ProlongationReason = (typeof PROLONGATION_REASONS)[number];

/** Caps of a prolongation reason: of one prolongation, and of all of them together (null: none). */
export interface ProlongationCaps {
  labelFr: string;
  maxDays: number;
  maxCumulativeDays: number | null;
  decidedBy: 'siae' | 'authorized_prescriber' | null;
  /** Kinds that may use the reason (null: every kind). */
  kinds: readonly string[] | null;
}

const SRC = 'les-emplois itou/approvals/models.py (Prolongation.MAX_DURATION, MAX_CUMULATIVE_DURATION); shared/domain/eligibility.md §Prolongation';

/** Prolongation caps per reason, dated (HEALTH_CONTEXT ends on 2021-12-01). */
export const prolongationCaps: Readonly<Record<ProlongationReason, DatedParameter<ProlongationCaps>>> = {
  SENIOR_CDI: {
    id: 'prolongation.SENIOR_CDI',
    labelFr: 'CDI conclu avec une personne de plus de 57 ans',
    unit: 'days',
    values: [{ from: '2020-03-23', value: { labelFr: 'CDI senior (57 ans et plus)', maxDays: 3650, maxCumulativeDays: null, decidedBy: 'siae', kinds: null }, source: SRC }],
  },
  COMPLETE_TRAINING: {
    id: 'prolongation.COMPLETE_TRAINING',
    labelFr: "Fin d'une formation",
    unit: 'days',
    values: [{ from: '2020-03-23', value: { labelFr: "Fin d'une formation", maxDays: 365, maxCumulativeDays: null, decidedBy: 'siae', kinds: null }, source: SRC }],
  },
  RQTH: {
    id: 'prolongation.RQTH',
    labelFr: 'Reconnaissance de la qualité de travailleur handicapé',
    unit: 'days',
    values: [{ from: '2020-03-23', value: { labelFr: 'RQTH', maxDays: 365, maxCumulativeDays: 1095, decidedBy: 'authorized_prescriber', kinds: null }, source: SRC }],
  },
  SENIOR: {
    id: 'prolongation.SENIOR',
    labelFr: 'Senior (50 ans et plus)',
    unit: 'days',
    values: [{ from: '2020-03-23', value: { labelFr: '50 ans et plus', maxDays: 365, maxCumulativeDays: 1825, decidedBy: 'authorized_prescriber', kinds: null }, source: SRC }],
  },
  PARTICULAR_DIFFICULTIES: {
    id: 'prolongation.PARTICULAR_DIFFICULTIES',
    labelFr: 'Difficultés particulières (AI et ACI seulement)',
    unit: 'days',
    values: [
      {
        from: '2020-03-23',
        value: { labelFr: 'Difficultés particulières', maxDays: 365, maxCumulativeDays: 1095, decidedBy: 'authorized_prescriber', kinds: ['AI', 'ACI'] },
        source: SRC,
      },
    ],
  },
  HEALTH_CONTEXT: {
    id: 'prolongation.HEALTH_CONTEXT',
    labelFr: 'Contexte sanitaire',
    unit: 'days',
    values: [
      { from: '2020-03-23', value: { labelFr: 'Contexte sanitaire', maxDays: 365, maxCumulativeDays: 365, decidedBy: null, kinds: null }, source: SRC },
      { from: '2021-12-01', value: null, source: `${SRC} (motif supprimé le 1er décembre 2021)` },
    ],
  },
};

const prolongationInputSchema = z.object({
  reason: z.enum(PROLONGATION_REASONS),
  start: isoDateSchema,
  structureKind: z.enum(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ']),
  usedDays: z.number().int().min(0).default(0),
});

/**
 * The limits of a prolongation of a PASS IAE. A prolongation starts on the PASS end (`start`);
 * its length is `end - start` in days. `maxEnd` is the latest end of this prolongation
 * (`start + max days`); `maxCumulativeEnd` the latest end once every earlier prolongation
 * (`usedDays`, whatever their reason) is counted against the reason's cumulative cap (null when
 * the reason has none). `allowed` is false for a reason the kind cannot use
 * (PARTICULAR_DIFFICULTIES outside AI and ACI), a reason no longer in force (HEALTH_CONTEXT from
 * 2021-12-01), or a cumulative cap already reached.
 *
 * @example prolongationLimits({ reason: 'RQTH', start: '2025-01-01', structureKind: 'ACI', usedDays: 730 })
 * // { maxEnd: '2026-01-01', maxCumulativeEnd: '2026-01-01', allowed: true }
 */
export function prolongationLimits(input: { reason: ProlongationReason; start: string; structureKind: string; usedDays?: number }): {
  maxEnd: string;
  maxCumulativeEnd: string | null;
  allowed: boolean;
  why?: string;
} {
  const r = safeValidate(prolongationInputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'prolongation');
  const { reason, start, structureKind, usedDays } = r.data;
  const param = prolongationCaps[reason];
  // The caps in force (null once the reason is withdrawn); the last caps the reason had give the limits.
  const inForce = valueAt(param, start)?.value ?? null;
  let ref = param.values[0]!.value!;
  for (const v of param.values) if (v.from <= start && v.value !== null) ref = v.value;
  const maxEnd = from('start', () => addDaysIso(start, ref.maxDays));
  const remaining = ref.maxCumulativeDays === null ? null : Math.max(0, ref.maxCumulativeDays - usedDays);
  const maxCumulativeEnd = remaining === null ? null : from('start', () => addDaysIso(start, Math.min(ref.maxDays, remaining)));
  if (inForce === null) {
    return { maxEnd, maxCumulativeEnd, allowed: false, why: `Motif ${reason} non utilisable à cette date (supprimé depuis le ${param.values.at(-1)!.from}).` };
  }
  if (ref.kinds !== null && !ref.kinds.includes(structureKind)) {
    return { maxEnd, maxCumulativeEnd, allowed: false, why: `Motif ${reason} réservé aux structures ${ref.kinds.join(' et ')}.` };
  }
  if (remaining === 0) {
    return { maxEnd, maxCumulativeEnd, allowed: false, why: `Plafond cumulé de ${ref.maxCumulativeDays} jours déjà atteint pour le motif ${reason}.` };
  }
  return { maxEnd, maxCumulativeEnd, allowed: true };
}

/**
 * The window in which a prolongation can be asked: from 12 months before the PASS end to
 * 6 months after it, both inclusive.
 */
export function prolongationRequestWindow(passEnd: string): { opensOn: string; closesOn: string } {
  const e = checkDate(passEnd, 'passEnd');
  return { opensOn: from('passEnd', () => addMonthsIso(e, -12)), closesOn: from('passEnd', () => addMonthsIso(e, 6)) };
}
