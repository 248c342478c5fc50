import type { RowIssue } from '../convert';
import { FLUXIAE_COLUMNS, FLUXIAE_REQUIRED_COLUMNS, type FluxIaeTable, isPersonalColumn } from './format';

/** One row of a FluxIAE file: its (first physical) line and the values of the columns `siae` reads. */
export interface FluxIaeRecord {
  line: number;
  /** Only the read columns ({@link FLUXIAE_COLUMNS}); personal columns never get here. */
  values: Readonly<Record<string, string>>;
}

/** What the header of a FluxIAE file told. */
export interface FluxIaeHeaderInfo {
  /** Columns of the file. */
  columns: number;
  /** Columns dropped because their name holds a personal keyword (names only, never values). */
  personalColumns: string[];
}

/** Receives the records and problems of a FluxIAE file as they are read. */
export interface FluxIaeSink {
  onRecord: (record: FluxIaeRecord) => void;
  onIssue: (issue: RowIssue) => void;
  onHeader?: (info: FluxIaeHeaderInfo) => void;
}

/** A line-by-line reader of one FluxIAE file: feed it the physical lines, then call `end`. */
export interface FluxIaeLineParser {
  /** One physical line (without its line break), with its 1-based number in the file. */
  push: (line: string, lineNumber: number) => void;
  /** The end of the file: flushes the last row and reports a missing `FIN` line. */
  end: () => { rows: number; rejected: number };
}

/**
 * Creates the reader of one FluxIAE file (pipe-separated, no quoting): an optional `DEB…` first
 * line, a header line, the rows, a `FIN…` last line. A line that starts with `|` is the rest of the
 * previous row, cut by a newline inside a field: it is joined back, as the public pipeline does
 * (it removes every newline followed by `|`). A row with too few fields is one issue (file, line,
 * never a value) and the next row is read. Only the columns of {@link FLUXIAE_COLUMNS} are kept,
 * never a column whose name holds a personal keyword. No I/O; the state lives in the returned object.
 */
export function createFluxIaeLineParser(table: FluxIaeTable, file: string, sink: FluxIaeSink): FluxIaeLineParser {
  let phase: 'start' | 'header' | 'rows' | 'ended' | 'refused' = 'start';
  let kept: { index: number; name: string }[] = [];
  let width = 0;
  let pending: string | null = null;
  let pendingLine = 0;
  let rows = 0;
  let rejected = 0;
  const issue = (line: number, column: string | null, messageFr: string, messageEn: string) => sink.onIssue({ file, line, column, table, messageFr, messageEn });

  const header = (text: string, lineNumber: number) => {
    const names = text.split('|').map((n) => n.trim());
    while (names.length > 1 && names[names.length - 1] === '') names.pop();
    width = names.length;
    const wanted = new Set(FLUXIAE_COLUMNS[table]);
    const personal: string[] = [];
    kept = [];
    names.forEach((name, index) => {
      if (isPersonalColumn(name)) personal.push(name);
      else if (wanted.has(name) && !kept.some((k) => k.name === name)) kept.push({ index, name });
    });
    sink.onHeader?.({ columns: width, personalColumns: personal });
    const missing = FLUXIAE_REQUIRED_COLUMNS[table].filter((c) => !kept.some((k) => k.name === c));
    if (missing.length > 0) {
      for (const c of missing) issue(lineNumber, c, 'colonne obligatoire absente de l’en-tête : fichier écarté', 'required column missing from the header: file left out');
      phase = 'refused';
      return;
    }
    phase = 'rows';
  };

  const flush = () => {
    if (pending === null) return;
    const text = pending;
    const line = pendingLine;
    pending = null;
    const fields = text.split('|');
    // A trailing separator (or trailing empty fields) beyond the header is tolerated.
    let n = fields.length;
    while (n > width && fields[n - 1]!.trim() === '') n--;
    rows++;
    if (n !== width) {
      rejected++;
      issue(line, null, `nombre de champs inattendu (${n} au lieu de ${width}) : ligne écartée`, `unexpected number of fields (${n} instead of ${width}): line left out`);
      return;
    }
    const values: Record<string, string> = {};
    for (const k of kept) values[k.name] = fields[k.index]!.trim();
    sink.onRecord({ line, values });
  };

  return {
    push(raw, lineNumber) {
      if (phase === 'ended' || phase === 'refused') return;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (phase === 'start') {
        const text = line.replace(/^\uFEFF/, '');
        if (text.trim() === '') return;
        if (text.startsWith('DEB')) phase = 'header';
        else header(text, lineNumber);
        return;
      }
      if (phase === 'header') {
        if (line.trim() === '') return;
        header(line.replace(/^\uFEFF/, ''), lineNumber);
        return;
      }
      if (line.startsWith('|') && pending !== null) {
        pending += line;
        return;
      }
      if (line.startsWith('FIN')) {
        flush();
        phase = 'ended';
        return;
      }
      flush();
      if (line.trim() === '') return;
      pending = line;
      pendingLine = lineNumber;
    },
    end() {
      flush();
      if (phase === 'start' || phase === 'header') issue(0, null, 'fichier vide ou sans ligne d’en-tête', 'empty file or no header line');
      else if (phase === 'rows') issue(0, null, 'pas de ligne FIN… à la fin du fichier : il est peut-être tronqué', 'no FIN… line at the end of the file: it may be truncated');
      return { rows, rejected };
    },
  };
}

/** Reads the whole text of one FluxIAE file (small files, tests): the records and the problems. */
export function parseFluxIaeText(text: string, table: FluxIaeTable, file: string): { records: FluxIaeRecord[]; issues: RowIssue[]; header: FluxIaeHeaderInfo | null } {
  const records: FluxIaeRecord[] = [];
  const issues: RowIssue[] = [];
  let header: FluxIaeHeaderInfo | null = null;
  const parser = createFluxIaeLineParser(table, file, { onRecord: (r) => records.push(r), onIssue: (i) => issues.push(i), onHeader: (h) => {
      header = h;
    },
  });
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) parser.push(lines[i]!, i + 1);
  parser.end();
  return { records, issues, header };
}
