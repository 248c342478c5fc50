import { DuckDBInstance } from '@duckdb/node-api';
import type { ExitRecord } from '@siae/indicators';
import pg from 'pg';
import { type Dialect, literal } from '../src/dialect';
import { createExitRecordsTableSql, insertExitRecordsSql } from '../src/records';

/**
 * After the columns of EXIT_RECORD_COLUMNS, the `departement` column the breakdowns by département
 * read (as the exit records of exitRecordsFromDatasetSql have it), `collation` given (PostgreSQL: a
 * linguistic one when the server has ICU, to check that the breakdowns order their keys byte by byte).
 */
function departementSql(dialect: Dialect, records: readonly ExitRecord[], collation: string | null): string[] {
  const out = [`ALTER TABLE exit_records ADD COLUMN departement ${dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'}${collation ? ` COLLATE "${collation}"` : ''}`];
  const byValue = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.departement === undefined) return;
    const list = byValue.get(r.departement);
    if (list) list.push(i);
    else byValue.set(r.departement, [i]);
  });
  for (const [value, indexes] of byValue) out.push(`UPDATE exit_records SET departement = ${literal(dialect, 'text', value, 'departement')} WHERE record_index IN (${indexes.join(', ')})`);
  return out;
}

/** A database the equality tests run the generated SQL on. */
export interface TestEngine {
  dialect: Dialect;
  /** Replaces the exit-records table with these records. */
  load(records: readonly ExitRecord[]): Promise<void>;
  /** Rows of a query, every value as a JS string, number or null (dates `YYYY-MM-DD`). */
  query(sql: string): Promise<Record<string, string | number | null>[]>;
  close(): Promise<void>;
}

/** An in-memory DuckDB. */
export async function openDuckDb(): Promise<TestEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  return {
    dialect: 'duckdb',
    async load(records) {
      await c.run('DROP TABLE IF EXISTS exit_records');
      await c.run(createExitRecordsTableSql('duckdb'));
      for (const s of insertExitRecordsSql('duckdb', records)) await c.run(s);
      for (const s of departementSql('duckdb', records, null)) await c.run(s);
    },
    async query(sql) {
      return (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, string | number | null>[];
    },
    async close() {
      c.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * A PostgreSQL connection from `SIAE_PG_URL` (or the libpq `PG*` variables), in a schema of its
 * own dropped at the end; null when no server answers.
 */
export async function openPostgres(): Promise<TestEngine | null> {
  const url = process.env.SIAE_PG_URL;
  if (!url && !process.env.PGHOST) return null;
  const client = new pg.Client({
    ...(url ? { connectionString: url } : {}),
    connectionTimeoutMillis: 5000,
    // Dates as they are stored ('YYYY-MM-DD'), never through a local-time Date.
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, format)) },
  });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const schema = `siae_test_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  // A linguistic collation ('B' after 'a'), when the server has ICU: the breakdowns must still order byte by byte.
  const icu = await client.query("SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'en-US-x-icu') ORDER BY collname DESC LIMIT 1");
  const collation: string | null = icu.rows[0]?.collname ?? null;
  return {
    dialect: 'postgres',
    async load(records) {
      await client.query('DROP TABLE IF EXISTS exit_records');
      await client.query(createExitRecordsTableSql('postgres'));
      for (const s of insertExitRecordsSql('postgres', records)) await client.query(s);
      for (const s of departementSql('postgres', records, collation)) await client.query(s);
    },
    async query(sql) {
      return (await client.query(sql)).rows;
    },
    async close() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
