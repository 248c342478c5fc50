import type { DuckDBConnection } from '@duckdb/node-api';
import type { DuckDbSourceFile } from './csvSource';
import { convertedTableSql, type FileColumns, keptRowsSql, mayHaveDuplicatesSql, rawFileSql, readableRowsSql } from './readTables';
import type { DuckDbTable } from './tableRules';

/** A file of a table the DuckDB engine reads: prepared (UTF-8, header read) and its mapped columns. */
export interface TableFile {
  file: string;
  prepared: DuckDbSourceFile;
  columns: FileColumns;
}

/** What reading a table found: its rows (blank lines aside), the readable ones, the duplicates left out. */
export interface TableCounts {
  rows: number;
  readable: number;
  duplicates: number;
  /** The files (indexes in the list given) with a row left out as unreadable or invalid. */
  filesWithRejected: number[];
}

/**
 * Reads the files of a table into DuckDB as `name` (a view or a table of the kept rows, with a
 * unique `line_order`), as the JS reader reads them. Fast path: each file is converted as DuckDB
 * reads it, in no particular order, which is all a table without a repeated key needs. When a key
 * may repeat, or when the order is data (`ordered`: the prescriptions, whose table order
 * `prescription-to-hire-ratio` reads), the files are read keeping the line order (each file into a
 * table of its own, whose `rowid` is the line order: a conversion in the same statement was seen to
 * reorder blocks of a large file), and the last row read of each key is kept; `line_order` is then
 * the file and line. `read` runs a statement that reads a file (the caller turns DuckDB's errors,
 * which may quote the file, into its own).
 */
export async function loadDuckDbTable(
  c: DuckDBConnection,
  table: DuckDbTable,
  name: string,
  files: readonly TableFile[],
  read: <T>(file: string, run: () => Promise<T>) => Promise<T>,
  options: { ordered?: boolean } = {},
): Promise<TableCounts> {
  await c.run(`CREATE TEMP TABLE ${name}_raw AS ${rawFileSql(table)}`);
  await c.run(`CREATE TEMP TABLE ${name}_read AS ${convertedTableSql(table, `${name}_raw`, -1)}`);
  await c.run(`DROP TABLE ${name}_raw`);
  const readOrdered = async () => {
    for (const [k, f] of files.entries()) {
      await read(f.file, () => c.run(`CREATE TEMP TABLE ${name}_raw AS ${rawFileSql(table, { file: f.prepared, columns: f.columns })}`));
      await c.run(`INSERT INTO ${name}_read ${convertedTableSql(table, `${name}_raw`, k)}`);
      await c.run(`DROP TABLE ${name}_raw`);
    }
  };
  if (options.ordered) await readOrdered();
  else {
    for (const [k, f] of files.entries()) {
      await read(f.file, () => c.run(`INSERT INTO ${name}_read ${convertedTableSql(table, `(${rawFileSql(table, { file: f.prepared, columns: f.columns })})`, k, false)}`));
    }
  }
  const [n] = (
    await c.runAndReadAll(`SELECT count(*) AS n, count(*) FILTER (WHERE ok) AS ok, ${mayHaveDuplicatesSql(table)} AS may, list(DISTINCT file_no ORDER BY file_no) FILTER (WHERE NOT ok) AS bad_files FROM ${name}_read`)
  ).getRowObjectsJson();
  const badFiles = Array.isArray(n?.bad_files) ? n.bad_files.map(Number) : [];
  const counts: TableCounts = { rows: Number(n?.n ?? 0), readable: Number(n?.ok ?? 0), duplicates: 0, filesWithRejected: badFiles };
  if (n?.may !== true) {
    await c.run(`CREATE TEMP VIEW ${name} AS ${readableRowsSql(`${name}_read`, options.ordered === true)}`);
    return counts;
  }
  if (!options.ordered) {
    // A key may repeat: read again, in line order.
    await c.run(`DELETE FROM ${name}_read`);
    await readOrdered();
  }
  await c.run(`CREATE TEMP TABLE ${name} AS ${keptRowsSql(table, `${name}_read`)}`);
  await c.run(`DROP TABLE ${name}_read`);
  const [kept] = (await c.runAndReadAll(`SELECT count(*) AS n FROM ${name}`)).getRowObjectsJson();
  counts.duplicates = counts.readable - Number(kept?.n ?? 0);
  return counts;
}
