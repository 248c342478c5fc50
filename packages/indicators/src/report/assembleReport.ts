import { periodSchema, SiaeValidationError, safeValidate, type ValidationIssue } from '@siae/model';
import { z } from 'zod';
import { indicatorCatalogue } from '../catalogue';
import type { IndicatorValue } from '../catalogue/types';
import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey } from '../rates/breakdown';
import type { RateResult } from '../rates/exitRates';
import { isSmallSample, wilsonInterval } from '../rates/wilson';
import type { Report, ReportGrid, ReportIndicator } from './computeReport';
import { INDICATOR_GRIDS, indicatorGridOf, SAME_COMPUTATION } from './grids';

/** The headline rate: its indicator is read from {@link ReportParts.dynamicExitRate}, never from `values`. */
const HEADLINE = 'dynamic-exit-rate';

/**
 * What an engine computes for a report, before {@link assembleReport} gives it the catalogue's
 * labels, grids, targets, intervals and `sameAs` links: the JS engine (`computeReport`) and the
 * SQL ones (`@siae/sql` run in DuckDB or a warehouse) assemble their report the same way.
 */
export interface ReportParts {
  /** The period of the report, both ends inclusive. */
  period: { from: string; to: string };
  /** Rows per table that were used (default: none given). */
  rows?: Record<string, number>;
  /** The main rate (its `members` may be empty when the engine does not list them). */
  dynamicExitRate: RateResult;
  /**
   * The computed indicators of the catalogue, by id, except `dynamic-exit-rate` (read from
   * `dynamicExitRate`). An indicator the engine did not compute is left out of the report.
   */
  values: Readonly<Record<string, IndicatorValue>>;
  /** The dynamic rate broken down by each key. */
  breakdowns: Record<BreakdownKey, Breakdown>;
  /** Rejected rows and exits that could not be rated (default: none). */
  issues?: ValidationIssue[];
}

/** Ids of the computed indicators of the catalogue. */
const COMPUTED = new Set(indicatorCatalogue.filter((d) => d.kind === 'computed').map((d) => d.id));

const count = z.number().int().nonnegative();
const finite = z.number().finite();

const indicatorValueSchema = z
  .object({
    value: finite.nullable(),
    numerator: finite.optional(),
    denominator: finite.optional(),
    detail: z.record(z.string(), finite.nullable()).optional(),
    explanationFr: z.string(),
    nullReason: z.literal('no_plie_participant').optional(),
  })
  .strict();

const countsSchema = z.object({ durable: count, transition: count, positive: count, other: count, withdrawn: count, belowThreshold: count }).strict();

const rateResultSchema = z
  .object({
    indicatorId: z.string(),
    value: finite.nullable(),
    numerator: count,
    denominator: count,
    interval: z.object({ low: finite, high: finite }).passthrough().nullable(),
    smallSample: z.boolean(),
    counts: countsSchema,
    members: z.array(z.unknown()),
    issues: z.array(z.unknown()),
    parameters: z.object({}).passthrough(),
  })
  .passthrough()
  .refine((r) => r.numerator <= r.denominator, { path: ['numerator'], params: { code: 'numerator_above_denominator', fr: 'dépasse le dénominateur', en: 'exceeds the denominator' } });

const breakdownSchema = (by: BreakdownKey) =>
  z
    .object({
      by: z.literal(by),
      groups: z.array(z.object({ key: z.string(), result: rateResultSchema }).strict()),
      issues: z.array(z.unknown()),
    })
    .strict();

const partsSchema = z
  .object({
    period: periodSchema,
    rows: z.record(z.string(), count).optional(),
    dynamicExitRate: rateResultSchema,
    values: z.record(z.string(), z.unknown()),
    breakdowns: z.object(Object.fromEntries(BREAKDOWN_KEYS.map((k) => [k, breakdownSchema(k)])) as Record<BreakdownKey, ReturnType<typeof breakdownSchema>>).strict(),
    issues: z.array(z.unknown()).optional(),
  })
  .strict();

/** Issues of the `values` of report parts: an id out of the computed catalogue (`__proto__` included), the headline, or a bad value. */
function valueIssues(values: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const id of Object.keys(values)) {
    if (id === HEADLINE) {
      issues.push({ path: ['values', id], pathText: `values.${id}`, code: 'headline_in_values', messageFr: 'donné par dynamicExitRate, pas par values', messageEn: 'given by dynamicExitRate, not by values' });
    } else if (!COMPUTED.has(id)) {
      // The id is not echoed: it may be anything a file held (`__proto__`...).
      issues.push({ path: ['values'], pathText: 'values', code: 'unknown_indicator', messageFr: 'identifiant absent des indicateurs calculés du catalogue', messageEn: 'not the id of a computed indicator of the catalogue' });
    } else {
      const v = safeValidate(indicatorValueSchema, values[id], ['values', id]);
      if (!v.success) issues.push(...v.issues);
    }
  }
  return issues;
}

/** The Wilson interval and the small-sample flag of a rate with whole counts (nothing otherwise). */
function rateUncertainty(unit: string, v: IndicatorValue): Pick<ReportIndicator, 'interval' | 'smallSample'> {
  const { numerator: n, denominator: d } = v;
  if (unit !== 'ratio' || n === undefined || d === undefined || !Number.isInteger(n) || !Number.isInteger(d) || n < 0 || n > d) return {};
  return { interval: wilsonInterval(n, d), smallSample: isSmallSample(d) };
}

/** Sets `sameAs` on indicators computed like an earlier one of the report (checked: same value). */
function markSameComputations(indicators: ReportIndicator[]): void {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  for (const i of indicators) {
    const first = Object.hasOwn(SAME_COMPUTATION, i.id) ? byId.get(SAME_COMPUTATION[i.id]!) : undefined;
    if (first && first.value === i.value && first.unit === i.unit) i.sameAs = first.id;
  }
}

function gridsOf(indicators: readonly ReportIndicator[]): ReportGrid[] {
  return INDICATOR_GRIDS.map((g) => ({
    ...g,
    computed: indicators.filter((i) => i.grid === g.id).map((i) => i.id),
    declared: indicatorCatalogue.filter((d) => d.kind === 'declared' && indicatorGridOf(d) === g.id).map((d) => ({ id: d.id, labelFr: d.labelFr })),
  }));
}

/** The headline indicator's value, from the main rate. */
function headlineValue(main: RateResult): IndicatorValue {
  return {
    value: main.value,
    numerator: main.numerator,
    denominator: main.denominator,
    detail: { ...main.counts },
    explanationFr: `${main.numerator} sorties au numérateur sur ${main.denominator} sorties examinées`,
  };
}

/**
 * {@link assembleReport} without the checks, for parts built by this package (`computeReport`):
 * `values` is read with `get`, so a map or a checked record both do.
 */
export function assembleCheckedReport(parts: Omit<ReportParts, 'values'> & { values: { get(id: string): IndicatorValue | undefined } }): Report {
  const indicators: ReportIndicator[] = [];
  for (const def of indicatorCatalogue) {
    if (def.kind !== 'computed') continue;
    const v = def.id === HEADLINE ? headlineValue(parts.dynamicExitRate) : parts.values.get(def.id);
    if (v === undefined) continue;
    indicators.push({ id: def.id, labelFr: def.labelFr, unit: def.unit, source: def.source, ...(def.target ? { target: def.target } : {}), grid: indicatorGridOf(def), ...v, ...rateUncertainty(def.unit, v) });
  }
  markSameComputations(indicators);
  return {
    period: parts.period,
    rows: parts.rows ?? {},
    dynamicExitRate: parts.dynamicExitRate,
    indicators,
    breakdowns: parts.breakdowns,
    declared: indicatorCatalogue.filter((d) => d.kind === 'declared').map((d) => d.id),
    grids: gridsOf(indicators),
    issues: parts.issues ?? [],
  };
}

/**
 * A {@link Report} from what an engine computed: each value gets its catalogue label, unit, source,
 * target and grid, the rates their 95 % Wilson interval and small-sample flag, the indicators
 * computed like an earlier one their `sameAs`, and the grids their declared indicators. The
 * `dynamic-exit-rate` indicator is the main rate. This is how `computeReport` ends, and how the
 * rates and counts `@siae/sql` computes in a database become the same report (the CLI's DuckDB
 * engine does so), printed by the same renderers.
 *
 * @example
 * const report = assembleReport({
 *   period: { from: '2025-01-01', to: '2025-12-31' },
 *   dynamicExitRate: rate, // a RateResult: from dynamicExitRate(), or built from an SQL row with members: []
 *   values: { 'inae.gouvernance.people-supported': { value: 325, explanationFr: '325 personnes suivies' } },
 *   breakdowns, // the seven keys of BreakdownKey
 * });
 * @throws {SiaeValidationError} naming the field of every problem: a period that is not one, a
 * rate whose counts are not whole or whose numerator exceeds its denominator, a breakdown missing or
 * of another key, an id of `values` that is not a computed indicator of the catalogue (the id is not
 * echoed: `__proto__` is refused like any unknown id), a value that is not an `IndicatorValue`.
 */
export function assembleReport(parts: ReportParts): Report {
  const checked = safeValidate(partsSchema, parts);
  const issues = checked.success ? valueIssues(parts.values as Record<string, unknown>) : checked.issues;
  if (issues.length > 0) throw new SiaeValidationError(issues, 'report parts');
  const values = new Map(Object.entries(parts.values));
  return assembleCheckedReport({ ...parts, values });
}
