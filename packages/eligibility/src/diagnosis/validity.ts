import { addDaysIso, addMonthsIso, expectIsoDate, type IsoDate, isoDateSchema, SiaeValidationError, safeValidate, validate } from '@siae/model';
import { z } from 'zod';
import { type DatedParameter, requireValueAt } from '@siae/model';
import { diagnosisValidityEmployer, diagnosisValidityGeiq, diagnosisValidityPrescriber, type Duration } from '../parameters/parameters';

/**
 * Adds a duration (months first, then days) to an ISO date.
 *
 * @throws {SiaeValidationError} when the date or the duration is invalid, or the result is past 9999-12-31.
 */
export function addDuration(date: IsoDate, d: Duration): IsoDate {
  expectIsoDate(date, 'date', 'duration');
  validate(z.object({ duration: durationSchema }), { duration: d }, 'duration');
  return addDurationChecked(date, d);
}

const durationSchema = z.object({ months: z.number().int().optional(), days: z.number().int().optional() }).strict();

function addDurationChecked(date: IsoDate, d: Duration): IsoDate {
  try {
    return addDaysIso(addMonthsIso(date, d.months ?? 0), d.days ?? 0);
  } catch (e) {
    if (e instanceof SiaeValidationError) throw new SiaeValidationError(e.issues.map((i) => ({ ...i, path: ['date'], pathText: 'date' })), 'diagnosis');
    throw e;
  }
}

const inputSchema = z.object({
  author: z.enum(['prescriber', 'employer']),
  date: isoDateSchema,
  kind: z.enum(['IAE', 'GEIQ']).optional(),
});

/**
 * The first day on which a diagnosis no longer counts (it is valid while `day < expiresAt`):
 * 6 months for an authorized prescriber's; for an employer's, 92 days when made from 2025-01-13
 * (the platform's release that shipped it, CHANGELOG PR 5285) and 6 months before; 6 months for a
 * GEIQ diagnosis.
 *
 * @example diagnosisExpiresAt({ author: 'prescriber', date: '2024-12-03' }) // '2025-06-03'
 * @example diagnosisExpiresAt({ author: 'employer', date: '2025-01-13' }) // '2025-04-15'
 * @example diagnosisExpiresAt({ author: 'employer', date: '2025-01-12' }) // '2025-07-12'
 * @throws {SiaeValidationError} when the author or the date is invalid.
 */
export function diagnosisExpiresAt(input: { author: 'prescriber' | 'employer'; date: string; kind?: 'IAE' | 'GEIQ' }): string {
  const r = safeValidate(inputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'diagnosis');
  const { author, date, kind } = r.data;
  const param: DatedParameter<Duration> =
    kind === 'GEIQ' ? diagnosisValidityGeiq : author === 'prescriber' ? diagnosisValidityPrescriber : diagnosisValidityEmployer;
  return addDurationChecked(date, requireValueAt(param, date).value);
}

/**
 * Whether a diagnosis still counts on a day (made on or before it, and `day < expiresAt`).
 *
 * @throws {SiaeValidationError} when the diagnosis or `day` is invalid.
 */
export function isDiagnosisValidOn(input: { author: 'prescriber' | 'employer'; date: string; kind?: 'IAE' | 'GEIQ' }, day: string): boolean {
  const expiresAt = diagnosisExpiresAt(input);
  expectIsoDate(day, 'day', 'diagnosis');
  return input.date <= day && day < expiresAt;
}

/** A diagnosis as the selection needs it. */
export interface DiagnosisCandidate {
  /** Its id. */
  id: string;
  /** Who made it. */
  author: 'prescriber' | 'employer';
  /** When. */
  date: string;
  /** For an employer's diagnosis: the structure that made it (only that structure sees it). */
  structureId?: string;
}

const selectionSchema = z.object({
  diagnoses: z.array(z.object({ id: z.string(), author: z.enum(['prescriber', 'employer']), date: isoDateSchema, structureId: z.string().optional() })),
  context: z.object({ day: isoDateSchema, structureId: z.string(), hasValidPassIae: z.boolean().optional() }),
});

/** Which diagnosis counts for a hire, and why. */
export interface DiagnosisSelection {
  /** The diagnosis that counts, or null. */
  diagnosis: DiagnosisCandidate | null;
  /** Its expiry (first day it no longer counts), or null. */
  expiresAt: string | null;
  /** Why, in French. */
  whyFr: string;
  /** Whether a diagnosis is needed at all (not when the person holds a valid PASS IAE). */
  needed: boolean;
}

/**
 * Picks the diagnosis that counts for a structure on a day: none is needed when the person holds
 * a valid PASS IAE; otherwise a valid authorized prescriber's diagnosis wins over an employer's
 * (seen by every structure), an employer's counts only for the structure that made it, and the
 * most recent valid one of the winning kind counts.
 *
 * @throws {SiaeValidationError} when a diagnosis or the context is invalid (path `diagnoses[i].…`, `context.…`).
 */
export function selectDiagnosis(
  diagnoses: readonly DiagnosisCandidate[],
  context: { day: string; structureId: string; hasValidPassIae?: boolean },
): DiagnosisSelection {
  validate(selectionSchema, { diagnoses, context }, 'diagnosis selection');
  if (context.hasValidPassIae) {
    return { diagnosis: null, expiresAt: null, needed: false, whyFr: "La personne a un PASS IAE valide : aucun diagnostic n'est nécessaire." };
  }
  const valid = diagnoses.filter((d) => isDiagnosisValidOn(d, context.day));
  const latest = (list: DiagnosisCandidate[]) => list.reduce<DiagnosisCandidate | null>((best, d) => (best === null || d.date > best.date ? d : best), null);
  const prescriber = latest(valid.filter((d) => d.author === 'prescriber'));
  if (prescriber) {
    return {
      diagnosis: prescriber,
      expiresAt: diagnosisExpiresAt(prescriber),
      needed: true,
      whyFr: "Le diagnostic valide d'un prescripteur habilité prime sur celui d'un employeur.",
    };
  }
  const own = latest(valid.filter((d) => d.author === 'employer' && d.structureId === context.structureId));
  if (own) {
    return { diagnosis: own, expiresAt: diagnosisExpiresAt(own), needed: true, whyFr: "Diagnostic valide réalisé par la structure elle-même (visible d'elle seule)." };
  }
  return { diagnosis: null, expiresAt: null, needed: true, whyFr: 'Aucun diagnostic valide pour cette structure à cette date.' };
}
