import { type Dataset, type DatasetTable, DATASET_TABLES } from '@siae/model';
import type { ColumnSpec, TableMapping } from '../mapping/defaultMapping';
import { csvCell } from '../render/format';

/** How {@link datasetToCsv} writes: the defaults are the bundled sample's (`;`, `\n`, ISO dates, decimal point). */
export interface CsvWriteOptions {
  /** Cell delimiter. Default `;`. */
  delimiter?: ';' | ',' | '\t' | '|';
  /** Line end. Default `\n`. */
  eol?: '\n' | '\r\n' | '\r';
  /** `fr`: dates `JJ/MM/AAAA`, months `MM/AAAA`, decimal comma (what French Excel saves). Default `iso`. */
  style?: 'iso' | 'fr';
}

function get(row: Record<string, unknown>, path: string): unknown {
  let v: unknown = row;
  for (const k of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function cell(v: unknown, spec: ColumnSpec, fr: boolean): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null && 'role' in x ? (x as { role: string }).role : String(x))).join('|');
  if (fr && spec.type === 'number' && typeof v === 'number') return String(v).replace('.', ',');
  if (fr && spec.type === 'date' && typeof v === 'string') return `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
  if (fr && spec.type === 'month' && typeof v === 'string') return `${v.slice(5, 7)}/${v.slice(0, 4)}`;
  return String(v);
}

/** Writes each table of a dataset as CSV text with the mapping's headers (`;` separated by default). */
export function datasetToCsv(dataset: Dataset, mapping: Record<DatasetTable, TableMapping>, options: CsvWriteOptions = {}): Record<DatasetTable, string> {
  const d = options.delimiter ?? ';';
  const eol = options.eol ?? '\n';
  const fr = options.style === 'fr';
  const out = {} as Record<DatasetTable, string>;
  for (const table of DATASET_TABLES) {
    const columns = Object.entries(mapping[table].columns);
    const lines = [columns.map(([h]) => h).join(d)];
    for (const row of dataset[table] as Record<string, unknown>[]) lines.push(columns.map(([, spec]) => csvCell(cell(get(row, spec.field), spec, fr), d)).join(d));
    out[table] = `${lines.join(eol)}${eol}`;
  }
  return out;
}
