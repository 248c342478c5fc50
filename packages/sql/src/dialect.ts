import { isIsoDate } from '@siae/model';

/** The SQL dialects this package writes. */
export type Dialect = 'duckdb' | 'postgres';

/** The dialects, for option parsers. */
export const DIALECTS: readonly Dialect[] = ['duckdb', 'postgres'];

/** A column type, written per dialect by {@link sqlType}. */
export type ColumnType = 'text' | 'date' | 'double' | 'integer' | 'bigint' | 'boolean';

/** An error of SQL generation: a bad option (the message names it, never echoes the value). */
export class SiaeSqlError extends Error {
  /** The option at fault (`period.from`, `schema`...). */
  readonly path: string;
  constructor(path: string, fr: string, en: string) {
    super(`${path} : ${fr} / ${path}: ${en}`);
    this.name = 'SiaeSqlError';
    this.path = path;
  }
}

/** The SQL type of a column type in a dialect. */
export function sqlType(dialect: Dialect, type: ColumnType): string {
  switch (type) {
    case 'text':
      return dialect === 'duckdb' ? 'VARCHAR' : 'TEXT';
    case 'date':
      return 'DATE';
    case 'double':
      return dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION';
    case 'integer':
      return 'INTEGER';
    case 'bigint':
      return 'BIGINT';
    case 'boolean':
      return 'BOOLEAN';
  }
}

/** A string literal (quotes doubled; NUL refused, as neither engine stores it). */
export function stringLiteral(value: string, path: string): string {
  if (value.includes('\u0000')) throw new SiaeSqlError(path, 'contient un caractère nul', 'contains a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** A typed literal of a value (null written as a typed NULL, so a VALUES column always has its type). */
export function literal(dialect: Dialect, type: ColumnType, value: string | number | boolean | null, path: string): string {
  const t = sqlType(dialect, type);
  if (value === null) return `CAST(NULL AS ${t})`;
  switch (type) {
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw new SiaeSqlError(path, 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
      return `DATE '${value}'`;
    case 'text':
      if (typeof value !== 'string') throw new SiaeSqlError(path, 'doit être un texte', 'must be a string');
      return `CAST(${stringLiteral(value, path)} AS ${t})`;
    case 'boolean':
      if (typeof value !== 'boolean') throw new SiaeSqlError(path, 'doit être un booléen', 'must be a boolean');
      return value ? 'TRUE' : 'FALSE';
    default:
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new SiaeSqlError(path, 'doit être un nombre fini', 'must be a finite number');
      if (type !== 'double' && !Number.isInteger(value)) throw new SiaeSqlError(path, 'doit être un entier', 'must be an integer');
      return `CAST(${String(value)} AS ${t})`;
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** A quoted identifier; only plain names (letters, digits, `_`) are accepted. */
export function identifier(name: string, path: string): string {
  if (!IDENTIFIER.test(name)) throw new SiaeSqlError(path, 'doit être un nom simple (lettres, chiffres, _)', 'must be a plain name (letters, digits, _)');
  return `"${name}"`;
}

/** A relation name, optionally qualified by a schema (`schema.name`), quoted. */
export function relationName(name: string, schema: string | undefined, path: string): string {
  return schema === undefined ? identifier(name, path) : `${identifier(schema, 'schema')}.${identifier(name, path)}`;
}

/** `date + months` as a date, clamped to the month's last day like date-fns `addMonths` (both engines clamp). */
export function addMonthsSql(dialect: Dialect, date: string, months: string): string {
  return dialect === 'duckdb' ? `CAST(${date} + to_months(${months}) AS DATE)` : `CAST(${date} + make_interval(months => ${months}) AS DATE)`;
}

/** Calendar days from `earlier` to `later` (date-fns `differenceInCalendarDays`). */
export function daysBetweenSql(dialect: Dialect, earlier: string, later: string): string {
  return dialect === 'duckdb' ? `date_diff('day', ${earlier}, ${later})` : `(${later} - ${earlier})`;
}

/** `column` compared byte by byte (JavaScript's order on ASCII codes): PostgreSQL needs the "C" collation. */
export function binaryOrder(dialect: Dialect, column: string): string {
  return dialect === 'postgres' ? `${column} COLLATE "C"` : column;
}

/** The month `YYYY-MM` of a date, as text. */
export function monthOfSql(dialect: Dialect, date: string): string {
  return dialect === 'duckdb' ? `strftime(${date}, '%Y-%m')` : `to_char(${date}, 'YYYY-MM')`;
}

/** A column of a generated table: its name and type. */
export interface ValuesColumn {
  name: string;
  type: ColumnType;
}

/**
 * A common table expression holding rows written as a `VALUES` list, every cell typed (an empty
 * list gives a typed table with no row).
 */
export function valuesCte(dialect: Dialect, name: string, columns: readonly ValuesColumn[], rows: readonly (readonly (string | number | boolean | null)[])[], path: string): string {
  const names = columns.map((c) => c.name).join(', ');
  if (rows.length === 0) {
    const cells = columns.map((c) => `${literal(dialect, c.type, null, path)} AS ${c.name}`).join(', ');
    return `${name} AS (SELECT ${cells} WHERE 1 = 0)`;
  }
  const lines = rows.map((row, i) => `    (${columns.map((c, k) => literal(dialect, c.type, row[k] ?? null, `${path}[${i}].${c.name}`)).join(', ')})`);
  return `${name} AS (SELECT * FROM (VALUES\n${lines.join(',\n')}\n  ) AS v(${names}))`;
}
