import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dataset } from '@siae/model';
import { DATASET_TABLES, type DatasetTableName, datasetTableRows, sqlType } from '@siae/sql';

/**
 * The tables the DuckDB engine takes from the JS reader (small tables, or tables whose checks are
 * the model's own: a SIRET key, HH:MM times...); their rows come from `@siae/sql`'s
 * {@link datasetTableRows}, in the columns of {@link DATASET_TABLES}. (The prescriptions, a big table
 * in real exports, are read by DuckDB in line order: see `loadDuckDbTable`.)
 */
export const JS_READ_TABLES = ['structures', 'people', 'interviews', 'trainings', 'pmsmps', 'barriers', 'skills_attestations'] as const satisfies readonly DatasetTableName[];

/**
 * Creates the {@link JS_READ_TABLES} in DuckDB from a dataset the JS reader loaded (validated,
 * duplicates resolved), with the column types of {@link DATASET_TABLES}: the rows go through
 * DuckDB's appender as text, then are cast (a number's shortest text reads back to the same double).
 */
export async function loadJsTables(c: DuckDBConnection, dataset: Dataset): Promise<void> {
  for (const table of JS_READ_TABLES) {
    const cols = DATASET_TABLES[table];
    await c.run(`CREATE TABLE ${table}_text (${cols.map((col) => `${col.name} VARCHAR`).join(', ')})`);
    const appender = await c.createAppender(`${table}_text`);
    for (const row of datasetTableRows(dataset, table)) {
      for (const v of row) {
        if (v === null) appender.appendNull();
        else appender.appendVarchar(String(v));
      }
      appender.endRow();
    }
    appender.closeSync();
    const typed = cols.map((col) => `CAST(${col.name} AS ${sqlType('duckdb', col.type)}) AS ${col.name}`);
    await c.run(`CREATE TEMP TABLE ${table} AS SELECT ${typed.join(', ')} FROM ${table}_text`);
    await c.run(`DROP TABLE ${table}_text`);
  }
}
