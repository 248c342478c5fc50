import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { stringLiteral } from '@siae/sql';
import { type CsvDelimiter, CsvParser } from '../../input/csvParser';
import { type DecodingNote, decodeChunks, type InputEncoding } from '../../input/decode';
import { detectFileEncoding } from '../../input/readCsv';

/** A CSV file ready for DuckDB: UTF-8 (a copy when the file was not), its header cells and delimiter. */
export interface DuckDbCsvFile {
  kind?: 'csv';
  /** The file DuckDB reads: the file itself, or its UTF-8 copy in the engine's private temp folder. */
  path: string;
  headers: string[];
  delimiter: CsvDelimiter;
  /** The encoding the file was read in. */
  encoding: InputEncoding;
}

/** Options of {@link prepareCsv}: the report's `--delimiter` and `--encoding`. */
export interface PrepareCsvOptions {
  delimiter?: CsvDelimiter;
  encoding?: InputEncoding | 'auto';
}

/**
 * Makes a CSV file readable by DuckDB as the JS reader reads it: the encoding found the same way
 * (byte order mark, UTF-8 throughout, else Windows-1252) or forced; a file that is not UTF-8 is
 * decoded by the JS decoder and written in UTF-8 to `tmpDir` (DuckDB reads no Windows-1252: its
 * `latin-1` refuses `€`, `’`, `œ`); the header read by the JS CSV parser (quotes, delimiter found on
 * the header line or forced).
 */
export async function prepareCsv(file: string, index: number, tmpDir: () => Promise<string>, options: PrepareCsvOptions = {}): Promise<DuckDbCsvFile> {
  const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  const found: DecodingNote = forced ? { encoding: forced, bom: false, detected: false } : await detectFileEncoding(file);
  let path = file;
  if (found.encoding !== 'utf-8') {
    path = join(await tmpDir(), `${index}.csv`);
    const out = createWriteStream(path, { mode: 0o600 });
    const note: DecodingNote = { ...found };
    for await (const text of decodeChunks(createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>, found.encoding, note)) {
      if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  const { headers, delimiter } = await headerOf(path, options.delimiter);
  return { path, headers, delimiter, encoding: found.encoding };
}

/** The header cells of a UTF-8 CSV file (its first record, by the JS CSV parser) and its delimiter. */
async function headerOf(path: string, forced: CsvDelimiter | undefined): Promise<{ headers: string[]; delimiter: CsvDelimiter }> {
  const h = await open(path, 'r');
  let text: string;
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    text = new TextDecoder('utf-8').decode(buf.subarray(0, bytesRead), { stream: true }).replace(/^\uFEFF/, '');
  } finally {
    await h.close();
  }
  let headers: string[] | null = null;
  const parser = new CsvParser({
    ...(forced ? { delimiter: forced } : {}),
    onRecord: (cells) => {
      if (headers === null) headers = [...cells];
    },
    onError: () => {},
  });
  // Only the first line matters: the rest of the buffer may end inside a record.
  const firstLines = text.slice(0, Math.max(text.indexOf('\n') + 1, 0) || text.length);
  parser.push(firstLines);
  parser.end();
  return { headers: headers ?? [], delimiter: parser.delimiter ?? forced ?? ';' };
}

/** A Parquet file for DuckDB: its column names (the headers the mapping reads). */
export interface DuckDbParquetFile {
  kind: 'parquet';
  path: string;
  headers: string[];
}

/** A file the DuckDB engine reads. */
export type DuckDbSourceFile = DuckDbCsvFile | DuckDbParquetFile;

/** Whether a file is read as Parquet (by its extension). */
export function isParquet(file: string): boolean {
  return file.toLowerCase().endsWith('.parquet');
}

/** The `read_parquet` call of a file: every column as text (`c0`, `c1`...), read as the CSV cells are. */
export function readParquetSql(f: DuckDbParquetFile): string {
  const cols = f.headers.map((h, i) => `CAST("${h.replace(/"/g, '""')}" AS VARCHAR) AS c${i}`);
  return `(SELECT ${cols.length > 0 ? cols.join(', ') : 'NULL AS c0'} FROM read_parquet(${stringLiteral(f.path, 'file')}))`;
}

/** The relation of a prepared file: {@link readCsvSql} or {@link readParquetSql}. */
export function readSourceSql(f: DuckDbSourceFile): string {
  return f.kind === 'parquet' ? readParquetSql(f) : readCsvSql(f);
}

/**
 * The `read_csv` call of a prepared file: every column as text (`c0`, `c1`...), the header line
 * skipped, strict RFC 4180 reading (a malformed line is an error: the caller leaves the file to
 * the JS engine, which reports the line and reads on).
 */
export function readCsvSql(f: DuckDbCsvFile): string {
  const columns = f.headers.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  return `read_csv(${stringLiteral(f.path, 'file')}, delim = ${stringLiteral(f.delimiter, 'delimiter')}, quote = '"', escape = '"', header = false, skip = 1, auto_detect = false, strict_mode = true, columns = {${columns}})`;
}
