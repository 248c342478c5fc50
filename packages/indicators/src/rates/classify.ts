import {
  addMonthsIso,
  daysBetween,
  type ExitCategory,
  expectArray,
  expectFunction,
  expectInteger,
  expectIsoDate,
  expectObject,
  expectOneOf,
  invalidArgument,
  periodSchema,
  type SiaeKind,
  safeValidate,
  type UncheckedList,
  type ValidationIssue,
  validate,
  valueAt,
} from '@siae/model';
import { z } from 'zod';
import { type ExitRecord, exitRecordSchema, looksLikeValidExitRecord } from '../exits/exitRecord';
import { defaultCategoryMapping, type ExitCategoryMapping } from '../mapping/categoryMapping';
import { mappingAtChecked as mappingAt } from '../mapping/mappingAtChecked';
import { checkRateOptions, thresholdOverride } from './rateOptions';
import { outsidePeriod } from './recordKeys';
import { supersededChecked as supersededExits } from './superseded';
import { type PresenceThreshold, presenceThresholds, URIAE_EXCLUDED_REASONS } from '../parameters/thresholds';

/** Options shared by every exit rate. */
export interface RateOptions {
  /** `dgefp` (default) or `uriae` (seed 001: "autre situation connue", "inactif", "sans nouvelle" out of the denominator). */
  variant?: 'dgefp' | 'uriae';
  /** 0 (default): the exit reason; 3, 6 or 12: the situation that many months after the exit (`followUp`). */
  monthsAfterExit?: 0 | 3 | 6 | 12;
  /**
   * At 3, 6 or 12 months, what an exit whose situation at that horizon is unknown becomes:
   * `sans_nouvelle` (default under the `dgefp` variant): read as the motif « sans nouvelle »,
   * examined and not in the numerator of the dynamic rates, so an unknown situation never
   * inflates a rate; `excluded` (default under the `uriae` variant, which takes « sans nouvelle »
   * out of the denominator anyway): left out of the rate (why `no_follow_up`). See
   * docs/fr/indicateurs.md.
   */
  unknownFollowUp?: UnknownFollowUp;
  /** Only exits whose date is in `[from, to]`, both inclusive. */
  period?: { from: string; to: string };
  /** A mapping, or several dated ones, to use instead of the default (DGEFP) one. */
  mapping?: ExitCategoryMapping | readonly ExitCategoryMapping[];
  /** Presence thresholds per kind replacing the dated defaults (for example `ETTI_450_HOURS_VARIANT`). */
  thresholds?: Partial<Record<SiaeKind, PresenceThreshold>>;
  /** Skip validation: only for records you built and checked yourself (`computeReport` does). */
  assumeValid?: boolean;
  /** Count only, without the per-exit members (for callers that only need the figures). */
  withoutMembers?: boolean;
}

/** What an unknown situation at 3, 6 or 12 months becomes in a rate (see `RateOptions.unknownFollowUp`). */
export type UnknownFollowUp = 'sans_nouvelle' | 'excluded';

/** The default of `RateOptions.unknownFollowUp` for a variant: `sans_nouvelle` (DGEFP), `excluded` (URIAE). */
export function defaultUnknownFollowUp(variant: 'dgefp' | 'uriae' = 'dgefp'): UnknownFollowUp {
  return expectOneOf(variant, ['dgefp', 'uriae'] as const, 'variant', 'rate options') === 'uriae' ? 'excluded' : 'sans_nouvelle';
}

/** Why a person is where they are in a rate. */
export type MemberWhy =
  | 'in_numerator'
  | 'not_in_numerator'
  | 'below_threshold'
  | 'withdrawn_reason'
  | 'uriae_exclusion'
  | 'not_latest_exit'
  | 'outside_period'
  | 'no_follow_up'
  | 'unknown_follow_up'
  | 'no_mapping';

/** One exit of the cohort and its place in the rate. */
export interface RateMember {
  /** Index of the record in the input. */
  index: number;
  personId: string;
  structureId: string | null;
  exitedOn: string;
  /** In the numerator (and the denominator), only in the denominator, or excluded from both. */
  status: 'numerator' | 'denominator' | 'excluded';
  /** The category of the situation used (null when excluded before it was known). */
  category: ExitCategory | null;
  why: MemberWhy;
  whyFr: string;
}

/** Counts per category over the exits examined, plus the two exclusions the ASP bilan shows. */
export interface RateCounts {
  durable: number;
  transition: number;
  positive: number;
  other: number;
  withdrawn: number;
  belowThreshold: number;
}

/** The classification of a cohort, shared by every rate. */
export interface Classified {
  members: RateMember[];
  counts: RateCounts;
  /** Records that failed validation, with their problems (they are left out). */
  issues: ValidationIssue[];
  /** Number of exits examined (the denominator of every exit rate). */
  examined: number;
}

/** The French label of each {@link MemberWhy} (the `whyFr` of a member; `@siae/sql` emits the same labels). */
export const WHY_FR: Readonly<Record<MemberWhy, string>> = {
  in_numerator: 'compté au numérateur',
  not_in_numerator: 'sortie examinée hors du numérateur',
  below_threshold: 'sous le seuil de présence',
  withdrawn_reason: 'motif retiré des sorties constatées',
  uriae_exclusion: 'situation retirée de l’assiette (variante URIAE)',
  not_latest_exit: "une sortie plus récente de la personne dans la structure compte à sa place",
  outside_period: 'sortie hors de la période',
  no_follow_up: 'situation inconnue à cet horizon, laissée hors du taux',
  unknown_follow_up: 'situation inconnue à cet horizon, comptée « sans nouvelle » (examinée, hors du numérateur)',
  no_mapping: 'aucune table de correspondance en vigueur à la date de sortie',
};

const URIAE = new Set<string>(URIAE_EXCLUDED_REASONS);

/** Whether an exit is below a presence threshold (limits: per-call cache of "hiring + N months"). */
function isBelowThreshold(rec: ExitRecord, threshold: PresenceThreshold | null, limits: Map<number, Map<string, string>>): boolean {
  if (!threshold) return false;
  if (threshold.minHours !== undefined && rec.hoursWorked < threshold.minHours) return true;
  if (threshold.minDaysExclusive !== undefined && daysBetween(rec.hiredOn, rec.exitedOn) <= threshold.minDaysExclusive) return true;
  const months = threshold.minMonthsExclusive;
  if (months === undefined) return false;
  let byHire = limits.get(months);
  if (!byHire) {
    byHire = new Map();
    limits.set(months, byHire);
  }
  let limit = byHire.get(rec.hiredOn);
  if (limit === undefined) {
    limit = addMonthsIso(rec.hiredOn, months);
    byHire.set(rec.hiredOn, limit);
  }
  return rec.exitedOn <= limit;
}

function isMappingList(m: ExitCategoryMapping | readonly ExitCategoryMapping[]): m is readonly ExitCategoryMapping[] {
  return Array.isArray(m);
}

/**
 * A cohort read once: each record validated (or null), whether it is in the period, and whether a
 * later exit of the same person in the same structure replaces it. Several classifications of the
 * same records (variants, horizons) share it.
 */
export interface PreparedCohort {
  /** The valid records by input index (null where validation failed). */
  records: readonly (ExitRecord | null)[];
  /** 1 where the record is valid and in the period. */
  inPeriod: Uint8Array;
  /** 1 where a later exit of the same person in the same structure is in the period. */
  superseded: Uint8Array;
  /** Records that failed validation, with their problems. */
  issues: ValidationIssue[];
  /** Number of valid records (of `subset` when given). */
  validCount: number;
  /**
   * When given, only these records (input indexes, ascending) are classified: a group of a
   * breakdown read from the whole cohort. `superseded` must then have been computed per group.
   */
  subset?: Int32Array;
}

/** The valid records of a cohort by input index (null where validation failed), and the problems. */
export interface ValidatedExits {
  /** The records by input index: the record itself (or zod's copy), null where validation failed. */
  records: readonly (ExitRecord | null)[];
  /** The problems of the records that failed, with their path (`[index].field`), never the value. */
  issues: ValidationIssue[];
  /** Number of valid records. */
  validCount: number;
}

/**
 * Validates exit records: the common valid record is checked without allocation and kept as is;
 * the others go through the zod schema, which lists every problem (path `[index].field`, never the
 * value). With `assumeValid`, the input is taken as it is. Pure.
 *
 * @throws {SiaeValidationError} when `exits` is not a list or `assumeValid` not a boolean (a bad record is reported, not thrown).
 */
export function validateExitRecords(exits: readonly unknown[], assumeValid = false): ValidatedExits {
  expectArray(exits, 'exits', 'exit records');
  if (typeof assumeValid !== 'boolean') invalidArgument('exit records', 'assumeValid', 'invalid_type', 'doit être un booléen (true/false)', 'must be a boolean');
  if (assumeValid) return { records: exits as readonly ExitRecord[], issues: [], validCount: exits.length };
  const issues: ValidationIssue[] = [];
  const records: (ExitRecord | null)[] = new Array(exits.length);
  let validCount = 0;
  for (let i = 0; i < exits.length; i++) {
    const raw = exits[i];
    let rec: ExitRecord | null;
    if (looksLikeValidExitRecord(raw)) rec = raw;
    else {
      const r = safeValidate(exitRecordSchema, raw, [i]);
      rec = r.success ? (r.data as ExitRecord) : null;
      if (!r.success) for (const issue of r.issues) issues.push(issue);
    }
    records[i] = rec;
    if (rec !== null) validCount++;
  }
  return { records, issues, validCount };
}

/**
 * Whether an exit date falls outside a period (both ends inclusive; no period: never). Written as
 * an exclusion. A null period is read as none.
 *
 * @throws {SiaeValidationError} when the date or a bound of the period is not an ISO date, or the period ends before it starts.
 */
export function isOutsidePeriod(date: string, period: RateOptions['period']): boolean {
  expectIsoDate(date, 'date', 'period');
  if (period !== null && period !== undefined) validate(z.object({ period: periodSchema }), { period }, 'period');
  return outsidePeriod(date, period);
}

/**
 * Validates a cohort (bad records reported, not thrown), marks the exits in the period and the
 * exits replaced by a later one of the same person in the same structure. Pure.
 *
 * @throws {SiaeValidationError} when `exits` is not a list or an option is invalid (a bad record is reported, not thrown).
 */
export function prepareCohort(exits: readonly ExitRecord[], options?: Pick<RateOptions, 'period' | 'assumeValid'>): PreparedCohort;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function prepareCohort<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: Pick<RateOptions, 'period' | 'assumeValid'>): PreparedCohort;
export function prepareCohort(exits: readonly unknown[], options: Pick<RateOptions, 'period' | 'assumeValid'> = {}): PreparedCohort {
  expectArray(exits, 'exits', 'exit records');
  const o = checkRateOptions(options);
  const { records, issues, validCount } = validateExitRecords(exits, o.assumeValid === true);
  const inPeriod = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (rec && !outsidePeriod(rec.exitedOn, o.period)) inPeriod[i] = 1;
  }
  return { records, inPeriod, superseded: supersededExits(records, inPeriod), issues, validCount };
}

/**
 * Classifies a prepared cohort for some options (variant, horizon, mapping, thresholds): maps each
 * latest exit of the period to its category and checks it against the presence threshold of its
 * kind. The period and `assumeValid` belong to {@link prepareCohort}: here they are not read again.
 * Pure: reads its input, never changes it.
 *
 * @throws {SiaeValidationError} when the cohort is not a prepared cohort, an option is invalid or
 * `inNumerator` is not a function.
 */
export function classifyPrepared(cohort: PreparedCohort, options: RateOptions = {}, inNumerator: (c: ExitCategory) => boolean = () => false): Classified {
  checkCohort(cohort);
  options = checkRateOptions(options);
  expectFunction(inNumerator, 'inNumerator', 'rate');
  const variant = options.variant ?? 'dgefp';
  const withoutMembers = options.withoutMembers === true;
  const horizon = options.monthsAfterExit ?? 0;
  const unknownAsSansNouvelle = (options.unknownFollowUp ?? defaultUnknownFollowUp(variant)) === 'sans_nouvelle';
  const mappings: readonly ExitCategoryMapping[] =
    options.mapping === undefined ? [defaultCategoryMapping] : isMappingList(options.mapping) ? options.mapping : [options.mapping];
  const { records, inPeriod, superseded, subset } = cohort;
  const counts: RateCounts = { durable: 0, transition: 0, positive: 0, other: 0, withdrawn: 0, belowThreshold: 0 };
  const members: RateMember[] = withoutMembers ? [] : new Array(cohort.validCount);
  let memberCount = 0;
  const limits = new Map<number, Map<string, string>>();
  // The threshold of each kind, straight from the parameter when it has a single dated value.
  const thresholdOf = (rec: ExitRecord): PresenceThreshold | null => {
    const override = thresholdOverride(options.thresholds, rec.structureKind);
    if (override) return override;
    // Own lookups: a record given under assumeValid with another kind has no threshold.
    if (!Object.hasOwn(presenceThresholds, rec.structureKind)) return null;
    const values = presenceThresholds[rec.structureKind].values;
    if (values.length === 1 && values[0]!.from <= rec.exitedOn) return values[0]!.value;
    return valueAt(presenceThresholds[rec.structureKind], rec.exitedOn)?.value ?? null;
  };
  const numeratorCategories: Record<ExitCategory, boolean> = {
    durable: inNumerator('durable'),
    transition: inNumerator('transition'),
    positive: inNumerator('positive'),
    other: inNumerator('other'),
    withdrawn: false,
  };
  const single = mappings.length === 1 ? mappings[0]! : null;
  let examined = 0;
  const length = subset ? subset.length : records.length;
  for (let k = 0; k < length; k++) {
    const i = subset ? subset[k]! : k;
    // Without members, an exit out of the period or replaced by a later one counts nowhere: the
    // record is not even read (most of a large file's exits are outside a one-year period).
    if (withoutMembers && (inPeriod[i] === 0 || superseded[i] === 1)) continue;
    const rec = records[i];
    if (!rec) continue;
    let status: RateMember['status'] = 'excluded';
    let category: ExitCategory | null = null;
    let why: MemberWhy;
    if (inPeriod[i] === 0) why = 'outside_period';
    else if (superseded[i] === 1) why = 'not_latest_exit';
    else {
      const mapping: ExitCategoryMapping | null =
        single !== null && single.validFrom <= rec.exitedOn && (single.validUntil === null || rec.exitedOn <= single.validUntil) ? single : mappingAt(mappings, rec.exitedOn);
      let situation = horizon === 0 ? rec.reason : rec.followUp?.[horizon];
      // An unknown situation at the horizon is « sans nouvelle » unless the caller leaves it out.
      const unknown = situation === undefined && unknownAsSansNouvelle;
      if (unknown) situation = 'SANS_NOUVELLE';
      // Own lookups: a reason given under assumeValid that the mapping lacks (`constructor`, …) has no category.
      if (!mapping || !Object.hasOwn(mapping.rows, rec.reason) || (situation !== undefined && !Object.hasOwn(mapping.rows, situation))) why = 'no_mapping';
      // The exit reason decides withdrawal; the situation at the horizon decides the category.
      else if (mapping.rows[rec.reason].category === 'withdrawn') {
        counts.withdrawn++;
        category = 'withdrawn';
        why = 'withdrawn_reason';
      } else if (situation === undefined) why = 'no_follow_up';
      else {
        category = mapping.rows[situation].category;
        if (category === 'withdrawn') {
          counts.withdrawn++;
          why = 'withdrawn_reason';
        } else if (isBelowThreshold(rec, thresholdOf(rec), limits)) {
          counts.belowThreshold++;
          why = 'below_threshold';
        } else if (variant === 'uriae' && URIAE.has(situation)) why = 'uriae_exclusion';
        else {
          examined++;
          counts[category]++;
          const inNum = numeratorCategories[category];
          status = inNum ? 'numerator' : 'denominator';
          why = inNum ? 'in_numerator' : unknown ? 'unknown_follow_up' : 'not_in_numerator';
        }
      }
    }
    if (!withoutMembers) members[memberCount++] = { index: i, personId: rec.personId, structureId: rec.structureId ?? null, exitedOn: rec.exitedOn, status, category, why, whyFr: WHY_FR[why] };
  }
  // (a record left null under assumeValid is skipped: the list never keeps a hole)
  if (!withoutMembers && memberCount < members.length) members.length = memberCount;
  return { members, counts, issues: cohort.issues.slice(), examined };
}

/**
 * Classifies every exit of a cohort: validated (bad records reported, not thrown), filtered on the
 * period, reduced to the latest exit of each person in each structure, mapped to its category at
 * the chosen horizon, and checked against the presence threshold of its kind. Pure: reads its
 * input, never changes it.
 *
 * @throws {SiaeValidationError} when `exits` is not a list, an option is invalid or `inNumerator` is
 * not a function (a bad record is reported in `issues`, not thrown).
 */
export function classifyExits(exits: readonly ExitRecord[], options?: RateOptions, inNumerator?: (c: ExitCategory) => boolean): Classified;
/** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported in `issues`. */
export function classifyExits<E extends readonly unknown[]>(exits: UncheckedList<E>, options?: RateOptions, inNumerator?: (c: ExitCategory) => boolean): Classified;
export function classifyExits(exits: readonly unknown[], options: RateOptions = {}, inNumerator: (c: ExitCategory) => boolean = () => false): Classified {
  return classifyPrepared(prepareCohort(exits, options), options, inNumerator);
}

/** Checks the shape of a prepared cohort given back to {@link classifyPrepared}. */
function checkCohort(cohort: unknown): void {
  const c = expectObject(cohort, 'cohort', 'prepared cohort');
  const n = expectArray(c.records, ['cohort', 'records'], 'prepared cohort').length;
  for (const key of ['inPeriod', 'superseded'] as const) {
    const a = c[key];
    if (!(a instanceof Uint8Array) || a.length < n) {
      invalidArgument('prepared cohort', ['cohort', key], 'invalid_type', 'doit être un Uint8Array d’une entrée par enregistrement', 'must be a Uint8Array with one entry per record');
    }
  }
  expectArray(c.issues, ['cohort', 'issues'], 'prepared cohort');
  expectInteger(c.validCount, ['cohort', 'validCount'], 'prepared cohort');
  if (c.subset !== undefined) {
    const s = c.subset;
    if (!(s instanceof Int32Array)) invalidArgument('prepared cohort', ['cohort', 'subset'], 'invalid_type', 'doit être un Int32Array', 'must be an Int32Array');
    for (let i = 0; i < s.length; i++) {
      if (s[i]! < 0 || s[i]! >= n) invalidArgument('prepared cohort', ['cohort', 'subset', i], 'too_big', 'doit être un indice d’enregistrement', 'must be a record index');
    }
  }
}
