import { access, readFile } from 'node:fs/promises';
import { type Dataset, type DatasetTable, DATASET_TABLES, validateDataset } from '@siae/model';
import type { TableMapping } from '../mapping/defaultMapping';
import { tableForFile } from '../mapping/userMapping';
import type { RowIssue } from './convert';
import { readTableCsv } from './readCsv';

/** A dataset read from files, with every rejected row. */
export interface LoadedDataset {
  dataset: Dataset;
  issues: RowIssue[];
  /** Rows read and rejected per file. */
  files: { file: string; table: string; rows: number; rejected: number }[];
}

function emptyDataset(): Dataset {
  return Object.fromEntries(DATASET_TABLES.map((t) => [t, []])) as unknown as Dataset;
}

/**
 * Reads CSV files (one per table, recognised by file name or `table`) and JSON files (a dataset in
 * the model's shape) into one dataset. Bad rows are reported and left out; reading goes on.
 */
export async function loadDataset(
  files: string[],
  mapping: Record<DatasetTable, TableMapping>,
  options: {
    table?: DatasetTable;
    onProgress?: (file: string, lines: number) => void;
    /** `false` checks the rows without keeping them (`siae validate`: memory stays flat). Default `true`. */
    keepRows?: boolean;
  } = {},
): Promise<LoadedDataset> {
  const dataset = emptyDataset();
  const issues: RowIssue[] = [];
  const summary: LoadedDataset['files'] = [];
  // Fail early, before any reading, when a file is missing (the CLI turns it into a usage error).
  for (const file of files) await access(file);
  for (const file of files) {
    if (file.toLowerCase().endsWith('.json')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        issues.push({ file, line: 0, column: null, table: '-', messageFr: 'fichier JSON illisible', messageEn: 'unreadable JSON file' });
        summary.push({ file, table: 'dataset', rows: 0, rejected: 0 });
        continue;
      }
      const v = validateDataset(parsed);
      // One row at a time: spreading a table of hundreds of thousands of rows into push() overflows the stack.
      for (const t of DATASET_TABLES) {
        const into = dataset[t] as unknown[];
        for (const row of v.dataset[t] as unknown[]) into.push(row);
      }
      for (const i of v.issues) issues.push({ file, line: 0, column: i.pathText, table: '-', messageFr: i.messageFr, messageEn: i.messageEn });
      for (const r of v.rejected) for (const i of r.issues) issues.push({ file, line: 0, column: i.pathText, table: r.table, messageFr: i.messageFr, messageEn: i.messageEn });
      const rows = DATASET_TABLES.reduce((n, t) => n + (v.dataset[t] as unknown[]).length, 0);
      summary.push({ file, table: 'dataset', rows: rows + v.rejected.length, rejected: v.rejected.length });
      continue;
    }
    const table = options.table ?? tableForFile(file, mapping);
    if (!table) {
      issues.push({ file, line: 0, column: null, table: '-', messageFr: 'table inconnue : nommez le fichier comme une table (sorties.csv, contrats.csv...) ou passez --table', messageEn: 'unknown table: name the file after a table or pass --table' });
      summary.push({ file, table: '-', rows: 0, rejected: 0 });
      continue;
    }
    const target = dataset[table] as unknown[];
    const keep = options.keepRows !== false;
    const r = await readTableCsv(file, file, table, mapping[table], {
      onRow: (row) => {
        if (keep) target.push(row);
      },
      onIssue: (i) => issues.push(i),
      onProgress: options.onProgress ? (lines) => options.onProgress!(file, lines) : undefined,
    });
    summary.push({ file, table, ...r });
  }
  return { dataset, issues, files: summary };
}
