/** The delimiters a CSV file may use; the header line decides which one (see {@link detectDelimiter}). */
export const CSV_DELIMITERS = [';', ',', '\t', '|'] as const;

/** A CSV delimiter. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A line the parser could not read: where, and why (a code; never the text). */
export interface CsvSyntaxError {
  /** `csv_unclosed_quote`: a quoted cell never closed; `csv_quote`: text after a closing quote. */
  code: 'csv_unclosed_quote' | 'csv_quote';
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based cell number in the record. */
  cell: number;
}

/**
 * The delimiter of a header line: the candidate (`;`, `,`, tab, `|`) found most often outside
 * quotes; on a tie, the first of that list (`;` before `,`: French exports). A line with none of
 * them (one column) gives `;`.
 */
export function detectDelimiter(header: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const ch = header[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: CsvDelimiter = ';';
  let max = 0;
  for (const d of CSV_DELIMITERS) {
    if (counts.get(d)! > max) {
      max = counts.get(d)!;
      best = d;
    }
  }
  return best;
}

/** A quoted cell may span lines, but not this many characters: past it, the quote is taken as unclosed. */
const MAX_QUOTED_CHARS = 1 << 20;

/**
 * A streaming CSV parser (RFC 4180 quoting, one delimiter per file, `\n`, `\r\n` or `\r` line
 * ends): text is pushed in chunks, each record is handed over as its cells with the line where it
 * starts. A malformed record (a quote never closed, text after a closing quote) is reported with
 * its line and skipped, and the parser goes on at the next line. A quote inside an unquoted cell is
 * kept as a character (as spreadsheets read it). Blank lines and lines of delimiters only are
 * skipped. No per-record object besides the cells.
 */
export class CsvParser {
  /** The delimiter: given, or detected from the header line. */
  delimiter: CsvDelimiter | null;
  /** The line ending seen first (`\n` also stands for `\r\n`). */
  private eol: '\n' | '\r' | null = null;
  private buffer = '';
  /** Lines consumed so far (the next record starts at line `lines + 1`). */
  private lines = 0;
  /** Cells of the first record (the header): a record over several lines must have as many. */
  private width: number | null = null;
  private readonly onRecord: (cells: string[], line: number) => void;
  private readonly onError: (error: CsvSyntaxError) => void;

  constructor(options: { delimiter?: CsvDelimiter; onRecord: (cells: string[], line: number) => void; onError: (error: CsvSyntaxError) => void }) {
    this.delimiter = options.delimiter ?? null;
    this.onRecord = options.onRecord;
    this.onError = options.onError;
  }

  /** Lines read so far. */
  get linesRead(): number {
    return this.lines;
  }

  /** Parses the complete records of a chunk of text; keeps an unfinished one for the next chunk. */
  push(text: string): void {
    this.buffer = this.buffer.length > 0 ? this.buffer + text : text;
    this.drain(false);
  }

  /** Parses what is left (the last line may have no line end). */
  end(): void {
    this.drain(true);
    this.buffer = '';
  }

  private emit(cells: string[], line: number): void {
    if (this.width === null) this.width = cells.length;
    this.onRecord(cells, line);
  }

  private drain(final: boolean): void {
    const buf = this.buffer;
    if (this.eol === null) {
      const n = buf.indexOf('\n');
      const r = buf.indexOf('\r');
      if (r >= 0 && (n < 0 || r < n)) {
        if (r + 1 < buf.length) this.eol = buf[r + 1] === '\n' ? '\n' : '\r';
        else if (final) this.eol = '\r';
        else return; // a `\r` at the chunk's end: wait for the next character
      } else if (n >= 0 || final) this.eol = '\n';
      else return;
    }
    const eol = this.eol;
    let pos = 0;
    const length = buf.length;
    while (pos < length) {
      let end = buf.indexOf(eol, pos);
      if (end < 0) {
        if (!final) break;
        end = length;
      }
      let lineEnd = end;
      if (eol === '\n' && lineEnd > pos && buf.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      const line = buf.slice(pos, lineEnd);
      if (this.delimiter === null) this.delimiter = detectDelimiter(line);
      if (line.indexOf('"') < 0) {
        this.lines++;
        pos = end + 1;
        if (!isBlank(line, this.delimiter)) this.emit(line.split(this.delimiter), this.lines);
        continue;
      }
      const r = this.quoted(buf, pos, final);
      if (r === null) break; // needs more text
      if (!('error' in r) && r.lines > 1 && this.width !== null && (r.cells.length !== this.width || swallowsRecords(r.cells, this.delimiter, this.width))) {
        // A quote opened and closed lines later with the wrong number of cells, or whose inner
        // lines are records of their own: an unclosed quote that swallowed the next lines, not a
        // cell over several lines. Read those lines again.
        this.lines++;
        this.onError({ code: 'csv_unclosed_quote', line: this.lines, cell: 0 });
        pos = end + 1;
        continue;
      }
      if ('error' in r) {
        // Skip the record's first line only: the next line is read as a record of its own.
        this.lines++;
        this.onError({ code: r.error, line: this.lines, cell: r.cell });
        pos = end + 1;
        continue;
      }
      const startLine = this.lines + 1;
      this.lines += r.lines;
      pos = r.next;
      if (!(r.cells.length === 1 && r.cells[0] === '')) this.emit(r.cells, startLine);
    }
    this.buffer = pos >= length ? '' : buf.slice(pos);
  }

  /**
   * Reads one record with quotes from `start`: its cells, the lines it spans and where the next
   * one starts; `null` when the text ends inside it (more may come); an error otherwise.
   */
  private quoted(buf: string, start: number, final: boolean): { cells: string[]; lines: number; next: number } | { error: CsvSyntaxError['code']; cell: number } | null {
    const delimiter = this.delimiter!;
    const eol = this.eol!;
    const cells: string[] = [];
    let lines = 1;
    let i = start;
    const length = buf.length;
    for (;;) {
      // One cell from i.
      if (buf.charCodeAt(i) === 34) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q < 0 || q - start > MAX_QUOTED_CHARS) {
            if (!final && q < 0 && length - start <= MAX_QUOTED_CHARS) return null;
            return { error: 'csv_unclosed_quote', cell: cells.length + 1 };
          }
          if (q + 1 >= length && !final) return null;
          if (buf.charCodeAt(q + 1) === 34) {
            value += buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += buf.slice(from, q);
          i = q + 1;
          break;
        }
        lines += countLines(value, eol);
        if (eol === '\n') value = value.replace(/\r\n/g, '\n');
        cells.push(value);
      } else {
        let j = i;
        while (j < length) {
          const c = buf[j];
          if (c === delimiter || c === eol || (eol === '\n' && c === '\r' && buf[j + 1] === '\n')) break;
          j++;
        }
        if (j >= length && !final) return null;
        cells.push(buf.slice(i, j));
        i = j;
      }
      // After a cell: a delimiter, a line end or the end of the text.
      if (i >= length) {
        if (!final) return null;
        return { cells, lines, next: length };
      }
      const c = buf[i];
      if (c === delimiter) {
        i++;
        continue;
      }
      if (c === '\r' && eol === '\n') {
        if (i + 1 >= length && !final) return null;
        if (buf[i + 1] === '\n') return { cells, lines, next: i + 2 };
      }
      if (c === eol) return { cells, lines, next: i + 1 };
      return { error: 'csv_quote', cell: cells.length };
    }
  }
}

/** Whether a cell over several lines holds a line with as many delimiters as a record: swallowed records. */
function swallowsRecords(cells: string[], delimiter: string, width: number): boolean {
  if (width < 2) return false;
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue;
    const lines = cell.split(/\r\n|\n|\r/);
    for (let k = 1; k < lines.length; k++) if (lines[k]!.split(delimiter).length >= width) return true;
  }
  return false;
}

function countLines(text: string, eol: string): number {
  let n = 0;
  for (let k = text.indexOf(eol); k >= 0; k = text.indexOf(eol, k + 1)) n++;
  return n;
}

function isBlank(line: string, delimiter: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== delimiter && c !== ' ' && c !== '\t') return false;
  }
  return true;
}
