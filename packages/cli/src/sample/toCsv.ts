import { type Dataset, type DatasetTable, DATASET_TABLES } from '@siae/model';
import type { TableMapping } from '../mapping/defaultMapping';
import { csvCell } from '../render/format';

function get(row: Record<string, unknown>, path: string): unknown {
  let v: unknown = row;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null && 'role' in x ? (x as { role: string }).role : String(x))).join('|');
  return String(v);
}

/** Writes each table of a dataset as CSV text with the mapping's headers (`;` separated). */
export function datasetToCsv(dataset: Dataset, mapping: Record<DatasetTable, TableMapping>): Record<DatasetTable, string> {
  const out = {} as Record<DatasetTable, string>;
  for (const table of DATASET_TABLES) {
    const columns = Object.entries(mapping[table].columns);
    const lines = [columns.map(([h]) => h).join(';')];
    for (const row of dataset[table] as Record<string, unknown>[]) lines.push(columns.map(([, spec]) => csvCell(cell(get(row, spec.field)))).join(';'));
    out[table] = `${lines.join('\n')}\n`;
  }
  return out;
}
