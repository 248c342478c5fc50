import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { type DatasetTable, datasetTables, safeValidate } from '@siae/model';
import { parse } from 'csv-parse';
import type { TableMapping } from '../mapping/defaultMapping';
import { foldName } from '../mapping/userMapping';
import { convertCell, type RowIssue, setPath } from './convert';

/** Fills one row object from a CSV record; reports cells that cannot be read. */
export function rowFromRecord(
  record: Record<string, string>,
  mapping: TableMapping,
  where: { file: string; line: number; table: string },
): { row: Record<string, unknown>; issues: RowIssue[]; fieldToColumn: Map<string, string> } {
  const row: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  const fieldToColumn = new Map<string, string>();
  for (const [header, raw] of Object.entries(record)) {
    const spec = mapping.columns[foldName(header)];
    if (!spec) continue;
    fieldToColumn.set(spec.field, header);
    const r = convertCell(raw ?? '', spec);
    if ('errorFr' in r) issues.push({ ...where, column: header, messageFr: r.errorFr, messageEn: r.errorEn });
    else if (r.value !== undefined) setPath(row, spec.field, r.value);
  }
  return { row, issues, fieldToColumn };
}

/** Options of {@link readTableCsv}. */
export interface ReadCsvOptions {
  /** Called with each valid row. */
  onRow: (row: unknown) => void;
  /** Called with each problem (the row is left out). */
  onIssue: (issue: RowIssue) => void;
  /** Called every 10,000 lines (progress). */
  onProgress?: (lines: number) => void;
}

/**
 * Streams a CSV file of one table: reads each record, converts its cells with the mapping,
 * validates it with the model's schema and hands over the valid rows; a bad row is reported with
 * its line, column and the problem, and the reading goes on. Memory stays flat: nothing but the
 * current record is held.
 */
export async function readTableCsv(
  input: string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  file: string,
  table: DatasetTable,
  mapping: TableMapping,
  options: ReadCsvOptions,
): Promise<{ rows: number; rejected: number }> {
  // The public type names no Node type (a Node stream is an async iterable), so the package's
  // declarations type-check without @types/node.
  const stream = typeof input === 'string' ? createReadStream(input) : input instanceof Readable ? input : Readable.from(input);
  const parser = stream.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, delimiter: [',', ';', '\t'], info: true, trim: false }));
  const schema = datasetTables[table];
  const headersChecked = { done: false };
  let rows = 0;
  let rejected = 0;
  for await (const item of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    const line = item.info.lines;
    if (!headersChecked.done) {
      headersChecked.done = true;
      const known = Object.keys(item.record).filter((h) => mapping.columns[foldName(h)]);
      if (known.length === 0) {
        options.onIssue({ file, line: 1, column: null, table, messageFr: 'aucune colonne reconnue pour cette table (voir --mapping)', messageEn: 'no known column for this table (see --mapping)' });
      }
    }
    rows++;
    if (options.onProgress && rows % 10_000 === 0) options.onProgress(rows);
    const { row, issues, fieldToColumn } = rowFromRecord(item.record, mapping, { file, line, table });
    if (issues.length > 0) {
      rejected++;
      for (const i of issues) options.onIssue(i);
      continue;
    }
    const r = safeValidate(schema as never, row);
    if (!r.success) {
      rejected++;
      for (const i of r.issues) {
        const field = i.path.map(String).join('.');
        const column = fieldToColumn.get(field) ?? [...fieldToColumn.entries()].find(([f]) => field.startsWith(`${f}.`) || f.startsWith(`${field}.`))?.[1] ?? null;
        options.onIssue({ file, line, column: column ?? (field || null), table, messageFr: i.messageFr, messageEn: i.messageEn });
      }
      continue;
    }
    options.onRow(r.data);
  }
  return { rows, rejected };
}
