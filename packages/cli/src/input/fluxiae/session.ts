import type { RowIssue } from '../convert';
import { createFluxIaeBuilder, type FluxIaeBuilder, type FluxIaeDataset } from './builder';
import { FLUXIAE_TABLES, type FluxIaeTable } from './format';
import { createFluxIaeLineParser, type FluxIaeRecord } from './records';
import { buildFluxIaeReferences } from './references';

/** What was read in one FluxIAE file. */
export interface FluxIaeFileSummary {
  file: string;
  table: FluxIaeTable;
  /** Rows read (after joining the rows cut by a newline). */
  rows: number;
  /** Rows left out when read (wrong number of fields). */
  rejected: number;
  /** Columns dropped because they hold personal data (count only). */
  personalColumns: number;
}

/** FluxIAE files read into the `@siae` dataset. */
export interface LoadedFluxIae extends FluxIaeDataset {
  files: FluxIaeFileSummary[];
}

/** One file being read: push its physical lines, then close it. */
export interface FluxIaeFileReader {
  push: (line: string, lineNumber: number) => void;
  close: () => void;
}

/**
 * A reading of FluxIAE files: open each file in the order of {@link FLUXIAE_TABLES} (the reference
 * tables first, the monthly states last), push its lines, close it; `finish` gives the dataset.
 * No I/O (the CLI streams the files into it; tests give it texts). The state lives in the object.
 * `keepRows: false` checks every row without keeping the dataset's rows (`siae validate`).
 */
export function createFluxIaeSession(options: { keepRows?: boolean } = {}): { open: (table: FluxIaeTable, file: string) => FluxIaeFileReader; finish: () => LoadedFluxIae } {
  const issues: RowIssue[] = [];
  const files: FluxIaeFileSummary[] = [];
  const refs: Partial<Record<FluxIaeTable, { file: string; records: FluxIaeRecord[] }>> = {};
  let builder: FluxIaeBuilder | null = null;
  let last = -1;
  const getBuilder = () => {
    if (!builder) {
      const motifs = refs.fluxIAE_RefMotifSort ?? null;
      const references = buildFluxIaeReferences(motifs, refs.fluxIAE_RefCategorieSort ?? null);
      for (const i of references.issues) issues.push(i);
      builder = createFluxIaeBuilder(references, { motifTableRead: motifs !== null, keepRows: options.keepRows !== false });
    }
    return builder;
  };
  return {
    open(table, file) {
      const order = FLUXIAE_TABLES.indexOf(table);
      if (order < last) throw new RangeError(`FluxIAE tables must be read in the order of FLUXIAE_TABLES (${table} after ${FLUXIAE_TABLES[last]})`);
      last = order;
      const isRef = table === 'fluxIAE_RefMotifSort' || table === 'fluxIAE_RefCategorieSort';
      const collected: FluxIaeRecord[] = [];
      if (isRef) refs[table] = { file, records: collected };
      const target = isRef ? null : getBuilder();
      let personalColumns = 0;
      const parser = createFluxIaeLineParser(table, file, {
        onRecord: (r) => {
          if (target) target.add(table as Parameters<FluxIaeBuilder['add']>[0], file, r);
          else collected.push(r);
        },
        onIssue: (i) => issues.push(i),
        onHeader: (h) => {
          personalColumns = h.personalColumns.length;
        },
      });
      return {
        push: parser.push,
        close() {
          const { rows, rejected } = parser.end();
          files.push({ file, table, rows, rejected, personalColumns });
        },
      };
    },
    finish() {
      const built = getBuilder().finish();
      const notes = [...built.notes];
      const personal = files.reduce((n, f) => n + f.personalColumns, 0);
      if (personal > 0) notes.unshift(`${personal} colonne(s) de données personnelles (NIR, noms, date de naissance, adresse, téléphone, courriel, numéro PASS, données bancaires...) écartée(s) à la lecture, jamais gardée(s).`);
      return { ...built, issues: [...issues, ...built.issues], notes, files };
    },
  };
}

/**
 * Reads FluxIAE texts (the whole content of each file, for small files and tests) into the `@siae`
 * dataset: the same reading as `siae report --input-format fluxiae`, without I/O. Tables absent from
 * `texts` are skipped.
 *
 * @example
 * const { dataset, mapping, issues } = fluxIaeToDataset({ fluxIAE_Structure: { file: 'structure.csv', text } });
 */
export function fluxIaeToDataset(texts: Partial<Record<FluxIaeTable, { file: string; text: string }>>): LoadedFluxIae {
  const session = createFluxIaeSession();
  for (const table of FLUXIAE_TABLES) {
    const t = texts[table];
    if (!t) continue;
    const reader = session.open(table, t.file);
    const lines = t.text.split('\n');
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) reader.push(lines[i]!, i + 1);
    reader.close();
  }
  return session.finish();
}
