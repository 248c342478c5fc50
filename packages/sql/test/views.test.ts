import { classifyExits, EXIT_RATES, exitRecordsFromDataset, inNumeratorOf, type RateOptions } from '@siae/indicators';
import type { Dataset } from '@siae/model';
import { generateDataset, sampleDataset } from '@siae/sample-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViewsSql, DATASET_TABLES, type Dialect, EXIT_RATE_VIEWS, literal, sqlType, viewName } from '../src/index';
import { openDuckDb, openPostgres, type TestEngine } from './engines';

/** The dataset's tables as SQL statements (columns of DATASET_TABLES). */
function datasetSql(dialect: Dialect, d: Dataset): string[] {
  const rows: Record<keyof typeof DATASET_TABLES, (string | number | null)[][]> = {
    structures: d.structures.map((s) => [s.id, s.kind, s.departement]),
    exits: d.exits.map((e) => [e.personId, e.structureId, e.date, e.reason, e.followUp?.[3] ?? null, e.followUp?.[6] ?? null, e.followUp?.[12] ?? null]),
    contracts: d.contracts.map((c) => [c.personId, c.structureId, c.startDate]),
    monthly_hours: d.monthlyHours.map((h) => [h.personId, h.structureId, h.month, h.hours]),
  };
  const out: string[] = [];
  for (const [table, cols] of Object.entries(DATASET_TABLES) as [keyof typeof DATASET_TABLES, (typeof DATASET_TABLES)['exits']][]) {
    out.push(`DROP TABLE IF EXISTS ${table} CASCADE`);
    out.push(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${sqlType(dialect, c.type)}`).join(', ')})`);
    const values = rows[table];
    for (let i = 0; i < values.length; i += 500) {
      const batch = values.slice(i, i + 500).map((r) => `(${r.map((v, k) => literal(dialect, cols[k]!.type, v, table)).join(', ')})`);
      out.push(`INSERT INTO ${table} VALUES ${batch.join(', ')}`);
    }
  }
  return out;
}

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

function checks(engine: () => TestEngine) {
  it.each([
    ['the bundled sample', () => sampleDataset()],
    ['a generated dataset (seed 7)', () => generateDataset({ seed: 7, parcours: 300, structuresPerKind: 2, from: '2024-01-01', to: '2025-12-31' })],
  ])('computes every exit-rate view of %s as the functions do', async (_name, make) => {
    const e = engine();
    const dataset = make();
    for (const s of datasetSql(e.dialect, dataset)) await e.query(s);
    const views = createViewsSql({ dialect: e.dialect, period: PERIOD });
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
