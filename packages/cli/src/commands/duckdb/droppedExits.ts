import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvDelimiter } from '../../input/csvParser';
import type { RowIssue } from '../../input/convert';
import type { InputEncoding } from '../../input/decode';
import { readTableCsv } from '../../input/readCsv';
import type { TableMapping } from '../../mapping/defaultMapping';

/** Why the calculation left an exit out, as `computeReport` says it (its `issues`), and the field it names. */
const WHY: Readonly<Record<string, { fr: string; en: string; field: string | null }>> = {
  unknown_structure: { fr: 'structure inconnue ou non SIAE', en: 'unknown or non-SIAE structure', field: 'structureId' },
  no_contract: { fr: 'aucun contrat avant cette sortie dans la structure', en: 'no contract before this exit in the structure', field: null },
};

/**
 * The exits the exit records left out (no SIAE structure, or no contract before them), described
 * as the JS engine describes them (file, line, column, `… (écartée au calcul)`): DuckDB finds them
 * (the kept exits that have no exit record), then the exits files are read again by the JS reader
 * to find the line of each (the last row read with its person, structure and date: the row kept).
 * In the order of the files and lines, as the JS engine lists them.
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
  const codeOf = new Map(rows.map((r) => [JSON.stringify([r.person_id, r.structure_id, r.date]), String(r.code)]));
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
  // The column the JS engine names: the mapping's first column of the field.
  const columnOf = (field: string) => Object.entries(mapping.columns).find(([, spec]) => spec.field === field)?.[0] ?? field;
  return [...found.entries()]
    .sort(([, a], [, b]) => a.order - b.order || a.line - b.line)
    .map(([key, at]) => {
      const why = WHY[codeOf.get(key)!]!;
      return { file: at.file, line: at.line, column: why.field === null ? null : columnOf(why.field), table: 'exits', code: codeOf.get(key)!, messageFr: `${why.fr} (écartée au calcul)`, messageEn: `${why.en} (left out by the calculation)` };
    });
}
