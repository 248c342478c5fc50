import { type Dataset, periodSchema, SiaeValidationError, safeValidate, type ValidationIssue, validateDataset } from '@siae/model';
import { z } from 'zod';
import { indicatorCatalogue } from '../catalogue';
import type { IndicatorTarget, IndicatorValue } from '../catalogue/types';
import type { ExitRecord } from '../exits/exitRecord';
import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey } from '../rates/breakdown';
import { breakdownChecked } from '../rates/breakdownChecked';
import { checkRateOptions, rateOptionsSchema } from '../rates/rateOptions';
import { groupKeyOf } from '../rates/recordKeys';
import { classifyPrepared, type RateOptions } from '../rates/classify';
import { dynamicExitRate, EXIT_RATES, inNumeratorOf, type RateResult, rateFromClassified } from '../rates/exitRates';
import { isSmallSample, type RateInterval, wilsonInterval } from '../rates/wilson';
import { buildReportContext, provideClassified, recordPairs } from './context';
import { assembleCheckedReport } from './assembleReport';
import type { IndicatorGrid, IndicatorGridDefinition } from './grids';

/** Options of {@link computeReport}. */
export interface ReportOptions extends Omit<RateOptions, 'period'> {
  /** The period of the report, both ends inclusive. */
  period: { from: string; to: string };
  /** Skip row validation for a dataset already checked by `validateDataset` (faster on large data). */
  assumeValid?: boolean;
  /** Keep the per-person members of the main dynamic rate (default true). */
  withMembers?: boolean;
}

/** One computed indicator in a report. */
export interface ReportIndicator extends IndicatorValue {
  id: string;
  labelFr: string;
  unit: string;
  source: string;
  target?: IndicatorTarget;
  /** The grid it belongs to (a report prints indicators grouped by grid, in {@link INDICATOR_GRIDS} order). */
  grid: IndicatorGrid;
  /**
   * The id of an earlier indicator of the report computed the same way over the same people (same
   * value): a report prints the value once and this one refers to it.
   */
  sameAs?: string;
  /** For a rate (unit `ratio`, whole numerator and denominator): its 95 % Wilson score interval, null on an empty denominator. */
  interval?: RateInterval | null;
  /** For a rate: true when its denominator is under 10. */
  smallSample?: boolean;
}

/** One grid of a report: its heading, whom it counts, its computed indicators and the declared ones to fill in. */
export interface ReportGrid extends IndicatorGridDefinition {
  /** Ids of the grid's computed indicators, in catalogue order (see `Report.indicators`). */
  computed: string[];
  /** The grid's declared indicators (a survey answer, a figure the data cannot hold), by name. */
  declared: { id: string; labelFr: string }[];
}

/** The report of a dataset over a period: every computable indicator, in one pass. */
export interface Report {
  period: { from: string; to: string };
  /** Rows per table that were used. */
  rows: Record<string, number>;
  /** The main rate with its members (who is in, who is out, why). */
  dynamicExitRate: RateResult;
  /** Every computed indicator of the catalogue, in catalogue order. */
  indicators: ReportIndicator[];
  /** The dynamic rate broken down by structure, kind, département, quarter, month and entry cohort (without members). */
  breakdowns: Record<BreakdownKey, Breakdown>;
  /** Ids of the declared indicators (to fill in by the structure). */
  declared: string[];
  /** The indicators grouped by grid (DGEFP / ASP, URIAE, PLIE, INAÉ, financing), in the order a report prints them. */
  grids: ReportGrid[];
  /** Rejected rows and exits that could not be rated, with their paths. */
  issues: ValidationIssue[];
}

const optionsSchema = rateOptionsSchema.extend({ period: periodSchema, withMembers: z.boolean().optional() }).passthrough();


/**
 * Keys that are properties of the structure: the latest exit of a person in a structure is in the
 * same group as the person's other exits from it, so grouping the main rate's members gives the
 * same result as rating each group (and classifies the exits once).
 */
const STRUCTURAL = new Set<BreakdownKey>(['structure', 'structureKind', 'departement']);

function groupMembers(main: RateResult, records: readonly ExitRecord[], by: BreakdownKey): Breakdown {
  const groups = new Map<string, RateResult>();
  for (const m of main.members) {
    if (m.why === 'outside_period') continue;
    const key = groupKeyOf(records[m.index]!, by);
    let g = groups.get(key);
    if (!g) {
      g = { ...main, value: null, numerator: 0, denominator: 0, counts: { durable: 0, transition: 0, positive: 0, other: 0, withdrawn: 0, belowThreshold: 0 }, members: [], issues: [] };
      groups.set(key, g);
    }
    if (m.status !== 'excluded') {
      g.denominator++;
      if (m.status === 'numerator') g.numerator++;
      if (m.category && m.category !== 'withdrawn') g.counts[m.category]++;
    } else if (m.why === 'withdrawn_reason') g.counts.withdrawn++;
    else if (m.why === 'below_threshold') g.counts.belowThreshold++;
  }
  for (const g of groups.values()) {
    g.value = g.denominator === 0 ? null : g.numerator / g.denominator;
    g.interval = wilsonInterval(g.numerator, g.denominator);
    g.smallSample = isSmallSample(g.denominator);
  }
  return { by, groups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, result]) => ({ key, result })), issues: [] };
}

/**
 * Computes every computable indicator of the catalogue over a dataset for a period, as a typed
 * object the CLI and vendors render. Bad rows are reported with their path and left out; the
 * others are used.
 *
 * @example
 * const report = computeReport(dataset, { period: { from: '2025-01-01', to: '2025-12-31' } });
 * report.dynamicExitRate.value;
 * report.indicators.find((i) => i.id === 'plie.qpv-share')?.value;
 */
export function computeReport(dataset: unknown, options: ReportOptions): Report {
  const o = safeValidate(optionsSchema, options);
  if (!o.success) throw new SiaeValidationError(o.issues, 'report options');
  // The mapping(s) checked once (a copy when not from loadCategoryMapping); the rates reuse it.
  options = { ...options, ...checkRateOptions(options, 'report options') };
  const issues: ValidationIssue[] = [];
  let data: Dataset;
  if (options.assumeValid) data = dataset as Dataset;
  else {
    const v = validateDataset(dataset);
    data = v.dataset;
    issues.push(...v.issues);
    for (const r of v.rejected) issues.push(...r.issues);
  }
  const ctx = buildReportContext(data, options.period);
  issues.push(...ctx.exitIssues);
  // Exit records built from the dataset are valid by construction: the rates need not check them again.
  const rateOptions: RateOptions = { ...options, assumeValid: true };
  delete (rateOptions as Partial<ReportOptions>).withMembers;
  const mainClassified = classifyPrepared(ctx.cohort, rateOptions, inNumeratorOf(EXIT_RATES.dynamic));
  const main = rateFromClassified(EXIT_RATES.dynamic, mainClassified, rateOptions);
  // The indicators' rates with the report's options count from the same classification.
  provideClassified(ctx, rateOptions, { members: [], counts: { ...mainClassified.counts }, issues: mainClassified.issues.slice(), examined: mainClassified.examined });
  const values = new Map<string, IndicatorValue>();
  for (const def of indicatorCatalogue) {
    // The headline indicator is the main rate (assembleCheckedReport reads it from there).
    if (def.kind !== 'computed' || !def.compute || def.id === 'dynamic-exit-rate') continue;
    values.set(def.id, def.compute(ctx, rateOptions));
  }
  const breakdowns = {} as Record<BreakdownKey, Breakdown>;
  const pairs = recordPairs(ctx);
  for (const by of BREAKDOWN_KEYS) {
    // The exit records are valid and the cohort knows which are in the period: the breakdown reads
    // only those (the same groups as breakdownRate(ctx.exitRecords, by, ...), without a pass over
    // every record of the file).
    breakdowns[by] = STRUCTURAL.has(by) ? groupMembers(main, ctx.exitRecords, by) : breakdownChecked(ctx.exitRecords, [], by, { ...rateOptions, withoutMembers: true }, dynamicExitRate, EXIT_RATES.dynamic, ctx.cohort.inPeriod, pairs);
  }
  const rows: Record<string, number> = {};
  for (const [table, list] of Object.entries(data)) rows[table] = (list as unknown[]).length;
  return assembleCheckedReport({
    period: options.period,
    rows,
    dynamicExitRate: options.withMembers === false ? { ...main, members: [] } : main,
    values,
    breakdowns,
    issues,
  });
}
