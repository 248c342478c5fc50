import type { Dataset } from '@siae/model';
import { datasetTableRows, datasetTablesFor, type Dialect, literal, sqlType } from '../src/index';

/** A dataset as SQL statements: every table of `datasetTablesFor(true)` dropped, created and filled. */
export function datasetSql(dialect: Dialect, d: Dataset): string[] {
  const out: string[] = [];
  for (const [table, cols] of datasetTablesFor(true)) {
    out.push(`DROP TABLE IF EXISTS ${table} CASCADE`);
    out.push(`CREATE TABLE ${table} (${cols.map((c) => `${c.name} ${sqlType(dialect, c.type)}`).join(', ')})`);
    const values = datasetTableRows(d, table, { indicators: true });
    for (let i = 0; i < values.length; i += 500) {
      const batch = values.slice(i, i + 500).map((r) => `(${r.map((v, k) => literal(dialect, cols[k]!.type, v, table)).join(', ')})`);
      out.push(`INSERT INTO ${table} VALUES ${batch.join(', ')}`);
    }
  }
  return out;
}
