import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { FLUXIAE_TABLES, type FluxIaeTable } from './format';
import { createFluxIaeSession, type FluxIaeFileReader, type LoadedFluxIae } from './session';

/** A FluxIAE input that cannot be read at all (missing path, two files for one table, a required table missing). */
export class FluxIaeInputError extends Error {}

/**
 * The FluxIAE table a file name is, or null: `fluxIAE_<Table>.csv`, or with the export's date
 * suffix (`fluxIAE_EtatMensuelIndiv_29032021_090124.csv`), possibly gzipped (`.csv.gz`).
 */
export function fluxIaeTableOfFile(path: string): FluxIaeTable | null {
  const m = /^(fluxIAE_[A-Za-z]+)(?:_[^.]*)?\.csv(?:\.gz)?$/i.exec(basename(path));
  if (!m) return null;
  return FLUXIAE_TABLES.find((t) => t.toLowerCase() === m[1]!.toLowerCase()) ?? null;
}

/** The files of each table among paths (directories are listed, one level). */
export async function findFluxIaeFiles(paths: readonly string[]): Promise<{ byTable: Partial<Record<FluxIaeTable, string>>; others: number }> {
  const candidates: string[] = [];
  for (const p of paths) {
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch {
      throw new FluxIaeInputError(`chemin introuvable : ${p} / path not found: ${p}`);
    }
    if (s.isDirectory()) for (const name of (await readdir(p)).sort()) candidates.push(join(p, name));
    else candidates.push(p);
  }
  const byTable: Partial<Record<FluxIaeTable, string>> = {};
  let others = 0;
  for (const file of candidates) {
    const table = fluxIaeTableOfFile(file);
    if (!table) {
      if (/^fluxIAE_/i.test(basename(file))) others++;
      continue;
    }
    if (byTable[table]) throw new FluxIaeInputError(`plusieurs fichiers pour ${table} : ${byTable[table]} et ${file} / several files for ${table}`);
    byTable[table] = file;
  }
  return { byTable, others };
}

/**
 * Streams one file into a reader, line by line (memory: one chunk and one line). Each line is read
 * as UTF-8, or as Windows-1252 when it is not valid UTF-8; returns the encoding used.
 */
export async function streamLines(input: Readable, reader: FluxIaeFileReader, onProgress?: (lines: number) => void): Promise<'utf-8' | 'windows-1252'> {
  const latin = new TextDecoder('windows-1252');
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  let rest: Buffer = Buffer.alloc(0);
  let n = 0;
  const emit = (bytes: Buffer) => {
    n++;
    if (onProgress && n % 100_000 === 0) onProgress(n);
    if (isUtf8(bytes)) reader.push(bytes.toString('utf8'), n);
    else {
      encoding = 'windows-1252';
      reader.push(latin.decode(bytes), n);
    }
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let i = buf.indexOf(10, start); i !== -1; i = buf.indexOf(10, start)) {
      emit(buf.subarray(start, i));
      start = i + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  if (rest.length > 0) emit(rest);
  return encoding;
}

/** Options of {@link loadFluxIae}. */
export interface LoadFluxIaeOptions {
  /** Tables without which the reading is refused (a {@link FluxIaeInputError}). */
  require?: readonly FluxIaeTable[];
  /** `false` checks the rows without keeping them (`siae validate`). Default `true`. */
  keepRows?: boolean;
  /** Called every 100,000 lines. */
  onProgress?: (file: string, lines: number) => void;
}

/** The tables `siae report` needs. */
export const FLUXIAE_REPORT_TABLES: readonly FluxIaeTable[] = ['fluxIAE_Structure', 'fluxIAE_ContratMission', 'fluxIAE_EtatMensuelIndiv'];

/**
 * Reads FluxIAE files (directories or files) into the `@siae` dataset, streaming each file line by
 * line in the order of {@link FLUXIAE_TABLES}. Personal columns are dropped as each line is read.
 *
 * @throws {FluxIaeInputError} when a path is missing, a table has two files or a required table is absent.
 */
export async function loadFluxIae(paths: readonly string[], options: LoadFluxIaeOptions = {}): Promise<LoadedFluxIae & { encodings: Record<string, string>; otherFiles: number }> {
  const { byTable, others } = await findFluxIaeFiles(paths);
  const missing = (options.require ?? []).filter((t) => !byTable[t]);
  if (missing.length > 0) throw new FluxIaeInputError(`fichier(s) FluxIAE absent(s) : ${missing.join(', ')} / missing FluxIAE file(s)`);
  const session = createFluxIaeSession({ keepRows: options.keepRows !== false });
  const encodings: Record<string, string> = {};
  for (const table of FLUXIAE_TABLES) {
    const file = byTable[table];
    if (!file) continue;
    const reader = session.open(table, file);
    const raw = createReadStream(file);
    const input = /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
    try {
      encodings[file] = await streamLines(input, reader, options.onProgress ? (n) => options.onProgress!(file, n) : undefined);
    } catch {
      raw.destroy();
      throw new FluxIaeInputError(`fichier illisible (compression ou droits) : ${file} / unreadable file`);
    }
    reader.close();
  }
  const loaded = session.finish();
  const latin = Object.entries(encodings).filter(([, e]) => e !== 'utf-8');
  if (latin.length > 0) loaded.notes.push(`${latin.length} fichier(s) lu(s) en Windows-1252 (lignes qui ne sont pas de l’UTF-8).`);
  if (others > 0) loaded.notes.push(`${others} autre(s) fichier(s) FluxIAE non lu(s) (tables non utilisées par les indicateurs).`);
  return { ...loaded, encodings, otherFiles: others };
}
