import type { IndicatorValue } from '@siae/indicators';
import { isIsoDate } from '@siae/model';
import type { DatasetRelations } from '../dataset';
import { type Dialect, DIALECTS, identifier, relationName, SiaeSqlError, sqlType, stringLiteral } from '../dialect';
import { type SharedCte, sharedCtes } from './ctes';
import { DATASET_INDICATOR_DEFINITIONS } from './list';
import type { DatasetIndicatorDefinition } from './shape';

/** An indicator of the catalogue, outside the exit-rate family, that this package writes as SQL. */
export interface DatasetIndicatorView {
  /** The catalogue id (`inae.gouvernance.people-supported`). */
  id: string;
}

/**
 * The indicators of the catalogue other than the exit rates written as SQL over the dataset tables
 * ({@link DATASET_TABLES}), by catalogue id, in this order: people, contracts and exits; trainings
 * and PMSMP; interviews; barriers, final reviews, attestations and assessments; PLIE; prescriptions
 * (`prescription-to-hire-ratio`, which reads the table order in `prescriptions.row_order`). Each gives
 * one row `(indicator_id, value, numerator, denominator, null_reason)`
 * ({@link DATASET_INDICATOR_COLUMNS}) equal to its `compute` in `computeReport`.
 */
export const DATASET_INDICATOR_VIEWS: readonly DatasetIndicatorView[] = DATASET_INDICATOR_DEFINITIONS.map((d) => ({ id: d.id }));

/**
 * The columns of an indicator row: `value` and `numerator` doubles, `denominator` a bigint (both
 * null for a count or a total), `null_reason` the `nullReason` of `IndicatorValue`
 * (`no_plie_participant`: a PLIE indicator with no PLIE participant followed; else null).
 */
export const DATASET_INDICATOR_COLUMNS = ['indicator_id', 'value', 'numerator', 'denominator', 'null_reason'] as const;

const NO_PLIE_PARTICIPANT: NonNullable<IndicatorValue['nullReason']> = 'no_plie_participant';

/** Options of {@link datasetIndicatorSql} and {@link datasetIndicatorsSql}. */
export interface DatasetIndicatorSqlOptions {
  dialect: Dialect;
  /** The report period, both ends inclusive (the `period` of `computeReport`). */
  period: { from: string; to: string };
  /** The schema of the dataset tables, when they are not on the search path. */
  schema?: string;
  /**
   * A table or view (in `schema`) already holding the exit records of the dataset, as
   * `exitRecordsFromDatasetSql` writes them (its columns, `departement` included): read instead of
   * deriving them again, when the caller has computed them for the exit rates.
   */
  exitRecords?: string;
}

/** The options checked (bad ones throw a {@link SiaeSqlError} naming the option, never its value). */
function checked(o: DatasetIndicatorSqlOptions): { dialect: Dialect; period: { from: string; to: string }; relations: DatasetRelations; exitRecords?: string } {
  if (o === null || typeof o !== 'object') throw new SiaeSqlError('options', 'doit être un objet', 'must be an object');
  if (!DIALECTS.includes(o.dialect)) throw new SiaeSqlError('dialect', 'doit être duckdb ou postgres', 'must be duckdb or postgres');
  const p = o.period as unknown;
  if (p === null || typeof p !== 'object') throw new SiaeSqlError('period', 'doit être un objet { from, to }', 'must be an object { from, to }');
  const { from, to } = p as { from: unknown; to: unknown };
  if (!isIsoDate(from)) throw new SiaeSqlError('period.from', 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
  if (!isIsoDate(to)) throw new SiaeSqlError('period.to', 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
  if (to < from) throw new SiaeSqlError('period.to', 'la fin doit être le même jour ou après le début', 'must be on or after the start');
  if (o.schema !== undefined) identifier(o.schema, 'schema');
  if (o.exitRecords !== undefined && typeof o.exitRecords !== 'string') throw new SiaeSqlError('exitRecords', 'doit être un nom de table', 'must be a table name');
  const exitRecords = o.exitRecords === undefined ? {} : { exitRecords: relationName(o.exitRecords, o.schema, 'exitRecords') };
  return { dialect: o.dialect, period: { from, to }, relations: o.schema === undefined ? {} : { schema: o.schema }, ...exitRecords };
}

function definitionOf(id: unknown, path: string): DatasetIndicatorDefinition {
  const d = typeof id === 'string' ? DATASET_INDICATOR_DEFINITIONS.find((x) => x.id === id) : undefined;
  if (!d) throw new SiaeSqlError(path, "n'est pas un indicateur écrit en SQL (voir DATASET_INDICATOR_VIEWS)", 'is not an indicator written as SQL (see DATASET_INDICATOR_VIEWS)');
  return d;
}

function query(o: DatasetIndicatorSqlOptions, definitions: readonly DatasetIndicatorDefinition[]): string {
  const input = checked(o);
  const needs = new Set<SharedCte>();
  for (const d of definitions) for (const n of d.needs) needs.add(n);
  const double = sqlType(input.dialect, 'double');
  const text = sqlType(input.dialect, 'text');
  const selects = definitions.map((d) => {
    const id = `CAST(${stringLiteral(d.id, 'indicatorId')} AS ${text}) AS indicator_id`;
    if (!d.plie) {
      return `SELECT ${id}, CAST(v.value AS ${double}) AS value, CAST(v.numerator AS ${double}) AS numerator, CAST(v.denominator AS BIGINT) AS denominator, CAST(NULL AS ${text}) AS null_reason\nFROM (${d.select(input)}) v`;
    }
    // `overPlieCohort`: no PLIE participant followed, no figure (and the reason).
    const unlessEmpty = (e: string, type: string) => `CASE WHEN c.n = 0 THEN NULL ELSE CAST(${e} AS ${type}) END`;
    return `SELECT ${id}, ${unlessEmpty('v.value', double)} AS value, ${unlessEmpty('v.numerator', double)} AS numerator, ${unlessEmpty('v.denominator', 'BIGINT')} AS denominator,
  CASE WHEN c.n = 0 THEN CAST(${stringLiteral(NO_PLIE_PARTICIPANT, 'nullReason')} AS ${text}) ELSE CAST(NULL AS ${text}) END AS null_reason
FROM (${d.select(input)}) v, (SELECT count(*) AS n FROM siae_plie) c`;
  });
  const ctes = sharedCtes(needs, input);
  return `${ctes.length > 0 ? `WITH\n${ctes.join(',\n')}\n` : ''}${selects.join('\nUNION ALL\n')}`;
}

/**
 * One indicator of {@link DATASET_INDICATOR_VIEWS} as one SQL query over the dataset tables,
 * returning one row: `indicator_id`, `value` (null on an empty denominator), `numerator` and
 * `denominator` (null for a count or a total) and `null_reason`, the `IndicatorValue` of
 * `computeReport` for the same period.
 *
 * @example
 * datasetIndicatorSql({ dialect: 'postgres', period: { from: '2025-01-01', to: '2025-12-31' }, indicatorId: 'inae.modalites.pmsmp-rate' });
 */
export function datasetIndicatorSql(options: DatasetIndicatorSqlOptions & { indicatorId: string }): string {
  if (options === null || typeof options !== 'object') throw new SiaeSqlError('options', 'doit être un objet', 'must be an object');
  return query(options, [definitionOf(options.indicatorId, 'indicatorId')]);
}

/**
 * Several indicators of {@link DATASET_INDICATOR_VIEWS} (default: all) in one query, one row each
 * in the order asked, the shared parts (people followed, interviews of the period...) written once.
 *
 * @example
 * datasetIndicatorsSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '2025-12-31' } });
 */
export function datasetIndicatorsSql(options: DatasetIndicatorSqlOptions, indicatorIds?: readonly string[]): string {
  if (indicatorIds !== undefined && !Array.isArray(indicatorIds)) throw new SiaeSqlError('indicatorIds', 'doit être une liste', 'must be a list');
  const ids = indicatorIds ?? DATASET_INDICATOR_VIEWS.map((v) => v.id);
  if (ids.length === 0) throw new SiaeSqlError('indicatorIds', 'au moins un indicateur', 'at least one indicator');
  if (new Set(ids).size !== ids.length) throw new SiaeSqlError('indicatorIds', 'un indicateur en double', 'an indicator twice');
  return query(options, ids.map((id, n) => definitionOf(id, `indicatorIds[${n}]`)));
}
