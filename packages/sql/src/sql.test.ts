import { defaultCategoryMapping, type ExitCategoryMapping, mappingAt } from '@siae/indicators';
import { describe, expect, it } from 'vitest';
import { identifier, literal, SiaeSqlError, stringLiteral } from './dialect';
import { BREAKDOWN_COLUMNS, exitRateBreakdownSql, exitRateBreakdownsSql, exitRateSql, exitRateSqlId, RATE_COLUMNS } from './exitRates';
import { inclusiveBounds, mappingList, mappingSpans, spansOf, thresholdSpans } from './parameters';
import { createDatasetTablesSql, datasetTablesFor } from './dataset';
import { datasetTableRows } from './datasetRows';
import { DATASET_INDICATOR_VIEWS } from './datasetIndicators';
import { createViewsSql, EXIT_RATE_VIEWS, viewName } from './views';

describe('datasetTableRows', () => {
  const dataset = {
    structures: [{ id: 's1', kind: 'ACI', siret: '', name: 'S', departement: '59' }],
    contracts: [{ id: 'c1', personId: 'p1', structureId: 's1', kind: 'MAD', startDate: '2025-01-02' }],
    skillsAttestations: [],
    prescriptions: [
      { id: 'r1', personId: 'p1', structureId: 's1', date: '2025-03-01', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: 'pending' },
      { id: 'r2', personId: 'p1', structureId: 's1', date: '2025-01-02', prescriberKind: 'SPONTANEOUS', authorized: false, outcome: 'hired' },
    ],
  } as never;
  it('gives the rows in the columns of DATASET_TABLES, the indicator columns of contracts when asked', () => {
    expect(datasetTableRows(dataset, 'structures')).toEqual([['s1', 'ACI', '59']]);
    expect(datasetTableRows(dataset, 'contracts')).toEqual([['p1', 's1', '2025-01-02']]);
    expect(datasetTableRows(dataset, 'contracts', { indicators: true })).toEqual([['p1', 's1', '2025-01-02', 'MAD', null]]);
    expect(datasetTableRows(dataset, 'skills_attestations')).toEqual([]);
  });
  it('numbers the prescriptions in list order (row_order, the table order the catalogue reads)', () => {
    expect(datasetTableRows(dataset, 'prescriptions')).toEqual([
      ['p1', 's1', '2025-03-01', 'FRANCE_TRAVAIL', 'pending', 0],
      ['p1', 's1', '2025-01-02', 'SPONTANEOUS', 'hired', 1],
    ]);
    expect(createDatasetTablesSql('postgres', undefined, { indicators: true })).toContain(
      'CREATE TABLE IF NOT EXISTS "prescriptions" (\n  person_id TEXT NOT NULL,\n  structure_id TEXT NOT NULL,\n  date DATE NOT NULL,\n  prescriber_kind TEXT NOT NULL,\n  outcome TEXT NOT NULL,\n  row_order BIGINT\n);',
    );
    expect(createViewsSql({ dialect: 'duckdb', indicators: true })).toContain('--   prescriptions(person_id VARCHAR NOT NULL, structure_id VARCHAR NOT NULL, date DATE NOT NULL, prescriber_kind VARCHAR NOT NULL, outcome VARCHAR NOT NULL, row_order BIGINT)');
  });
  it('refuses a table that is not a dataset table and a dataset without its list', () => {
    expect(() => datasetTableRows(dataset, 'toString' as never)).toThrow(/table/);
    expect(() => datasetTableRows(dataset, 'interviews')).toThrow(/dataset\.interviews/);
    expect(() => datasetTableRows(null as never, 'exits')).toThrow(SiaeSqlError);
  });
});

describe('literals and names', () => {
  it('doubles quotes and types every value', () => {
    expect(stringLiteral("l'aide", 'x')).toBe("'l''aide'");
    expect(literal('postgres', 'double', 149.5, 'x')).toBe('CAST(149.5 AS DOUBLE PRECISION)');
    expect(literal('duckdb', 'date', null, 'x')).toBe('CAST(NULL AS DATE)');
  });
  it('refuses bad values naming the option, never echoing the value', () => {
    const err = (() => {
      try {
        literal('duckdb', 'date', '31/01/2025', 'period.from');
      } catch (e) {
        return e as SiaeSqlError;
      }
    })();
    expect(err).toBeInstanceOf(SiaeSqlError);
    expect(err?.message).toContain('period.from');
    expect(err?.message).not.toContain('31/01/2025');
    expect(() => identifier('x"; DROP TABLE t; --', 'schema')).toThrow(/schema/);
    expect(() => literal('duckdb', 'integer', 2.5, 'thresholds.ACI')).toThrow(/integer/);
    expect(() => exitRateSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: 'demain' } })).toThrow(/period\.to/);
  });
});

describe('parameter spans read from the package objects', () => {
  it('gives each mapping the dates where mappingAt chooses it (gaps left out)', () => {
    const a: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'a', validFrom: '2014-07-01', validUntil: '2024-12-31' };
    const b: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'b', validFrom: '2025-02-01', validUntil: null };
    expect(mappingSpans([a, b]).map((s) => [inclusiveBounds(s), s.value])).toEqual([
      [['2014-07-01', '2024-12-31'], 0],
      [['2025-02-01', '9999-12-31'], 1],
    ]);
  });
  it('picks the latest validFrom on an overlap, as mappingAt does, from copies of the mappings', () => {
    const a: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'a', validFrom: '2014-07-01', validUntil: null };
    const b: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'b', validFrom: '2025-02-01', validUntil: '2025-06-30' };
    const list = mappingList([a, b]);
    expect(list.map((m) => m.id)).toEqual(['a', 'b']);
    expect(mappingAt(list, '2025-03-01')?.id).toBe('b');
    expect(mappingSpans(list).map((s) => [inclusiveBounds(s), s.value])).toEqual([
      [['2014-07-01', '2025-01-31'], 0],
      [['2025-02-01', '2025-06-30'], 1],
      [['2025-07-01', '9999-12-31'], 0],
    ]);
    expect(() => mappingList([a, { ...b, rows: {} } as unknown as ExitCategoryMapping])).toThrow(/mapping\[1\]\.rows/);
  });
  it('follows the dated presence thresholds and the overrides', () => {
    const eiti = thresholdSpans(undefined).filter((t) => t.kind === 'EITI');
    expect(eiti.map((t) => inclusiveBounds(t))).toEqual([['2018-01-01', '9999-12-31']]);
    const etti = thresholdSpans({ ETTI: { minHours: 450, labelFr: '450 h' } }).filter((t) => t.kind === 'ETTI');
    expect(etti.map((t) => [inclusiveBounds(t), t.value.minHours])).toEqual([[['0001-01-01', '9999-12-31'], 450]]);
  });
  it('leaves out the spans where the rule has no value', () => {
    expect(spansOf(['2025-01-01', '2024-01-01', '2025-01-01'], (d) => (d < '2025-01-01' ? null : 'x'))).toEqual([{ from: '2025-01-01', until: null, value: 'x' }]);
  });
});

describe('views', () => {
  it('name each indicator of the family by its catalogue id', () => {
    expect(EXIT_RATE_VIEWS.map((v) => v.id)).toContain('dynamic-exit-rate.uriae');
    expect(viewName('dynamic-exit-rate.12m')).toBe('siae_dynamic_exit_rate_12m');
    expect(exitRateSqlId({ variant: 'uriae', monthsAfterExit: 6 })).toBe('dynamic-exit-rate.uriae.6m');
    const sql = createViewsSql({ dialect: 'postgres', schema: 'iae' });
    expect(sql).toContain('CREATE OR REPLACE VIEW "iae"."siae_dynamic_exit_rate_12m_members" AS');
    expect(sql).toContain('COLLATE "C"');
  });
});

describe('indicator tables and views', () => {
  it('leave the exit-rate output as it was unless asked', () => {
    const tables = createDatasetTablesSql('duckdb');
    expect(tables).not.toContain('interviews');
    expect(tables).toContain('CREATE TABLE IF NOT EXISTS "contracts" (\n  person_id VARCHAR NOT NULL,\n  structure_id VARCHAR NOT NULL,\n  start_date DATE NOT NULL\n);');
    expect(createViewsSql({ dialect: 'duckdb' })).not.toContain('siae_inae_');
    expect(createViewsSql({ dialect: 'duckdb' })).not.toContain('prescriptions');
    const all = createDatasetTablesSql('postgres', 'iae', { indicators: true });
    expect(all).toContain('  kind TEXT NOT NULL,\n  end_date DATE\n);');
    for (const t of ['interviews', 'trainings', 'pmsmps', 'people', 'barriers', 'skills_attestations', 'prescriptions']) expect(all).toContain(`"iae"."${t}"`);
    const views = createViewsSql({ dialect: 'postgres', schema: 'iae', indicators: true });
    expect(views).toContain('CREATE OR REPLACE VIEW "iae"."siae_inae_modalites_pmsmp_rate" AS');
    expect(views).toContain('CREATE OR REPLACE VIEW "iae"."siae_plie_time_workshops" AS');
    expect(views).toContain('CREATE OR REPLACE VIEW "iae"."siae_prescription_to_hire_ratio" AS');
    expect(views).toContain('"iae"."prescriptions"');
    expect(new Set(DATASET_INDICATOR_VIEWS.map((v) => viewName(v.id))).size).toBe(DATASET_INDICATOR_VIEWS.length);
  });
  it('refuse a bad option naming it', () => {
    expect(() => createDatasetTablesSql('duckdb', undefined, { indicators: 'yes' as never })).toThrow(/options\.indicators/);
    expect(() => createDatasetTablesSql('sqlite' as never)).toThrow(/dialect/);
    expect(() => createViewsSql({ dialect: 'duckdb', indicators: 1 as never })).toThrow(/indicators/);
    expect(() => datasetTablesFor(null as never)).toThrow(SiaeSqlError);
    expect(datasetTablesFor(false).map(([t]) => t)).toEqual(['structures', 'exits', 'contracts', 'monthly_hours']);
  });
});

describe('exitRateBreakdownsSql', () => {
  const all = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'] as const;
  it('classifies the exits once for every key and finds the latest exit within each group', () => {
    for (const dialect of ['duckdb', 'postgres'] as const) {
      const sql = exitRateBreakdownsSql({ dialect, period: { from: '2025-01-01', to: '2025-12-31' } }, all);
      expect(sql.match(/siae_classified AS/g)).toHaveLength(1);
      expect(sql.match(/siae_multi_latest AS/g)).toHaveLength(1);
      // The latest exit within each (person and structure, key, group).
      expect(sql).toMatch(dialect === 'duckdb' ? /GROUP BY x\.pair_id, b\.bit, CASE b\.breakdown / : /PARTITION BY x\.pair_id, b\.bit, CASE b\.breakdown /);
      // The group keys are computed once per exit, then carried through the classification.
      expect(sql.match(/AS siae_key_departement/g)).toHaveLength(1);
    }
    expect(exitRateBreakdownsSql({ dialect: 'postgres' }, ['month'])).toContain('ORDER BY r.breakdown COLLATE "C", r.group_key COLLATE "C"');
    // departement is read only when asked (EXIT_RECORD_COLUMNS does not list it).
    expect(exitRateBreakdownSql({ dialect: 'duckdb', by: 'quarter' })).not.toContain('departement');
    expect(BREAKDOWN_COLUMNS).toEqual(['breakdown', 'group_key', ...RATE_COLUMNS]);
  });
  it('refuses a bad key naming the field, never echoing the value', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as SiaeSqlError;
      }
      return null;
    };
    const unknownKey = err(() => exitRateBreakdownsSql({ dialect: 'duckdb' }, ['quarter', 'secretValue' as never]));
    expect(unknownKey).toBeInstanceOf(SiaeSqlError);
    expect(unknownKey?.path).toBe('by[1]');
    expect(unknownKey?.message).not.toContain('secretValue');
    expect(err(() => exitRateBreakdownsSql({ dialect: 'duckdb' }, ['month', 'month']))?.path).toBe('by[1]');
    expect(err(() => exitRateBreakdownsSql({ dialect: 'duckdb' }, []))?.path).toBe('by');
    expect(err(() => exitRateBreakdownsSql({ dialect: 'duckdb' }, 'month' as never))?.path).toBe('by');
    const single = err(() => exitRateBreakdownSql({ dialect: 'postgres', by: 'secretValue' as never }));
    expect([single?.path, single?.message.includes('secretValue')]).toEqual(['by', false]);
    expect(err(() => exitRateBreakdownSql({ dialect: 'postgres', by: 'year', period: { from: '2025-12-31', to: '2025-01-01' } }))?.path).toBe('period.to');
  });
});
