import type { DuckDBConnection } from '@duckdb/node-api';
import { UNRATED_EXITS } from '@siae/indicators';
import type { ValidationIssue } from '@siae/model';
import type { CsvDelimiter } from '../../input/csvParser';
import type { RowIssue } from '../../input/convert';
import type { InputEncoding } from '../../input/decode';
import type { RowOrigin } from '../../input/loadDataset';
import { readTableCsv } from '../../input/readCsv';
import type { TableMapping } from '../../mapping/defaultMapping';
import { calculationIssues } from '../report';

/**
 * The exits the exit records left out (no SIAE structure, or no contract before them), described
 * as the JS engine describes them: DuckDB finds them (the kept exits that have no exit record), the
 * exits files are read again by the JS reader to find the line of each (the last row read with its
 * person, structure and date: the row kept), and `calculationIssues` words them as for the JS
 * engine, in the order of the files and lines.
 */
export async function describeDroppedExits(
  c: DuckDBConnection,
  exitFiles: readonly string[],
  mapping: TableMapping,
  reading: { delimiter?: CsvDelimiter; encoding?: InputEncoding | 'auto' },
): Promise<RowIssue[]> {
  const rows = (
    await c.runAndReadAll(`SELECT e.person_id, e.structure_id, CAST(e.date AS VARCHAR) AS date,
  CASE WHEN s.id IS NULL OR s.kind = 'GEIQ' THEN 'unknown_structure' ELSE 'no_contract' END AS code
FROM exits e LEFT JOIN structures s ON s.id = e.structure_id
WHERE NOT EXISTS (SELECT 1 FROM exit_records r WHERE r.record_index = e.line_order)`)
  ).getRowObjectsJson();
  const codeOf = new Map(rows.map((r) => [JSON.stringify([r.person_id, r.structure_id, r.date]), String(r.code) as keyof typeof UNRATED_EXITS]));
  const found = new Map<string, { file: string; line: number; order: number }>();
  for (const [order, file] of exitFiles.entries()) {
    await readTableCsv(file, file, 'exits', mapping, {
      onRow: (row, line) => {
        const r = row as { personId?: unknown; structureId?: unknown; date?: unknown };
        const key = JSON.stringify([r.personId, r.structureId, r.date]);
        if (codeOf.has(key)) found.set(key, { file, line, order });
      },
      onIssue: () => {},
      ...reading,
    });
  }
  const located = [...found.entries()].sort(([, a], [, b]) => a.order - b.order || a.line - b.line);
  // The issues computeReport gives for these exits (indexed in `located`), worded by calculationIssues.
  const issues: ValidationIssue[] = located.map(([key], index) => {
    const code = codeOf.get(key)!;
    const { messageFr, messageEn, field } = UNRATED_EXITS[code];
    const path = field === null ? ['exits', index] : ['exits', index, field];
    return { path, pathText: field === null ? `exits[${index}]` : `exits[${index}].${field}`, code, messageFr, messageEn };
  });
  const origins: RowOrigin[] = located.map(([, at]) => ({ file: at.file, line: at.line }));
  return calculationIssues(issues, { exitOrigin: (index) => origins[index] ?? null }, { exits: mapping });
}
