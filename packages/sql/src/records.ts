import type { ExitRecord } from '@siae/indicators';
import { type Dialect, identifier, literal, relationName, sqlType } from './dialect';
import { EXIT_RECORD_COLUMNS } from './exitRates';

/**
 * `CREATE TABLE` of an exit-records table (columns {@link EXIT_RECORD_COLUMNS}), for data held as
 * `ExitRecord` objects or loaded by other means.
 */
export function createExitRecordsTableSql(dialect: Dialect, table = 'exit_records', schema?: string): string {
  const cols = EXIT_RECORD_COLUMNS.map((c) => `  ${identifier(c.name, 'column')} ${sqlType(dialect, c.type)}`).join(',\n');
  return `CREATE TABLE ${relationName(table, schema, 'table')} (\n${cols}\n)`;
}

/**
 * `INSERT` statements (batches of `batchSize` rows) putting `ExitRecord` objects into an
 * exit-records table, `record_index` being the position in the array. For tests, examples and
 * small cohorts: large data goes through the engine's own loader (`COPY`, `read_csv`).
 */
export function insertExitRecordsSql(dialect: Dialect, records: readonly ExitRecord[], table = 'exit_records', schema?: string, batchSize = 1000): string[] {
  const out: string[] = [];
  const target = relationName(table, schema, 'table');
  for (let start = 0; start < records.length; start += batchSize) {
    const rows: string[] = [];
    for (let i = start; i < Math.min(records.length, start + batchSize); i++) {
      const r = records[i]!;
      const p = `records[${i}]`;
      rows.push(
        `(${[
          literal(dialect, 'bigint', i, p),
          literal(dialect, 'text', r.personId, `${p}.personId`),
          literal(dialect, 'text', r.structureId ?? null, `${p}.structureId`),
          literal(dialect, 'text', r.structureKind, `${p}.structureKind`),
          literal(dialect, 'date', r.hiredOn, `${p}.hiredOn`),
          literal(dialect, 'date', r.exitedOn, `${p}.exitedOn`),
          literal(dialect, 'double', r.hoursWorked, `${p}.hoursWorked`),
          literal(dialect, 'text', r.reason, `${p}.reason`),
          literal(dialect, 'text', r.followUp?.[3] ?? null, `${p}.followUp.3`),
          literal(dialect, 'text', r.followUp?.[6] ?? null, `${p}.followUp.6`),
          literal(dialect, 'text', r.followUp?.[12] ?? null, `${p}.followUp.12`),
        ].join(', ')})`,
      );
    }
    out.push(`INSERT INTO ${target} VALUES\n${rows.join(',\n')}`);
  }
  return out;
}
