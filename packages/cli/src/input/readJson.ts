import { readFile } from 'node:fs/promises';
import { type Dataset, DATASET_TABLES, validateDataset } from '@siae/model';
import type { RowIssue } from './convert';
import { type DecodingNote, decodeBuffer, type InputEncoding } from './decode';
import type { DuplicateTracker } from './duplicates';
import { fileProblem } from './files';
import type { IssueLog } from './issueLog';
import { frenchDatesInJson } from './plausible';

/** The line of a position in a text (1-based). */
function lineAt(text: string, position: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < position; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

/**
 * Reads a JSON file (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) and parses it.
 * Returns the value, or the problem (the line of a syntax error; never the text).
 */
export async function readJsonFile(file: string, encoding?: InputEncoding | 'auto'): Promise<{ value: unknown; note: DecodingNote } | { issue: RowIssue }> {
  const problem = await fileProblem(file);
  if (problem) return { issue: problem };
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return { issue: { file, line: 0, column: null, table: '-', code: 'file_unreadable', messageFr: 'fichier illisible', messageEn: 'unreadable file' } };
  }
  const { text, note } = decodeBuffer(bytes, encoding && encoding !== 'auto' ? encoding : undefined);
  try {
    return { value: JSON.parse(text), note };
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const line = at ? lineAt(text, Number(at[1])) : 0;
    return { issue: { file, line, column: null, table: '-', code: 'json_syntax', messageFr: 'JSON mal formé', messageEn: 'malformed JSON' } };
  }
}


/** Adds a JSON dataset's valid rows (dates read the French way and checked) to the dataset. */
export function loadJsonDataset(parsed: unknown, file: string, f: number, dataset: Dataset, keep: boolean, tracker: DuplicateTracker, log: IssueLog, entry: { rows: number; rejected: number }): void {
  // Dates the French way and plausible: rows with an implausible date are left out after validation.
  const implausible = new Map<string, Set<number>>();
  let input = parsed;
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const copy: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
    for (const t of DATASET_TABLES) {
      const rows = copy[t];
      if (!Array.isArray(rows)) continue;
      let changed: unknown[] | null = null;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i];
        if (row === null || typeof row !== 'object') continue;
        const r = frenchDatesInJson(row, `${t}[${i}]`);
        if (r.issues.length > 0) {
          const set = implausible.get(t) ?? new Set<number>();
          implausible.set(t, set);
          set.add(i);
          for (const x of r.issues) log.add({ file, line: 0, column: x.path, table: t, code: x.code, index: i, messageFr: x.errorFr, messageEn: x.errorEn });
        }
        if (r.value !== row) {
          changed ??= rows.slice();
          changed[i] = r.value;
        }
      }
      if (changed) copy[t] = changed;
    }
    input = copy;
  }
  const v = validateDataset(input);
  for (const i of v.issues) log.add({ file, line: 0, column: i.pathText, table: '-', code: i.code, messageFr: i.messageFr, messageEn: i.messageEn });
  const rejectedBy = new Map<string, Set<number>>();
  for (const r of v.rejected) {
    const set = rejectedBy.get(r.table) ?? new Set<number>();
    rejectedBy.set(r.table, set);
    set.add(r.index);
    for (const i of r.issues) log.add({ file, line: 0, column: i.pathText, table: r.table, code: i.code, index: r.index, messageFr: i.messageFr, messageEn: i.messageEn });
  }
  let rows = 0;
  let rejected = v.rejected.length;
  const record = input as Record<string, unknown> | null;
  for (const t of DATASET_TABLES) {
    const source = record && typeof record === 'object' ? record[t] : undefined;
    const valid = v.dataset[t] as unknown[];
    if (!Array.isArray(source)) continue;
    rows += source.length;
    const bad = rejectedBy.get(t);
    const implausibleRows = implausible.get(t);
    const into = dataset[t] as unknown[];
    // The valid rows come in the source's order, without the rejected ones and the holes.
    let k = 0;
    for (let i = 0; i < source.length; i++) {
      if (!(i in source) || bad?.has(i)) continue;
      const row = valid[k++];
      if (implausibleRows?.has(i)) {
        if (!bad?.has(i)) rejected++;
        continue;
      }
      tracker.add(t, row as Record<string, unknown>, { file: f, at: i });
      // One row at a time: spreading a table of hundreds of thousands of rows into push() overflows the stack.
      if (keep) into.push(row);
    }
  }
  entry.rows = rows;
  entry.rejected = rejected;
}

