import { type Dataset, type DatasetTable, DATASET_TABLES } from '@siae/model';
import type { TableMapping } from '../mapping/defaultMapping';
import { tableForFile } from '../mapping/userMapping';
import type { RowIssue } from './convert';
import type { CsvDelimiter } from './csvParser';
import { type DecodingNote, encodingLabel, type InputEncoding } from './decode';
import { DUPLICATE_KEYS, DuplicateTracker, type RowSource } from './duplicates';
import { DEFAULT_MAX_ISSUES_PER_CODE, IssueLog } from './issueLog';
import { fileProblem } from './files';
import { loadJsonDataset, readJsonFile } from './readJson';
import { delimiterName, own, readTableCsv } from './readCsv';

/** What was read from one file. */
export interface LoadedFile {
  file: string;
  /** The table (CSV), `dataset` (JSON) or `-` (a file that could not be read). */
  table: string;
  /** Rows (CSV lines after the header, JSON records) read. */
  rows: number;
  /** Rows left out: unreadable, invalid, or replaced by a later row of the same key. */
  rejected: number;
  /** `true` when the file could not be read at all (missing, a directory, malformed JSON, unknown table). */
  unread?: boolean;
  /** Rows left out because a later row has the same key (counted in `rejected`). */
  duplicates?: number;
  /** How the file was decoded, in words (`UTF-8 (détecté)`, `Windows-1252 (détecté)`). */
  encoding?: string;
  /** The decoding, as data. */
  decoding?: DecodingNote;
  /** The CSV delimiter used. */
  delimiter?: CsvDelimiter;
  /** CSV header names the mapping does not know (not read). */
  ignoredColumns?: string[];
}

/** Where a row of the loaded dataset came from: the file, and its CSV line or JSON index. */
export interface RowOrigin {
  file: string;
  /** The CSV line (the header is line 1). */
  line?: number;
  /** The index of the record in its JSON table. */
  index?: number;
}

/** A dataset read from files, with every rejected row. */
export interface LoadedDataset {
  dataset: Dataset;
  /** The problems found, up to a bound per code (see `issueCounts` for all of them). */
  issues: RowIssue[];
  /** Rows read and rejected per file. */
  files: LoadedFile[];
  /** Every problem counted per code, including those not kept in `issues`. */
  issueCounts?: Record<string, number>;
  /** The number of problems found (kept or not). */
  issueTotal?: number;
  /** Where the exit at an index of `dataset.exits` came from (to name it in a calculation message). */
  exitOrigin?: (index: number) => RowOrigin | null;
}

/** Options of {@link loadDataset}. */
export interface LoadOptions {
  table?: DatasetTable;
  onProgress?: (file: string, lines: number) => void;
  /** `false` checks the rows without keeping them (`siae validate`: memory stays flat). Default `true`. */
  keepRows?: boolean;
  /** CSV delimiter of every file; by default found on each file's header line. */
  delimiter?: CsvDelimiter;
  /** Encoding of every file; by default (`auto`) detected per file. */
  encoding?: InputEncoding | 'auto';
  /** Problems kept per code (the rest are counted). Default 1000. */
  maxIssuesPerCode?: number;
}

function emptyDataset(): Dataset {
  return Object.fromEntries(DATASET_TABLES.map((t) => [t, []])) as unknown as Dataset;
}

/**
 * Reads CSV files (one per table, recognised by file name or `table`) and JSON files (a dataset in
 * the model's shape) into one dataset. Nothing stops the batch: a missing file, a directory, a
 * malformed line or a bad row is one problem (file, line or field, code, message in French and
 * English, never the value) and the rest is read. Dates are checked for plausibility (see
 * `plausible.ts`). Rows with the same key (hours of one person, structure and month; exit of one
 * person from one structure on one date; the `id` of the other tables) are found: the last one read
 * is kept, each earlier one is reported and left out (never summed).
 */
export async function loadDataset(files: string[], mapping: Record<DatasetTable, TableMapping>, options: LoadOptions = {}): Promise<LoadedDataset> {
  const dataset = emptyDataset();
  const log = new IssueLog(options.maxIssuesPerCode ?? DEFAULT_MAX_ISSUES_PER_CODE);
  const summary: LoadedFile[] = [];
  const keep = options.keepRows !== false;
  const tracker = new DuplicateTracker(keep ? (dataset as unknown as Record<DatasetTable, unknown[]>) : undefined);
  const isJson: boolean[] = [];
  // One table per group of columns (person ids, structure ids, dates...): a small table stays in
  // the processor's cache, and a lookup among ten structure ids does not hash into a million entries.
  const groups = new Map<string, Map<string, string>>();
  const intern = (s: string, group: string) => {
    let strings = groups.get(group);
    if (strings === undefined) {
      strings = new Map();
      groups.set(group, strings);
    }
    const known = strings.get(s);
    if (known !== undefined) return known;
    // The kept copy must not be a view on the chunk of text it was cut from.
    const copy = own(s);
    strings.set(copy, copy);
    return copy;
  };
  for (let f = 0; f < files.length; f++) {
    const file = files[f]!;
    isJson.push(file.toLowerCase().endsWith('.json'));
    if (isJson[f]) {
      const read = await readJsonFile(file, options.encoding);
      if ('issue' in read) {
        log.add(read.issue);
        summary.push({ file, table: '-', rows: 0, rejected: 0, unread: true });
        continue;
      }
      const entry: LoadedFile = { file, table: 'dataset', rows: 0, rejected: 0, encoding: encodingLabel(read.note), decoding: read.note };
      summary.push(entry);
      loadJsonDataset(read.value, file, f, dataset, keep, tracker, log, entry);
      continue;
    }
    const table = options.table ?? tableForFile(file, mapping);
    if (!table) {
      const problem = await fileProblem(file);
      if (problem?.code === 'file_directory') {
        log.add(problem);
        summary.push({ file, table: '-', rows: 0, rejected: 0, unread: true });
        continue;
      }
      log.add({ file, line: 0, column: null, table: '-', code: 'unknown_table', messageFr: 'table inconnue : nommez le fichier comme une table (sorties.csv, contrats.csv...) ou passez --table', messageEn: 'unknown table: name the file after a table or pass --table' });
      summary.push({ file, table: '-', rows: 0, rejected: 0, unread: true });
      continue;
    }
    const problem = await fileProblem(file);
    if (problem) {
      log.add({ ...problem, table });
      summary.push({ file, table, rows: 0, rejected: 0, unread: true });
      continue;
    }
    const target = dataset[table] as unknown[];
    try {
      const r = await readTableCsv(file, file, table, mapping[table], {
        onRow: (row, line) => {
          tracker.add(table, row as Record<string, unknown>, { file: f, at: line });
          if (keep) target.push(row);
        },
        onIssue: (i) => log.add(i),
        ...(options.onProgress ? { onProgress: (lines: number) => options.onProgress!(file, lines) } : {}),
        ...(options.delimiter ? { delimiter: options.delimiter } : {}),
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(keep ? { intern } : {}),
      });
      summary.push({
        file,
        table,
        rows: r.rows,
        rejected: r.rejected,
        ...(r.decoding ? { encoding: encodingLabel(r.decoding), decoding: r.decoding } : {}),
        ...(r.delimiter ? { delimiter: r.delimiter } : {}),
        ...(r.ignoredColumns && r.ignoredColumns.length > 0 ? { ignoredColumns: r.ignoredColumns } : {}),
      });
    } catch {
      // A read error in the middle of a file (a disk, a network share): the rows read so far stay.
      log.add({ file, line: 0, column: null, table, code: 'file_unreadable', messageFr: 'lecture interrompue : fichier illisible', messageEn: 'reading stopped: unreadable file' });
      summary.push({ file, table, rows: 0, rejected: 0 });
    }
  }
  groups.clear();

  // Duplicates: the last row of a key is kept, each earlier one is reported and left out.
  const dropped = new Map<DatasetTable, number[]>();
  const where = (s: RowSource) => (isJson[s.file] ? `l’enregistrement ${s.at}` : `la ligne ${s.at}`);
  const whereEn = (s: RowSource) => (isJson[s.file] ? `record ${s.at}` : `line ${s.at}`);
  for (const d of tracker.duplicates()) {
    const key = DUPLICATE_KEYS[d.table] ?? { fr: 'même identifiant', en: 'same id' };
    const sameFile = d.keptSource.file === d.source.file;
    const keptFr = `${where(d.keptSource)}${sameFile ? '' : ` de ${files[d.keptSource.file]}`}`;
    const keptEn = `${whereEn(d.keptSource)}${sameFile ? '' : ` of ${files[d.keptSource.file]}`}`;
    log.add({
      file: files[d.source.file]!,
      line: isJson[d.source.file] ? 0 : d.source.at,
      column: isJson[d.source.file] ? `${d.table}[${d.source.at}]` : null,
      table: d.table,
      code: 'duplicate',
      ...(isJson[d.source.file] ? { index: d.source.at } : {}),
      messageFr: `doublon (${key.fr} que ${keptFr}) : la dernière ligne lue est gardée, celle-ci est écartée`,
      messageEn: `duplicate (${key.en} as ${keptEn}): the last row read is kept, this one is left out`,
    });
    const entry = summary[d.source.file];
    if (entry) {
      entry.duplicates = (entry.duplicates ?? 0) + 1;
      entry.rejected++;
    }
    const list = dropped.get(d.table) ?? [];
    dropped.set(d.table, list);
    list.push(d.position);
  }
  let exitPositions: Int32Array | null = null;
  if (keep) {
    for (const [table, positions] of dropped) {
      const rows = dataset[table] as unknown[];
      const out = new Int32Array(rows.length - positions.length);
      let w = 0;
      let p = 0;
      for (let i = 0; i < rows.length; i++) {
        if (p < positions.length && positions[p] === i) {
          p++;
          continue;
        }
        rows[w] = rows[i];
        out[w++] = i;
      }
      rows.length = w;
      if (table === 'exits') exitPositions = out;
    }
  }
  const exitOrigin = (index: number): RowOrigin | null => {
    const position = exitPositions ? exitPositions[index] : index;
    if (position === undefined) return null;
    const s = tracker.sourceOf('exits', position);
    if (!s) return null;
    return isJson[s.file] ? { file: files[s.file]!, index: s.at } : { file: files[s.file]!, line: s.at };
  };
  return { dataset, issues: log.kept, files: summary, issueCounts: log.countsByCode(), issueTotal: log.count, exitOrigin };
}

/** The CSV delimiter of a file in words, for the validation report. */
export function describeDelimiter(d: CsvDelimiter | undefined): string {
  return `« ${delimiterName(d ?? null)} »`;
}
