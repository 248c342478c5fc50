import type { DatasetTable } from '@siae/model';
import type { TableMapping } from '../../mapping/defaultMapping';
import { columnSpecOf } from '../../input/readCsv';
import { booleanSql, codeSql, dateSql, monthSql, numberSql, rowNeedsTrimSql, textSql, trimmedSql } from './cellSql';
import { type DuckDbSourceFile, readSourceSql } from './csvSource';
import { columnTypeOf, DUCKDB_FIELDS, DUCKDB_KEYS, DUCKDB_ROW_CHECKS, type DuckDbTable, type FieldSpec, ID_LENGTH } from './tableRules';

/** The SQL of one file of a table: its mapped columns, trimmed text, and whether the line is blank. */
export interface FileColumns {
  /** `SELECT` list over `read_csv` (`c<i>` columns): one text column per field (as read), `blank`. */
  select: string;
  /** The fields whose column this file has. */
  fields: Set<string>;
  /** A second column mapped to a field already read (the JS reader reads the first and reports it). */
  duplicateColumns: string[];
}

/**
 * The columns of a prepared file for a table, as the JS reader maps them (the first column of a
 * field wins), or `null` when the mapping gives a field a type the DuckDB reading does not mirror
 * (the JS engine reads such files).
 */
export function fileColumns(table: DuckDbTable, f: DuckDbSourceFile, mapping: TableMapping): FileColumns | null {
  const specs = new Map(DUCKDB_FIELDS[table].map((s) => [s.field, s]));
  const byField = new Map<string, number>();
  const duplicateColumns: string[] = [];
  for (let i = 0; i < f.headers.length; i++) {
    const header = f.headers[i]!.trim();
    if (header === '') continue;
    const spec = columnSpecOf(mapping, header);
    if (!spec) continue;
    const rule = specs.get(spec.field);
    if (!rule || columnTypeOf(rule.rule) !== spec.type) return null;
    if (byField.has(spec.field)) duplicateColumns.push(header);
    else byField.set(spec.field, i);
  }
  const cols = DUCKDB_FIELDS[table].map((s) => {
    const i = byField.get(s.field);
    return `${i === undefined ? 'CAST(NULL AS VARCHAR)' : `c${i}`} AS ${s.column}`;
  });
  // A line of delimiters only is skipped by the JS parser: not a row.
  const blank = f.headers.length === 0 ? 'true' : f.headers.map((_, i) => `(c${i} IS NULL OR c${i} = '')`).join(' AND ');
  return { select: `${cols.join(', ')}, ${blank} AS blank`, fields: new Set(byField.keys()), duplicateColumns };
}

/**
 * The SQL reading the text of one file of a table (no file: an empty relation of the same
 * columns). Created as a table of its own (`CREATE TABLE ... AS`, which keeps the lines in file
 * order: its `rowid` is the reading order; an `INSERT` or a conversion in the same statement was
 * seen to reorder blocks of a large file).
 */
export function rawFileSql(table: DuckDbTable, file?: { file: DuckDbSourceFile; columns: FileColumns }): string {
  if (file === undefined) return `SELECT ${DUCKDB_FIELDS[table].map((s) => `CAST(NULL AS VARCHAR) AS ${s.column}`).join(', ')}, true AS blank WHERE false`;
  return `SELECT ${file.columns.select} FROM ${readSourceSql(file.file)}`;
}

function converted(s: FieldSpec, v: string): string {
  switch (s.rule.kind) {
    case 'id':
      return textSql(v, ID_LENGTH.min, ID_LENGTH.max);
    case 'code':
      return codeSql(v, s.rule.codes);
    case 'date':
      return dateSql(v);
    case 'month':
      return monthSql(v);
    case 'number':
      return numberSql(v, s.rule.min, s.rule.max);
    case 'boolean':
      return booleanSql(v);
  }
}

/**
 * The SQL converting the rows of one file (`raw`): `file_no` and `rn` (the line order: the `rowid`
 * of `raw`, a table created from {@link rawFileSql}; NULL when `raw` is the reading itself, whose
 * order DuckDB does not keep), one typed column per field, `ok` when the JS reader and the model
 * would keep the row (every cell present can be read, the required fields are there, the
 * cross-field checks hold). Blank lines are not rows. Cells are trimmed as the JS reader trims them.
 */
export function convertedTableSql(table: DuckDbTable, raw: string, fileNo: number, ordered = true): string {
  const fields = DUCKDB_FIELDS[table];
  // Levels, so that each cell is trimmed once and converted once: the line and whether it needs
  // trimming, the trimmed text (`t_`), the converted value next to it, then whether the row is kept.
  // A row whose cells have no surrounding whitespace (most rows) skips the per-cell trimming.
  const lines = `SELECT ${ordered ? 'rowid' : 'CAST(NULL AS BIGINT)'} AS rn, *, ${rowNeedsTrimSql(fields.map((s) => s.column))} AS needs_trim FROM ${raw} WHERE NOT blank`;
  const trimmed = `SELECT rn, ${fields.map((s) => `CASE WHEN needs_trim THEN ${trimmedSql(s.column)} ELSE nullif(${s.column}, '') END AS t_${s.column}`).join(', ')} FROM (${lines})`;
  const convertedCols = `SELECT rn, ${fields.map((s) => `t_${s.column}, ${converted(s, `t_${s.column}`)} AS ${s.column}`).join(', ')} FROM (${trimmed})`;
  const readable = fields.map((s) => `(t_${s.column} IS NULL OR ${s.column} IS NOT NULL)`);
  const required = fields.filter((s) => s.required).map((s) => `${s.column} IS NOT NULL`);
  const checks = DUCKDB_ROW_CHECKS[table].map((c) => `coalesce(${c}, false)`);
  const ok = [...readable, ...required, ...checks].join(' AND ');
  return `SELECT ${fileNo} AS file_no, rn, ${fields.map((s) => s.column).join(', ')}, ${ok} AS ok FROM (${convertedCols})`;
}

/**
 * An aggregate telling whether the readable rows may hold a duplicate key: `false` when the hashes
 * of their keys are all distinct (then the keys are: distinct hashes imply distinct keys), so that
 * the window of {@link keptRowsSql} can be skipped; `true` otherwise (a real duplicate or a
 * collision). Read in the `SELECT` of the converted table's counts.
 */
export function mayHaveDuplicatesSql(table: DuckDbTable): string {
  return `count(*) FILTER (WHERE ok) <> count(DISTINCT hash(${DUCKDB_KEYS[table].join(', ')})) FILTER (WHERE ok)`;
}

/**
 * The reading order of a converted row, as one number (`line_order`): its file, then its line.
 * Unique among the kept rows: the exits' `record_index` (see `exitOrder` of `@siae/sql`).
 */
const LINE_ORDER = 'CAST(file_no + 1 AS BIGINT) * 1099511627776 + rn AS line_order';

/**
 * The rows kept when no key repeats: the readable ones, with a `line_order` that is unique (the
 * {@link LINE_ORDER} when the lines' order was kept, else the converted table's `rowid`). A view
 * (the converted table is not copied), read by the exit records and the indicators.
 */
export function readableRowsSql(converted: string, ordered = true): string {
  return `SELECT * EXCLUDE (file_no, rn, ok), ${ordered ? LINE_ORDER : 'rowid AS line_order'} FROM ${converted} WHERE ok`;
}

/** The rows kept from the converted rows: readable, and the last one read of each key (the JS reader's duplicates rule), with their {@link LINE_ORDER}. */
export function keptRowsSql(table: DuckDbTable, converted: string): string {
  return `SELECT * EXCLUDE (file_no, rn, ok), ${LINE_ORDER} FROM ${converted} WHERE ok QUALIFY row_number() OVER (PARTITION BY ${DUCKDB_KEYS[table].join(', ')} ORDER BY file_no DESC, rn DESC) = 1`;
}

/** Whether a dataset table's rows are read by DuckDB (the others are not needed by the rates). */
export function tableOfDuckDb(t: DatasetTable | null): DuckDbTable | null {
  return t === 'contracts' || t === 'monthlyHours' || t === 'exits' || t === 'prescriptions' ? t : null;
}
