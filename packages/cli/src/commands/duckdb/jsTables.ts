import type { DuckDBConnection } from '@duckdb/node-api';
import type { Dataset } from '@siae/model';
import { DATASET_TABLES, type DatasetTableName } from '@siae/sql';

/** A cell of a table loaded from the JS reader's rows. */
type Cell = string | number | boolean | null | undefined;

/**
 * The tables the DuckDB engine takes from the JS reader (small tables, or tables whose checks are
 * the model's own: a SIRET key, HH:MM times...), with each row in the columns of `@siae/sql`'s
 * {@link DATASET_TABLES}.
 */
export const JS_READ_TABLES = {
  structures: (d: Dataset) => d.structures.map((s): Cell[] => [s.id, s.kind, s.departement]),
  people: (d: Dataset) => d.people.map((p): Cell[] => [p.id, p.qpv, p.plieParticipant, p.minimaSociaux]),
  interviews: (d: Dataset) => d.interviews.map((i): Cell[] => [i.personId, i.structureId, i.kind, i.date, i.startTime, i.endTime, i.reportWritten]),
  trainings: (d: Dataset) => d.trainings.map((t): Cell[] => [t.personId, t.startDate, t.hours, t.preparation]),
  pmsmps: (d: Dataset) => d.pmsmps.map((p): Cell[] => [p.personId, p.startDate, p.endDate]),
  barriers: (d: Dataset) => d.barriers.map((b): Cell[] => [b.personId, b.identifiedOn, b.liftedOn]),
  skills_attestations: (d: Dataset) => d.skillsAttestations.map((a): Cell[] => [a.personId, a.date, a.kind]),
} as const satisfies Partial<Record<DatasetTableName, (d: Dataset) => Cell[][]>>;

/**
 * Creates the {@link JS_READ_TABLES} in DuckDB from a dataset the JS reader loaded (validated,
 * duplicates resolved), with the column types of {@link DATASET_TABLES}: the rows go through
 * DuckDB's appender as text, then are cast (a number's shortest text reads back to the same double).
 */
export async function loadJsTables(c: DuckDBConnection, dataset: Dataset): Promise<void> {
  for (const [table, rowsOf] of Object.entries(JS_READ_TABLES) as [keyof typeof JS_READ_TABLES, (d: Dataset) => Cell[][]][]) {
    const cols = DATASET_TABLES[table];
    await c.run(`CREATE TABLE ${table}_text (${cols.map((col) => `${col.name} VARCHAR`).join(', ')})`);
    const appender = await c.createAppender(`${table}_text`);
    for (const row of rowsOf(dataset)) {
      for (const v of row) {
        if (v === null || v === undefined) appender.appendNull();
        else appender.appendVarchar(String(v));
      }
      appender.endRow();
    }
    appender.closeSync();
    const typed = cols.map((col) => `CAST(${col.name} AS ${col.type === 'text' ? 'VARCHAR' : col.type === 'double' ? 'DOUBLE' : col.type.toUpperCase()}) AS ${col.name}`);
    await c.run(`CREATE TEMP TABLE ${table} AS SELECT ${typed.join(', ')} FROM ${table}_text`);
    await c.run(`DROP TABLE ${table}_text`);
  }
}
