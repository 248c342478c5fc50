import { classifyExits, computeReport, EXIT_RATES, exitRecordsFromDataset, inNumeratorOf, type RateOptions } from '@siae/indicators';
import { generateDataset, sampleDataset } from '@siae/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BREAKDOWNS_VIEW, createViewsSql, DATASET_INDICATOR_VIEWS, EXIT_RATE_VIEWS, exitRateBreakdownsSql, viewName } from '../src/index';
import { datasetSql } from './datasetTables';
import { openDuckDb, openPostgres, type TestEngine } from './engines';

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

function checks(engine: () => TestEngine) {
  it.each([
    ['the bundled sample', () => sampleDataset()],
    ['a generated dataset (seed 7)', () => generateDataset({ seed: 7, parcours: 300, structuresPerKind: 2, from: '2024-01-01', to: '2025-12-31' })],
  ])('computes every exit-rate and indicator view of %s as the functions do', async (_name, make) => {
    const e = engine();
    const dataset = make();
    for (const s of datasetSql(e.dialect, dataset)) await e.query(s);
    const views = createViewsSql({ dialect: e.dialect, period: PERIOD, indicators: true });
    await e.query(views);
    const { records } = exitRecordsFromDataset(dataset);
    expect(records.length).toBeGreaterThan(50);
    for (const v of EXIT_RATE_VIEWS) {
      const definition = EXIT_RATES[v.options.rate ?? 'dynamic'];
      const options: RateOptions = { period: PERIOD, assumeValid: true };
      if (v.options.variant) options.variant = v.options.variant;
      if (v.options.monthsAfterExit) options.monthsAfterExit = v.options.monthsAfterExit;
      if (v.options.thresholds) options.thresholds = v.options.thresholds;
      if (v.options.unknownFollowUp) options.unknownFollowUp = v.options.unknownFollowUp;
      const c = classifyExits(records, options, inNumeratorOf(definition));
      const numerator = definition.categories.reduce((n, k) => n + c.counts[k], 0);
      const [row] = await e.query(`SELECT * FROM ${viewName(v.id)}`);
      expect({ id: row!.indicator_id, value: row!.value === null ? null : Number(row!.value), numerator: Number(row!.numerator), denominator: Number(row!.denominator), below: Number(row!.below_threshold) }).toEqual({
        id: v.id,
        value: c.examined === 0 ? null : numerator / c.examined,
        numerator,
        denominator: c.examined,
        below: c.counts.belowThreshold,
      });
      const members = await e.query(`SELECT status, count(*) AS n FROM ${viewName(v.id)}_members GROUP BY status ORDER BY status`);
      const expected = new Map<string, number>();
      for (const m of c.members) expected.set(m.status, (expected.get(m.status) ?? 0) + 1);
      expect(members.map((m) => [m.status, Number(m.n)])).toEqual([...expected.entries()].sort());
    }
    const report = computeReport(dataset, { period: PERIOD, assumeValid: true, withMembers: false });
    // The report's seven breakdowns in one query over the exit records (with their département).
    const keys = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'] as const;
    const rows = await e.query(exitRateBreakdownsSql({ dialect: e.dialect, source: 'siae_exit_records', period: PERIOD }, keys));
    const expectedGroups = [...keys].sort().flatMap((by) =>
      report.breakdowns[by].groups.map((g) => [by, g.key, g.result.value, g.result.numerator, g.result.denominator, g.result.counts.withdrawn, g.result.counts.belowThreshold]),
    );
    expect(expectedGroups.length).toBeGreaterThan(20);
    const groupsOf = (list: typeof rows) => list.map((r) => [r.breakdown, r.group_key, r.value === null ? null : Number(r.value), Number(r.numerator), Number(r.denominator), Number(r.withdrawn), Number(r.below_threshold)]);
    expect(groupsOf(rows)).toEqual(expectedGroups);
    // The same rows from the view the warehouse gets (ordered in the query: re-ordered here byte by byte).
    const fromView = await e.query(`SELECT * FROM ${BREAKDOWNS_VIEW} ORDER BY breakdown, group_key${e.dialect === 'postgres' ? ' COLLATE "C"' : ''}`);
    expect(groupsOf(fromView)).toEqual(expectedGroups);
    for (const v of DATASET_INDICATOR_VIEWS) {
      const js = report.indicators.find((i) => i.id === v.id)!;
      const [row] = await e.query(`SELECT * FROM ${viewName(v.id)}`);
      const num = (x: unknown) => (x === null ? null : Number(x));
      expect({ id: row!.indicator_id, value: num(row!.value), numerator: num(row!.numerator), denominator: num(row!.denominator) }).toEqual({
        id: v.id,
        value: js.value,
        numerator: js.numerator ?? null,
        denominator: js.denominator ?? null,
      });
    }
  }, 60_000);
}

describe('exit-rate views over the dataset tables on DuckDB', () => {
  let duck: TestEngine;
  beforeAll(async () => {
    duck = await openDuckDb();
  });
  afterAll(async () => {
    await duck.close();
  });
  checks(() => duck);
});

const postgres = await openPostgres();

describe.skipIf(postgres === null)('exit-rate views over the dataset tables on PostgreSQL (skipped when no server is reachable: set SIAE_PG_URL)', () => {
  afterAll(async () => {
    await postgres?.close();
  });
  checks(() => postgres!);
});
