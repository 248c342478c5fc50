import { BREAKDOWN_KEYS, ETTI_450_HOURS_VARIANT } from '@siae/indicators';
import { type Dialect, identifier, relationName, SiaeSqlError, sqlType } from './dialect';
import { DATASET_TABLES, datasetTablesFor, exitRecordsFromDatasetSql } from './dataset';
import { DATASET_INDICATOR_VIEWS, datasetIndicatorSql } from './datasetIndicators';
import { type ExitRateSqlOptions, exitRateBreakdownsSql, exitRateMembersSql, exitRateSql, exitRateSqlId } from './exitRates';
import { FIRST_DATE, LAST_DATE } from './parameters';

/** One exit-rate indicator of the catalogue and the options that compute it. */
export interface ExitRateView {
  /** The catalogue id (`dynamic-exit-rate.uriae`). */
  id: string;
  options: Omit<ExitRateSqlOptions, 'dialect' | 'source' | 'schema' | 'period'>;
}

/**
 * The exit-rate indicators of the catalogue written as SQL (the `EXIT_RATES` family with its
 * variants), with the options that compute each: the same options the catalogue passes to the
 * functions.
 */
export const EXIT_RATE_VIEWS: readonly ExitRateView[] = [
  ...(['dynamic', 'durable', 'transition', 'positive', 'employment'] as const).map((rate) => ({ id: exitRateSqlId({ rate }), options: { rate } })),
  { id: exitRateSqlId({ variant: 'uriae' }), options: { variant: 'uriae' } },
  ...([3, 6, 12] as const).map((m) => ({ id: exitRateSqlId({ monthsAfterExit: m }), options: { monthsAfterExit: m } })),
  { id: 'dynamic-exit-rate.etti-450h', options: { thresholds: ETTI_450_HOURS_VARIANT } },
];

/**
 * The view of the dynamic rate's breakdowns that {@link createViewsSql} writes: one row per key and
 * group (columns `BREAKDOWN_COLUMNS`), the seven keys of a report.
 */
export const BREAKDOWNS_VIEW = 'siae_dynamic_exit_rate_breakdowns';

/** The SQL name of an indicator's view: `siae_` and the id with `_` for `-` and `.`. */
export function viewName(id: string): string {
  return `siae_${id.replace(/[-.]/g, '_')}`;
}

/** Options of {@link createViewsSql}. */
export interface CreateViewsOptions {
  dialect: Dialect;
  /** Schema of the dataset tables and of the views (default: the search path). */
  schema?: string;
  /** Only exits in `[from, to]` (default: every exit). */
  period?: { from: string; to: string } | null;
  /** `CREATE OR REPLACE VIEW` (default true). */
  replace?: boolean;
  /**
   * Also a view per indicator of {@link DATASET_INDICATOR_VIEWS} (people followed, trainings,
   * interviews, PLIE, prescriptions...), which read the tables `interviews`, `trainings`, `pmsmps`,
   * `people`, `barriers`, `skills_attestations`, `prescriptions` (its `row_order`: the table order)
   * and the columns `kind`, `end_date` of `contracts` (see `createDatasetTablesSql(..., { indicators: true })`).
   * Default false: the exit-rate views only, as before.
   */
  indicators?: boolean;
}

/**
 * The `CREATE VIEW` statements of the exit rates over the dataset tables ({@link DATASET_TABLES}):
 * `siae_exit_records` (one row per exit, as the functions read it), then for each indicator of
 * {@link EXIT_RATE_VIEWS} a rate view (one row) and a members view (`_members`, one row per exit
 * with status, category and why), then {@link BREAKDOWNS_VIEW} (the dynamic rate per structure,
 * kind, département, year, quarter, month and entry cohort, as a report breaks it down); with `indicators: true`, a view per indicator of
 * {@link DATASET_INDICATOR_VIEWS} (one row: `indicator_id`, `value`, `numerator`, `denominator`).
 * Ready for `psql -f` or a dbt project. Starts with a comment listing the tables and column types
 * it reads.
 */
export function createViewsSql(o: CreateViewsOptions): string {
  if (o.indicators !== undefined && typeof o.indicators !== 'boolean') throw new SiaeSqlError('indicators', 'doit être un booléen', 'must be a boolean');
  const create = o.replace === false ? 'CREATE VIEW' : 'CREATE OR REPLACE VIEW';
  const name = (n: string) => relationName(n, o.schema, 'view');
  const header = [
    `-- @siae/sql: exit-rate${o.indicators === true ? ' and indicator' : ''} views for ${o.dialect === 'duckdb' ? 'DuckDB' : 'PostgreSQL'}${o.period ? `, exits from ${o.period.from} to ${o.period.to}` : ', every exit'}.`,
    '-- Generated from the definitions of @siae/indicators (mappings, thresholds, variants): do not edit, regenerate.',
    '-- Tables read (other columns are ignored):',
    ...datasetTablesFor(o.indicators === true).map(([t, cols]) => `--   ${t}(${cols.map((c) => `${c.name} ${sqlType(o.dialect, c.type)}${c.nullable ? '' : ' NOT NULL'}`).join(', ')})`),
  ].join('\n');
  const statements = [`${create} ${name('siae_exit_records')} AS\n${exitRecordsFromDatasetSql(o.dialect, o.schema === undefined ? {} : { schema: o.schema })};`];
  for (const v of EXIT_RATE_VIEWS) {
    const options: ExitRateSqlOptions = { dialect: o.dialect, ...v.options, source: 'siae_exit_records', ...(o.schema !== undefined ? { schema: o.schema } : {}), period: o.period ?? null };
    const rate = exitRateSql({ ...options, indicatorId: v.id });
    statements.push(`-- ${v.id}\n${create} ${name(viewName(v.id))} AS\n${rate};`);
    statements.push(`${create} ${name(`${viewName(v.id)}_members`)} AS\n${exitRateMembersSql(options)};`);
  }
  const breakdowns = exitRateBreakdownsSql(
    { dialect: o.dialect, source: 'siae_exit_records', ...(o.schema !== undefined ? { schema: o.schema } : {}), period: o.period ?? null },
    BREAKDOWN_KEYS,
  );
  statements.push(`-- dynamic-exit-rate per structure, kind, département, year, quarter, month and entry cohort\n${create} ${name(BREAKDOWNS_VIEW)} AS\n${breakdowns};`);
  if (o.indicators === true) {
    const period = o.period ?? { from: FIRST_DATE, to: LAST_DATE };
    for (const v of DATASET_INDICATOR_VIEWS) {
      const sql = datasetIndicatorSql({ dialect: o.dialect, period, indicatorId: v.id, ...(o.schema !== undefined ? { schema: o.schema } : {}) });
      statements.push(`-- ${v.id}\n${create} ${name(viewName(v.id))} AS\n${sql};`);
    }
  }
  return `${header}\n\n${statements.join('\n\n')}\n`;
}

/** `CREATE SCHEMA IF NOT EXISTS`, for scripts that create the views in a schema of their own. */
export function createSchemaSql(schema: string): string {
  return `CREATE SCHEMA IF NOT EXISTS ${identifier(schema, 'schema')};`;
}
