import {
  checkedCategoryMapping,
  defaultCategoryMapping,
  type ExitCategoryMapping,
  type PresenceThreshold,
  presenceThresholds,
  URIAE_EXCLUDED_REASONS,
  WHY_FR,
} from '@siae/indicators';
import { addDaysIso, exitReasons, SIAE_KINDS, type SiaeKind, valueAt } from '@siae/model';
import { type Dialect, valuesCte } from './dialect';

/** The first and last dates an ISO date can hold: the unbounded ends of the SQL spans. */
export const FIRST_DATE = '0001-01-01';
/** See {@link FIRST_DATE}. */
export const LAST_DATE = '9999-12-31';

/** The inclusive SQL bounds of a span (`span_from <= d AND d <= span_to`, so the join is a plain range join). */
export function inclusiveBounds(s: { from: string | null; until: string | null }): [string, string] {
  return [s.from ?? FIRST_DATE, s.until === null ? LAST_DATE : addDaysIso(s.until, -1)];
}

/** A date span `[from, until)` (null: unbounded) on which one value is in force. */
export interface Span<T> {
  from: string | null;
  /** Exclusive end, or null. */
  until: string | null;
  value: T;
}

/**
 * The spans of a dated rule evaluated by its own function: the rule can only change on the given
 * breakpoints, so evaluating it on each breakpoint gives its value until the next one (before the
 * first breakpoint the rule has no value). Spans where the rule gives null are left out.
 */
export function spansOf<T>(breakpoints: Iterable<string>, at: (date: string) => T | null): Span<T>[] {
  const sorted = [...new Set(breakpoints)].sort();
  const spans: Span<T>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const value = at(sorted[i]!);
    if (value !== null) spans.push({ from: sorted[i]!, until: sorted[i + 1] ?? null, value });
  }
  return spans;
}

/**
 * The mappings of the rates' `mapping` option as a list of checked mappings (the default DGEFP
 * mapping when absent), validated as the rates validate them.
 *
 * @throws {SiaeValidationError} when a mapping is invalid (the path names `mapping`).
 */
export function mappingList(mapping: ExitCategoryMapping | readonly ExitCategoryMapping[] | undefined): readonly ExitCategoryMapping[] {
  if (mapping === undefined) return [defaultCategoryMapping];
  if (!Array.isArray(mapping)) return [checkedCategoryMapping(mapping, ['mapping'])];
  return (mapping as readonly ExitCategoryMapping[]).map((m, i) => checkedCategoryMapping(m, ['mapping', i]));
}

/**
 * The position of the mapping in force on a date among `mappings`, or null: the same choice as the
 * package's `mappingAt` (the latest `validFrom` on or before the date whose `validUntil` is not
 * before it; the first one on a tie), read from the dates alone: `mappingAt` returns a checked copy
 * of a mapping, so its answer cannot be looked up by identity.
 */
export function mappingIndexAt(mappings: readonly ExitCategoryMapping[], date: string): number | null {
  let found: number | null = null;
  mappings.forEach((m, i) => {
    if (m.validFrom <= date && (m.validUntil === null || date <= m.validUntil) && (found === null || m.validFrom > mappings[found]!.validFrom)) found = i;
  });
  return found;
}

/**
 * When each mapping is in force: {@link mappingIndexAt} evaluated on every date where the answer
 * can change (each `validFrom`, and the day after each `validUntil`). The value is the mapping's
 * position in the list.
 */
export function mappingSpans(mappings: readonly ExitCategoryMapping[]): Span<number>[] {
  const breakpoints: string[] = [];
  for (const m of mappings) {
    breakpoints.push(m.validFrom);
    if (m.validUntil !== null) breakpoints.push(addDaysIso(m.validUntil, 1));
  }
  return spansOf(breakpoints, (date) => mappingIndexAt(mappings, date));
}

/** The presence threshold of one kind on a span. */
export interface ThresholdSpan extends Span<PresenceThreshold> {
  kind: SiaeKind;
}

/**
 * The presence thresholds per kind and span: a kind given in `overrides` has it on every date
 * (as in the rates' `thresholds` option); the others follow the dated `presenceThresholds`, read
 * with `valueAt` on each date where a value starts.
 */
export function thresholdSpans(overrides: Partial<Record<SiaeKind, PresenceThreshold>> | undefined): ThresholdSpan[] {
  const out: ThresholdSpan[] = [];
  for (const kind of SIAE_KINDS) {
    const override = overrides?.[kind];
    if (override) {
      out.push({ kind, from: null, until: null, value: override });
      continue;
    }
    const param = presenceThresholds[kind];
    for (const s of spansOf(
      param.values.map((v) => v.from),
      (date) => valueAt(param, date)?.value ?? null,
    )) {
      out.push({ kind, ...s });
    }
  }
  return out;
}

/** The parameters of one exit-rate query, resolved from the package's objects. */
export interface RateParameters {
  mappings: readonly ExitCategoryMapping[];
  numeratorCategories: readonly string[];
  uriae: boolean;
  thresholds: Partial<Record<SiaeKind, PresenceThreshold>> | undefined;
  period: { from: string; to: string } | null;
}

/**
 * The parameter tables of a rate query, as typed `VALUES` common table expressions (one source of
 * truth: each row is read from the package's objects, nothing is typed twice):
 * - `siae_period(period_from, period_to)`: the period, both ends inclusive (no period: 0001-01-01 to 9999-12-31);
 * - `siae_mapping_span(span_from, span_to, mapping_ord, mapping_id)`: which mapping is in force when (both ends inclusive);
 * - `siae_mapping_row(mapping_ord, reason, category)`: each mapping's category per reason;
 * - `siae_threshold(structure_kind, span_from, span_to, min_months_exclusive, min_days_exclusive, min_hours)` (both ends inclusive);
 * - `siae_numerator(category)`: the categories the rate's numerator counts;
 * - `siae_uriae_reason(reason)`: the situations the URIAE variant takes out (no row in the DGEFP variant);
 * - `siae_why(why, why_fr)`: the French label of each `why`.
 */
export function parameterCtes(dialect: Dialect, p: RateParameters): string[] {
  const used = new Set<number>();
  const spans = mappingSpans(p.mappings);
  for (const s of spans) used.add(s.value);
  const mappingRows: (string | number)[][] = [];
  for (const ord of [...used].sort((a, b) => a - b)) {
    const m = p.mappings[ord]!;
    for (const reason of exitReasons.codes) {
      const row = m.rows[reason];
      if (row) mappingRows.push([ord, reason, row.category]);
    }
  }
  return [
    valuesCte(
      dialect,
      'siae_period',
      [
        { name: 'period_from', type: 'date' },
        { name: 'period_to', type: 'date' },
      ],
      [p.period ? [p.period.from, p.period.to] : [FIRST_DATE, LAST_DATE]],
      'period',
    ),
    valuesCte(
      dialect,
      'siae_mapping_span',
      [
        { name: 'span_from', type: 'date' },
        { name: 'span_to', type: 'date' },
        { name: 'mapping_ord', type: 'integer' },
        { name: 'mapping_id', type: 'text' },
      ],
      spans.map((s) => [...inclusiveBounds(s), s.value, p.mappings[s.value]!.id]),
      'mapping',
    ),
    valuesCte(
      dialect,
      'siae_mapping_row',
      [
        { name: 'mapping_ord', type: 'integer' },
        { name: 'reason', type: 'text' },
        { name: 'category', type: 'text' },
      ],
      mappingRows,
      'mapping.rows',
    ),
    valuesCte(
      dialect,
      'siae_threshold',
      [
        { name: 'structure_kind', type: 'text' },
        { name: 'span_from', type: 'date' },
        { name: 'span_to', type: 'date' },
        { name: 'min_months_exclusive', type: 'integer' },
        { name: 'min_days_exclusive', type: 'integer' },
        { name: 'min_hours', type: 'double' },
      ],
      thresholdSpans(p.thresholds).map((t) => [
        t.kind,
        ...inclusiveBounds(t),
        t.value.minMonthsExclusive ?? null,
        t.value.minDaysExclusive ?? null,
        t.value.minHours ?? null,
      ]),
      'thresholds',
    ),
    valuesCte(
      dialect,
      'siae_numerator',
      [{ name: 'category', type: 'text' }],
      p.numeratorCategories.map((c) => [c]),
      'numerator',
    ),
    valuesCte(
      dialect,
      'siae_uriae_reason',
      [{ name: 'reason', type: 'text' }],
      p.uriae ? URIAE_EXCLUDED_REASONS.map((r) => [r]) : [],
      'variant',
    ),
    valuesCte(
      dialect,
      'siae_why',
      [
        { name: 'why', type: 'text' },
        { name: 'why_fr', type: 'text' },
      ],
      Object.entries(WHY_FR),
      'why',
    ),
  ];
}
