import { breakdownRate, dynamicExitRate, type ExitRecord, type RateOptions, type RateResult } from '@siae/indicators';
import { SiaeValidationError } from '@siae/model';
import { generateDataset } from '@siae/sample-data';
import { exitRecordsFromDataset } from '@siae/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakdownsFromSqlRows, exitRateBreakdownsSql, exitRateMembersSql, exitRateSql, membersFromSqlRows, rateResultFromSqlRow, SiaeSqlError } from '../src/index';
import { openDuckDb, type TestEngine } from './engines';

const period = { from: '2025-01-01', to: '2025-12-31' };
const records: ExitRecord[] = exitRecordsFromDataset(generateDataset({ seed: 5, parcours: 400, structuresPerKind: 2 })).records;
const KEYS = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'] as const;
const withoutMembers = (r: RateResult): RateResult => ({ ...r, members: [] });

let db: TestEngine;
beforeAll(async () => {
  db = await openDuckDb();
  await db.load(records);
});
afterAll(async () => db.close());

describe('rateResultFromSqlRow', () => {
  it.each<[string, RateOptions & { rate?: 'dynamic' | 'durable' }]>([
    ['default', { period }],
    ['uriae', { period, variant: 'uriae' }],
    ['6 months', { period, monthsAfterExit: 6 }],
    ['12 months, unknown excluded', { period, monthsAfterExit: 12, unknownFollowUp: 'excluded' }],
    ['no period', {}],
  ])('gives the RateResult of dynamicExitRate, without its members (%s)', async (_name, options) => {
    const [row] = await db.query(exitRateSql({ dialect: 'duckdb', ...options }));
    const sql = rateResultFromSqlRow(row!, options);
    const js = dynamicExitRate(records, options);
    expect(js.denominator).toBeGreaterThan(20);
    expect(sql).toEqual(withoutMembers(js));
  });

  it('reads counts given as numbers, bigints or strings of digits', () => {
    const row = { numerator: 2n, denominator: '4', durable: 1, transition: '1', positive: 0, other: 2, withdrawn: 0, below_threshold: 3 };
    const r = rateResultFromSqlRow(row, { rate: 'durable' });
    expect(r).toMatchObject({ indicatorId: 'durable-employment-rate', value: 0.5, numerator: 2, denominator: 4, smallSample: true, counts: { belowThreshold: 3 } });
    expect(rateResultFromSqlRow({ ...row, numerator: 0, denominator: 0 }).value).toBeNull();
  });

  it('names the column at fault, never its value', () => {
    const row = { numerator: 1, denominator: 4, durable: 1, transition: 0, positive: 0, other: 3, withdrawn: 0, below_threshold: 0 };
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected an error');
    };
    const bad = thrown(() => rateResultFromSqlRow({ ...row, other: 'secret-42' }));
    expect(bad).toBeInstanceOf(SiaeSqlError);
    expect((bad as SiaeSqlError).path).toBe('row.other');
    expect(bad.message).not.toContain('secret-42');
    expect((thrown(() => rateResultFromSqlRow({ ...row, numerator: 5 })) as SiaeSqlError).path).toBe('row.numerator');
    expect((thrown(() => rateResultFromSqlRow({ ...row, withdrawn: -1 })) as SiaeSqlError).path).toBe('row.withdrawn');
    expect((thrown(() => rateResultFromSqlRow({ ...row, durable: 1.5 })) as SiaeSqlError).path).toBe('row.durable');
    expect((thrown(() => rateResultFromSqlRow(null as never)) as SiaeSqlError).path).toBe('row');
    expect((thrown(() => rateResultFromSqlRow(row, { rate: 'toString' as never })) as SiaeSqlError).path).toBe('options.rate');
    expect(thrown(() => rateResultFromSqlRow(row, { variant: 'constructor' as never }))).toBeInstanceOf(SiaeValidationError);
  });
});

describe('breakdownsFromSqlRows', () => {
  it.each<[string, RateOptions]>([
    ['default', { period }],
    ['uriae, 3 months', { period, variant: 'uriae', monthsAfterExit: 3 }],
  ])('gives the seven breakdowns of breakdownRate, group by group (%s)', async (_name, options) => {
    const rows = await db.query(exitRateBreakdownsSql({ dialect: 'duckdb', ...options }, KEYS));
    const sql = breakdownsFromSqlRows(rows, options);
    for (const by of KEYS) {
      const js = breakdownRate(records, by, options);
      expect(sql[by].groups.length, by).toBeGreaterThan(0);
      expect(sql[by], by).toEqual({ ...js, groups: js.groups.map((g) => ({ key: g.key, result: withoutMembers(g.result) })) });
    }
  });

  it('leaves a key the rows do not hold without groups', async () => {
    const rows = await db.query(exitRateBreakdownsSql({ dialect: 'duckdb', period }, ['quarter']));
    const b = breakdownsFromSqlRows(rows, { period });
    expect(b.quarter.groups.map((g) => g.key)).toEqual(['2025-T1', '2025-T2', '2025-T3', '2025-T4']);
    expect(b.structure).toEqual({ by: 'structure', groups: [], issues: [] });
  });

  it('names the row at fault', () => {
    const counts = { numerator: 1, denominator: 2, durable: 1, transition: 0, positive: 0, other: 1, withdrawn: 0, below_threshold: 0 };
    const path = (rows: unknown) => {
      try {
        breakdownsFromSqlRows(rows as never);
      } catch (e) {
        expect(e).toBeInstanceOf(SiaeSqlError);
        return (e as SiaeSqlError).path;
      }
      return null;
    };
    expect(path(null)).toBe('rows');
    expect(path([{ ...counts, breakdown: '__proto__', group_key: 'x' }])).toBe('rows[0].breakdown');
    expect(path([{ ...counts, breakdown: 'year', group_key: 2025 }])).toBe('rows[0].group_key');
    expect(path([{ ...counts, breakdown: 'year', group_key: '2025' }, { ...counts, breakdown: 'year', group_key: '2025' }])).toBe('rows[1].group_key');
    expect(path([{ ...counts, breakdown: 'year', group_key: '2025', denominator: null }])).toBe('rows[0].denominator');
    expect(path([{ ...counts, breakdown: 'year', group_key: '2025' }])).toBeNull();
  });
});

describe('membersFromSqlRows', () => {
  it.each<[string, RateOptions]>([
    ['default', { period }],
    ['uriae, 6 months', { period, variant: 'uriae', monthsAfterExit: 6 }],
  ])('gives the members of dynamicExitRate, record by record (%s)', async (_name, options) => {
    const rows = await db.query(exitRateMembersSql({ dialect: 'duckdb', ...options }));
    const js = dynamicExitRate(records, options);
    expect(js.members.length).toBe(records.length);
    expect(membersFromSqlRows(rows)).toEqual(js.members);
  });

  it('names the row and column at fault, never the value', () => {
    const good = { record_index: 0, person_id: 'p', structure_id: null, exited_on: '2025-01-02', status: 'excluded', category: null, why: 'outside_period', why_fr: 'x' };
    expect(membersFromSqlRows([good])).toEqual([{ index: 0, personId: 'p', structureId: null, exitedOn: '2025-01-02', status: 'excluded', category: null, why: 'outside_period', whyFr: 'x' }]);
    const path = (row: Record<string, unknown>) => {
      try {
        membersFromSqlRows([good, row]);
      } catch (e) {
        expect(e).toBeInstanceOf(SiaeSqlError);
        expect((e as Error).message).not.toContain('secret');
        return (e as SiaeSqlError).path;
      }
      return null;
    };
    expect(path({ ...good, status: 'secret' })).toBe('rows[1].status');
    expect(path({ ...good, category: 'secret' })).toBe('rows[1].category');
    expect(path({ ...good, why: 'toString' })).toBe('rows[1].why');
    expect(path({ ...good, exited_on: 'secret' })).toBe('rows[1].exited_on');
    expect(path({ ...good, record_index: -1 })).toBe('rows[1].record_index');
    expect(path({ ...good, person_id: 42 })).toBe('rows[1].person_id');
  });
});
