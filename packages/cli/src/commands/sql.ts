import { writeFile } from 'node:fs/promises';
import { createDatasetTablesSql, createSchemaSql, createViewsSql, type Dialect } from '@siae/sql';
import type { CliIo } from '../io';

/** Options of `siae sql`. */
export interface SqlCommandOptions {
  dialect: Dialect;
  schema?: string;
  from?: string;
  to?: string;
  /** Also print `CREATE TABLE IF NOT EXISTS` for the dataset tables. */
  tables?: boolean;
  /** Also the tables and views of the other indicators of the catalogue (`@siae/sql`'s dataset indicators). */
  indicators?: boolean;
  output?: string;
}

/**
 * `siae sql --dialect postgres|duckdb [--schema S]`: prints the `CREATE VIEW` statements of the
 * exit rates (rate and members views) over the dataset tables, for `psql -f`, DuckDB or a dbt
 * project; with `--indicators`, a view per other indicator of the catalogue written in SQL. With `--from`/`--to` the views keep only the exits of that period. Returns 0.
 */
export async function sqlCommand(opts: SqlCommandOptions, io: CliIo): Promise<number> {
  const parts: string[] = [];
  if (opts.schema !== undefined) parts.push(createSchemaSql(opts.schema));
  const indicators = opts.indicators === true ? { indicators: true } : {};
  if (opts.tables) parts.push(createDatasetTablesSql(opts.dialect, opts.schema, indicators));
  const period = opts.from !== undefined || opts.to !== undefined ? { from: opts.from ?? '0001-01-01', to: opts.to ?? '9999-12-31' } : null;
  parts.push(createViewsSql({ dialect: opts.dialect, ...(opts.schema !== undefined ? { schema: opts.schema } : {}), period, ...indicators }));
  const out = `${parts.join('\n\n')}`;
  if (opts.output) await writeFile(opts.output, out);
  else io.stdout(out);
  return 0;
}
