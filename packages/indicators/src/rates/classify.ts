import { addMonthsIso, type ExitCategory, type SiaeKind, safeValidate, type ValidationIssue, valueAt } from '@siae/model';
import { type ExitRecord, exitRecordSchema, looksLikeValidExitRecord } from '../exits/exitRecord';
import { defaultCategoryMapping, type ExitCategoryMapping, mappingAt } from '../mapping/categoryMapping';
import { type PresenceThreshold, presenceThresholds, URIAE_EXCLUDED_REASONS } from '../parameters/thresholds';

/** Options shared by every exit rate. */
export interface RateOptions {
  /** `dgefp` (default) or `uriae` (seed 001: "autre situation connue", "inactif", "sans nouvelle" out of the denominator). */
  variant?: 'dgefp' | 'uriae';
  /** 0 (default): the exit reason; 3, 6 or 12: the situation that many months after the exit (`followUp`). */
  monthsAfterExit?: 0 | 3 | 6 | 12;
  /** Only exits whose date is in `[from, to]`, both inclusive. */
  period?: { from: string; to: string };
  /** A mapping, or several dated ones, to use instead of the default (DGEFP) one. */
  mapping?: ExitCategoryMapping | readonly ExitCategoryMapping[];
  /** Presence thresholds per kind replacing the dated defaults (for example `ETTI_450_HOURS_VARIANT`). */
  thresholds?: Partial<Record<SiaeKind, PresenceThreshold>>;
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

const WHY_FR: Record<MemberWhy, string> = {
  in_numerator: 'compté au numérateur',
  not_in_numerator: 'sortie examinée hors du numérateur',
  below_threshold: 'sous le seuil de présence',
  withdrawn_reason: 'motif retiré des sorties constatées',
  uriae_exclusion: 'situation retirée de l’assiette (variante URIAE)',
  not_latest_exit: "une sortie plus récente de la personne dans la structure compte à sa place",
  outside_period: 'sortie hors de la période',
  no_follow_up: 'situation inconnue à cet horizon',
  no_mapping: 'aucune table de correspondance en vigueur à la date de sortie',
};

const URIAE = new Set<string>(URIAE_EXCLUDED_REASONS);

/**
 * Whether exit `a` comes after exit `b` of the same person in the same structure: later exit date,
 * then later hiring; remaining ties are broken on the reason and the hours so that the result never
 * depends on the order of the records.
 */
function isLater(a: ExitRecord, b: ExitRecord): boolean {
  if (a.exitedOn !== b.exitedOn) return a.exitedOn > b.exitedOn;
  if (a.hiredOn !== b.hiredOn) return a.hiredOn > b.hiredOn;
  if (a.reason !== b.reason) return a.reason > b.reason;
  return a.hoursWorked > b.hoursWorked;
}

function isMappingList(m: ExitCategoryMapping | readonly ExitCategoryMapping[]): m is readonly ExitCategoryMapping[] {
  return Array.isArray(m);
}

/**
 * Classifies every exit of a cohort: validated (bad records reported, not thrown), filtered on the
 * period, reduced to the latest exit of each person in each structure, mapped to its category at
 * the chosen horizon, and checked against the presence threshold of its kind. Pure: reads its
 * input, never changes it.
 */
export function classifyExits(exits: readonly unknown[], options: RateOptions = {}, inNumerator: (c: ExitCategory) => boolean = () => false): Classified {
  const variant = options.variant ?? 'dgefp';
  const horizon = options.monthsAfterExit ?? 0;
  const mappings: readonly ExitCategoryMapping[] =
    options.mapping === undefined ? [defaultCategoryMapping] : isMappingList(options.mapping) ? options.mapping : [options.mapping];
  const from = options.period?.from;
  const to = options.period?.to;
  const issues: ValidationIssue[] = [];
  const valid: (ExitRecord | null)[] = new Array(exits.length);

  // 1. Validate, and find the latest exit of each person in each structure within the period.
  const latest = new Map<string, number>();
  for (let i = 0; i < exits.length; i++) {
    const raw = exits[i];
    let rec: ExitRecord | null = null;
    if (looksLikeValidExitRecord(raw)) rec = raw;
    else {
      const r = safeValidate(exitRecordSchema, raw, [i]);
      if (r.success) rec = r.data as ExitRecord;
      else for (const issue of r.issues) issues.push(issue);
    }
    valid[i] = rec;
    if (rec === null) continue;
    if ((from !== undefined && rec.exitedOn < from) || (to !== undefined && rec.exitedOn > to)) continue;
    const key = `${rec.personId}\u0000${rec.structureId ?? ''}`;
    const prev = latest.get(key);
    if (prev === undefined || isLater(rec, valid[prev] as ExitRecord)) latest.set(key, i);
  }

  // 2. Classify.
  const counts: RateCounts = { durable: 0, transition: 0, positive: 0, other: 0, withdrawn: 0, belowThreshold: 0 };
  const members: RateMember[] = [];
  const thresholdCache = new Map<string, PresenceThreshold | null>();
  const monthsCache = new Map<string, string>();
  let examined = 0;
  for (let i = 0; i < exits.length; i++) {
    const rec = valid[i];
    if (!rec) continue;
    const member = (status: RateMember['status'], category: ExitCategory | null, why: MemberWhy): RateMember => ({
      index: i,
      personId: rec.personId,
      structureId: rec.structureId ?? null,
      exitedOn: rec.exitedOn,
      status,
      category,
      why,
      whyFr: WHY_FR[why],
    });
    if ((from !== undefined && rec.exitedOn < from) || (to !== undefined && rec.exitedOn > to)) {
      members.push(member('excluded', null, 'outside_period'));
      continue;
    }
    if (latest.get(`${rec.personId}\u0000${rec.structureId ?? ''}`) !== i) {
      members.push(member('excluded', null, 'not_latest_exit'));
      continue;
    }
    const mapping: ExitCategoryMapping | null = mappings.length === 1 && mappings[0]!.validFrom <= rec.exitedOn && (mappings[0]!.validUntil === null || rec.exitedOn <= mappings[0]!.validUntil) ? mappings[0]! : mappingAt(mappings, rec.exitedOn);
    if (!mapping) {
      members.push(member('excluded', null, 'no_mapping'));
      continue;
    }
    // The exit reason decides withdrawal; the situation at the horizon decides the category.
    if (mapping.rows[rec.reason].category === 'withdrawn') {
      counts.withdrawn++;
      members.push(member('excluded', 'withdrawn', 'withdrawn_reason'));
      continue;
    }
    const situation = horizon === 0 ? rec.reason : rec.followUp?.[horizon];
    if (situation === undefined) {
      members.push(member('excluded', null, 'no_follow_up'));
      continue;
    }
    const category = mapping.rows[situation].category;
    if (category === 'withdrawn') {
      counts.withdrawn++;
      members.push(member('excluded', 'withdrawn', 'withdrawn_reason'));
      continue;
    }
    // Presence threshold of the kind (dated, or the override).
    const tKey = `${rec.structureKind}|${rec.exitedOn}`;
    let threshold = thresholdCache.get(tKey);
    if (threshold === undefined) {
      threshold = options.thresholds?.[rec.structureKind] ?? valueAt(presenceThresholds[rec.structureKind], rec.exitedOn)?.value ?? null;
      thresholdCache.set(tKey, threshold);
    }
    if (threshold) {
      let below = threshold.minHours !== undefined && rec.hoursWorked < threshold.minHours;
      if (!below && threshold.minMonthsExclusive !== undefined) {
        const mKey = `${rec.hiredOn}|${threshold.minMonthsExclusive}`;
        let limit = monthsCache.get(mKey);
        if (limit === undefined) {
          limit = addMonthsIso(rec.hiredOn, threshold.minMonthsExclusive);
          monthsCache.set(mKey, limit);
        }
        below = rec.exitedOn <= limit;
      }
      if (below) {
        counts.belowThreshold++;
        members.push(member('excluded', category, 'below_threshold'));
        continue;
      }
    }
    if (variant === 'uriae' && URIAE.has(situation)) {
      members.push(member('excluded', category, 'uriae_exclusion'));
      continue;
    }
    examined++;
    counts[category]++;
    const inNum = inNumerator(category);
    members.push(member(inNum ? 'numerator' : 'denominator', category, inNum ? 'in_numerator' : 'not_in_numerator'));
  }
  return { members, counts, issues, examined };
}
