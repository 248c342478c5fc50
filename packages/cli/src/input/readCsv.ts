import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { canonicalRowChecks, type DatasetTable, datasetTables, safeValidate } from '@siae/model';
import type { ColumnSpec, TableMapping } from '../mapping/defaultMapping';
import { foldName } from '../mapping/userMapping';
import { convertCell, type RowIssue, setPath } from './convert';
import { type CsvDelimiter, CsvParser, type CsvSyntaxError } from './csvParser';
import { bomOf, type DecodingNote, decodeChunks, type InputEncoding, isUtf8File } from './decode';

/** The column spec of a header, if the mapping knows it (own keys only: `constructor` is no column). */
export function columnSpecOf(mapping: TableMapping, header: string): ColumnSpec | null {
  const key = foldName(header);
  return Object.hasOwn(mapping.columns, key) ? mapping.columns[key]! : null;
}

/** Any iterable of chunks as an async iterable (a Node stream already is one). */
async function* toAsyncIterable(input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  yield* input;
}

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
    const spec = columnSpecOf(mapping, header);
    if (!spec) continue;
    fieldToColumn.set(spec.field, header);
    const r = convertCell(raw ?? '', spec);
    if ('errorFr' in r) issues.push({ ...where, column: header, messageFr: r.errorFr, messageEn: r.errorEn, code: r.code ?? 'invalid_value' });
    else if (r.value !== undefined) setPath(row, spec.field, r.value);
  }
  return { row, issues, fieldToColumn };
}

/** Options of {@link readTableCsv}. */
export interface ReadCsvOptions {
  /** Called with each valid row. */
  onRow: (row: unknown, line: number) => void;
  /** Called with each problem (the row is left out). */
  onIssue: (issue: RowIssue) => void;
  /** Called every 10,000 lines (progress). */
  onProgress?: (lines: number) => void;
  /** The delimiter; by default found on the header line (`;`, `,`, tab or `|`). */
  delimiter?: CsvDelimiter;
  /** The encoding; by default (`auto`) detected: byte order mark, UTF-8, else Windows-1252. */
  encoding?: InputEncoding | 'auto';
  /**
   * Shares repeated values (person and structure ids, months, dates) between rows: one string per
   * distinct value instead of one per cell. Pass the same function to every file of a load. The
   * second argument names the column's group (its field, or `date`, `month`, `list`, `role`): a
   * function may keep one table per group, so that looking up a structure id or a date does not
   * search among a million person ids (the values are the same either way).
   */
  intern?: (value: string, group: string) => string;
}

/** What {@link readTableCsv} read: rows, rejected rows, and how the file was read. */
export interface ReadCsvResult {
  rows: number;
  rejected: number;
  /** The encoding used. */
  decoding?: DecodingNote;
  /** The delimiter used. */
  delimiter?: CsvDelimiter;
  /** Header names the mapping does not know (their cells are not read). */
  ignoredColumns?: string[];
}

/** The encoding of a file: a byte order mark, else UTF-8 when the whole file is valid UTF-8, else Windows-1252. */
export async function detectFileEncoding(path: string): Promise<DecodingNote> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    head = head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const bom = bomOf(head);
  if (bom) return { encoding: bom.encoding, bom: true, detected: true };
  return { encoding: (await isUtf8File(path)) ? 'utf-8' : 'windows-1252', bom: false, detected: true };
}

/** Fields whose values repeat across rows (with every short text but the ids): shared through `intern`. */
const INTERNED = new Set(['personId', 'structureId', 'month', 'kind', 'reason', 'type', 'authorKind', 'prescriberKind']);

/** The intern group of a column: dates and months share one table each, other columns have their field's. */
function internGroup(spec: ColumnSpec): string {
  return spec.type === 'date' || spec.type === 'month' ? spec.type : spec.field;
}

/**
 * A copy of a long string that does not keep the chunk of text it was cut from alive (V8 keeps a
 * cut of 13 characters or more as a view on the whole chunk).
 */
export function own(s: string): string {
  return s.length >= 13 ? (` ${s}`).slice(1) : s;
}

const CSV_MESSAGES: Record<CsvSyntaxError['code'], { fr: string; en: string }> = {
  csv_unclosed_quote: { fr: 'guillemet ouvert jamais fermé : ligne ignorée, la lecture reprend à la ligne suivante', en: 'quote opened and never closed: line skipped, reading goes on at the next line' },
  csv_quote: { fr: 'texte après un guillemet fermant : ligne ignorée', en: 'text after a closing quote: line skipped' },
};

/**
 * Streams a CSV file of one table: decodes it (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252: detected, or forced), finds its delimiter on the header line, reads each record,
 * converts its cells with the mapping, validates it with the model's schema and hands over the
 * valid rows. A bad row, or a line that is not CSV, is reported with its line, column and the
 * problem (never the value), and the reading goes on at the next line. Memory stays flat: nothing
 * but the current chunk of text is held.
 */
export async function readTableCsv(
  input: string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  file: string, table: DatasetTable, mapping: TableMapping, options: ReadCsvOptions): Promise<ReadCsvResult> {
  const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  const note: DecodingNote = forced ? { encoding: forced, bom: false, detected: false } : { encoding: 'utf-8', bom: false, detected: true };
  let mode: InputEncoding | 'auto' = forced ?? 'auto';
  if (typeof input === 'string' && !forced) {
    const found = await detectFileEncoding(input);
    Object.assign(note, found);
    mode = found.encoding;
  }
  // The public type names no Node type (a Node stream is an async iterable), so the package's
  // declarations type-check without @types/node.
  const source = typeof input === 'string' ? createReadStream(input, { highWaterMark: 1 << 20 }) : toAsyncIterable(input);
  const schema = datasetTables[table];
  const isCanonical = canonicalRowChecks[table] as (row: unknown) => boolean;
  const intern = options.intern ?? ((s: string) => s);
  let rows = 0;
  let rejected = 0;
  let width = 0;
  const columns: { index: number; header: string; spec: ColumnSpec; simple: boolean; interned: boolean; group: string }[] = [];
  const fieldToColumn = new Map<string, string>();
  const ignoredColumns: string[] = [];
  let headerDone = false;

  const issue = (line: number, column: string | null, messageFr: string, messageEn: string, code: string) => options.onIssue({ file, line, column, table, messageFr, messageEn, code });

  const onHeader = (cells: string[]) => {
    width = cells.length;
    const seen = new Set<string>();
    cells.forEach((raw, index) => {
      const header = raw.trim();
      if (header === '') return;
      const spec = columnSpecOf(mapping, header);
      if (!spec) {
        ignoredColumns.push(header);
        return;
      }
      if (seen.has(spec.field)) {
        issue(1, header, 'colonne en double : seule la première est lue', 'duplicate column: only the first one is read', 'csv_duplicate_column');
        return;
      }
      seen.add(spec.field);
      fieldToColumn.set(spec.field, header);
      columns.push({ index, header, spec, simple: !spec.field.includes('.'), interned: spec.field !== 'id' && (INTERNED.has(spec.field) || spec.type === 'string' || spec.type === 'date' || spec.type === 'month'), group: internGroup(spec) });
    });
    if (columns.length === 0) issue(1, null, 'aucune colonne reconnue pour cette table (voir --mapping, --delimiter, --encoding)', 'no known column for this table (see --mapping, --delimiter, --encoding)', 'no_known_column');
  };

  const onRecord = (cells: string[], line: number) => {
    if (!headerDone) {
      headerDone = true;
      onHeader(cells);
      return;
    }
    rows++;
    if (options.onProgress && rows % 10_000 === 0) options.onProgress(rows);
    if (cells.length > width) {
      for (let k = width; k < cells.length; k++) {
        if (cells[k]!.trim() !== '') {
          rejected++;
          issue(line, null, `ligne de ${cells.length} cellules, l'en-tête en a ${width} (séparateur « ${delimiterName(parser.delimiter)} ») : ligne ignorée`, `line of ${cells.length} cells, the header has ${width} (delimiter ${delimiterName(parser.delimiter)}): line skipped`, 'csv_columns');
          return;
        }
      }
    }
    const row: Record<string, unknown> = {};
    let bad = false;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c]!;
      const raw = cells[col.index] ?? '';
      const r = convertCell(raw, col.spec);
      if ('errorFr' in r) {
        bad = true;
        issue(line, col.header, r.errorFr, r.errorEn, r.code ?? 'invalid_value');
        continue;
      }
      let value = r.value;
      if (value === undefined) continue;
      if (typeof value === 'string') value = col.interned && value.length <= 32 ? intern(value, col.group) : own(value);
      else if (Array.isArray(value) && value.length > 0) {
        // Lists (criteria, participants): short codes, shared too.
        value = value.map((x: unknown) => (typeof x === 'string' ? intern(own(x), 'list') : x && typeof x === 'object' && 'role' in x ? { role: intern(own(String((x as { role: unknown }).role)), 'role') } : x));
      }
      if (col.simple) row[col.spec.field] = value;
      else setPath(row, col.spec.field, value);
    }
    if (bad) {
      rejected++;
      return;
    }
    if (isCanonical(row)) {
      options.onRow(row, line);
      return;
    }
    const r = safeValidate(schema as never, row);
    if (!r.success) {
      rejected++;
      for (const i of r.issues) {
        const field = i.path.map(String).join('.');
        const column = fieldToColumn.get(field) ?? [...fieldToColumn.entries()].find(([f]) => field.startsWith(`${f}.`) || f.startsWith(`${field}.`))?.[1] ?? null;
        issue(line, column ?? (field || null), i.messageFr, i.messageEn, i.code);
      }
      return;
    }
    options.onRow(r.data, line);
  };

  const parser = new CsvParser({
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    onRecord,
    onError: (e) => {
      if (headerDone) {
        rows++;
        rejected++;
      }
      issue(e.line, e.cell > 0 ? `cellule ${e.cell}` : null, CSV_MESSAGES[e.code].fr, CSV_MESSAGES[e.code].en, e.code);
    },
  });
  let switched = false;
  for await (const text of decodeChunks(source as AsyncIterable<Uint8Array>, mode, note)) {
    if (note.switchedAtByte !== undefined && !switched) {
      switched = true;
      issue(
        parser.linesRead + 1,
        null,
        'le fichier n’est pas entièrement en UTF-8 : la suite, à partir d’environ cette ligne, est lue en Windows-1252 (relancez avec --encoding pour choisir)',
        'the file is not UTF-8 throughout: the rest, from about this line, is read as Windows-1252 (run again with --encoding to choose)',
        'encoding_switch',
      );
    }
    parser.push(text);
  }
  parser.end();
  if (!headerDone) issue(0, null, 'fichier vide : aucun en-tête', 'empty file: no header', 'empty_file');
  return { rows, rejected, decoding: note, ...(parser.delimiter ? { delimiter: parser.delimiter } : {}), ignoredColumns };
}

/** A delimiter in words (`;`, `,`, `tabulation`, `|`). */
export function delimiterName(d: string | null): string {
  return d === '\t' ? 'tabulation' : (d ?? ';');
}
