import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExitCategoryMapping } from '@siae/indicators';
import { canonicalRowChecks, type DatasetTable, datasetTables, type SiaeKind, safeValidate } from '@siae/model';
import { stringLiteral } from '@siae/sql';
import { departementOfCommune, FLUXIAE_COLUMNS, FLUXIAE_DISPOSITIFS, FLUXIAE_REQUIRED_COLUMNS, type FluxIaeTable, fluxIaeNumber, isPersonalColumn, PLAUSIBLE_DATES } from '../../input/fluxiae/format';
import { FLUXIAE_REPORT_TABLES, FluxIaeInputError, findFluxIaeFiles, streamLines } from '../../input/fluxiae/load';
import { createFluxIaeLineParser, type FluxIaeRecord } from '../../input/fluxiae/records';
import { buildFluxIaeReferences } from '../../input/fluxiae/references';
import { fluxIaeMappingSentence } from '../fluxiae';

export { fluxIaeMappingSentence };

// The DuckDB reading of the ASP's FluxIAE export for `siae report --engine duckdb --input-format
// fluxiae`, written to give what the JS reader gives (input/fluxiae: the line parser, then
// `createFluxIaeBuilder`). The small tables (the two reference tables and the structures) are read
// by the JS line parser; the contracts (`fluxIAE_ContratMission`) and the monthly states
// (`fluxIAE_EtatMensuelIndiv`, hours and exits) by DuckDB's `read_csv`, only their columns of
// FLUXIAE_COLUMNS kept (a personal column is never stored); `fluxIAE_Salarie` is parsed for its
// problems only (the JS reader only counts its rows). The builder's rules (the dispositif, the
// latest version of a contract's month, the hours summed per person, structure and month, the exits
// keyed on the contract's person, structure, kind and date, the model's checks) are SQL over those
// tables. DuckDB's parallel reader does not keep the line order in the table it fills: the order is
// used only where it cannot change a figure, else the reading is done again by one reader thread.

/** The model's contract kind of each SIAE kind (as the JS builder: FluxIAE has no contract kind of ours). */
const CONTRACT_KIND: Record<SiaeKind, string> = { ACI: 'CDDI', EI: 'CDDI', AI: 'CDDU', ETTI: 'MISSION_INTERIM', EITI: 'EITI_COMMERCIAL' };

/** What the FluxIAE reading left out, counted as the JS reader reports it (each one is an issue of its reading). */
export interface FluxIaeLeftOut {
  /** Rows left out: unreadable line, missing or invalid field, unknown contract or motif, a row the model refuses (one per problem). */
  rejected: number;
  /** A contract read again on a later line, the same exit declared with another reason. */
  duplicates: number;
  /** Problems of a file or of the reference tables: no `FIN` line, a required column missing, an unknown ASP label... */
  other: number;
}

/** What {@link readFluxIaeIntoDuckDb} read. */
export interface FluxIaeDuckDbRead {
  /** The ASP's category mapping when `fluxIAE_RefCategorieSort` was read, else null (the default mapping). */
  mapping: ExitCategoryMapping | null;
  /** What was left out, counted as the JS reader's issues. */
  left: FluxIaeLeftOut;
}

/** A problem of the line parser: a line of the wrong width is a row left out; the others (line 0: no FIN line, a required column missing) are the file's. */
function countIssue(counts: { rejected: number; other: number }, i: { line: number; column: string | null }): void {
  if (i.line > 0 && i.column === null) counts.rejected++;
  else counts.other++;
}

/**
 * Thrown by a reading that did not keep the file's line order when the order could change a
 * figure (two different rows for one contract, one month of a contract at one version, one exit
 * with two reasons; a FIN line that is not the last line): the reading is done again in order.
 */
class OrderNeeded extends Error {}

/** Whether the last non-blank line of a file starts with `FIN` (read from its end), or null for a gzipped file. */
async function lastLineIsFin(file: string): Promise<boolean | null> {
  if (/\.gz$/i.test(file)) return null;
  const h = await open(file, 'r');
  try {
    const size = (await h.stat()).size;
    const length = Math.min(size, 1 << 16);
    const buf = Buffer.alloc(length);
    await h.read(buf, 0, length, size - length);
    const lines = buf.toString('latin1').split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
      if (line.trim() !== '') return i > 0 || length === size ? line.startsWith('FIN') : null;
    }
    return null;
  } finally {
    await h.close();
  }
}

/** One physical line at a time of a file (gunzipped when `.gz`), decoded as the JS reader decodes it. */
function openInput(file: string): Readable {
  const raw = createReadStream(file);
  return /\.gz$/i.test(file) ? raw.pipe(createGunzip()) : raw;
}

/** Reads a small FluxIAE file with the JS line parser: its records and the number of its issues. */
async function readSmall(table: FluxIaeTable, file: string): Promise<{ records: FluxIaeRecord[]; issues: { rejected: number; other: number } }> {
  const records: FluxIaeRecord[] = [];
  const issues = { rejected: 0, other: 0 };
  const parser = createFluxIaeLineParser(table, file, { onRecord: (r) => records.push(r), onIssue: (i) => countIssue(issues, i) });
  await readWith(file, (line, n) => parser.push(line, n));
  parser.end();
  return { records, issues };
}

async function readWith(file: string, push: (line: string, n: number) => void): Promise<void> {
  try {
    await streamLines(openInput(file), { push, close: () => {} });
  } catch {
    throw new FluxIaeInputError(`fichier illisible (compression ou droits) : ${file} / unreadable file`);
  }
}

/**
 * The header of a big FluxIAE file as the JS line parser reads it, or null when the file has none,
 * misses a required column, or has a line that is not UTF-8 (the JS reader decodes such a line as
 * Windows-1252; DuckDB would refuse it, or worse: it was seen to fail fatally on one): the whole
 * file is scanned (a native check, no decoding).
 */
async function headerOf(table: FluxIaeTable, file: string): Promise<{ lines: number; width: number; kept: Map<string, number> } | null> {
  const input = openInput(file);
  const latin = new TextDecoder('windows-1252');
  let found: { lines: number; width: number; kept: Map<string, number> } | null = null;
  // As the parser: blank lines skipped; the first other line is `DEB…` (then the header follows) or the header.
  let phase: 'start' | 'header' | 'scan' = 'start';
  let n = 0;
  let rest = Buffer.alloc(0);
  const headerLine = (line: string): boolean => {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    line = line.replace(/^\uFEFF/, '');
    if (line.trim() === '') return false;
    if (phase === 'start' && line.startsWith('DEB')) {
      phase = 'header';
      return false;
    }
    const names = line.split('|').map((s) => s.trim());
    while (names.length > 1 && names[names.length - 1] === '') names.pop();
    const wanted = new Set(FLUXIAE_COLUMNS[table]);
    const kept = new Map<string, number>();
    names.forEach((name, index) => {
      if (!isPersonalColumn(name) && wanted.has(name) && !kept.has(name)) kept.set(name, index);
    });
    found = FLUXIAE_REQUIRED_COLUMNS[table].every((c) => kept.has(c)) ? { lines: n, width: names.length, kept } : null;
    return true;
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      if (phase !== 'scan') {
        let start = 0;
        for (let i = buf.indexOf(10, start); i !== -1 && phase !== 'scan'; i = buf.indexOf(10, start)) {
          n++;
          const bytes = buf.subarray(start, i);
          start = i + 1;
          if (headerLine(isUtf8(bytes) ? bytes.toString('utf8') : latin.decode(bytes))) phase = 'scan';
        }
        if (phase === 'scan' && found === null) return null;
        buf = buf.subarray(start);
        if (phase !== 'scan') {
          rest = Buffer.from(buf);
          if (rest.length > 1 << 22) return null;
          continue;
        }
      }
      // The rest of the file: UTF-8 throughout (checked up to the last line break of each chunk).
      const end = buf.lastIndexOf(10) + 1;
      if (!isUtf8(buf.subarray(0, end))) return null;
      rest = Buffer.from(buf.subarray(end));
    }
    if (phase !== 'scan') return null;
    if (!isUtf8(rest)) return null;
  } catch {
    return null;
  } finally {
    input.destroy();
  }
  return found;
}

/** A FluxIAE date (`dd/mm/yyyy`, possibly with a time, or `yyyy-mm-dd`) as a DATE in the plausible window, else NULL (as `fluxIaeDate`). */
function fluxDateSql(v: string): string {
  const iso = `CASE WHEN regexp_full_match(${v}, '[0-9]{2}/[0-9]{2}/[0-9]{4}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?') THEN substr(${v}, 7, 4) || '-' || substr(${v}, 4, 2) || '-' || substr(${v}, 1, 2)
    WHEN regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN ${v} END`;
  const d = `TRY_CAST(${iso} AS DATE)`;
  return `CASE WHEN ${d} BETWEEN DATE '${PLAUSIBLE_DATES.from}' AND DATE '${PLAUSIBLE_DATES.to}' THEN ${d} END`;
}

/** A FluxIAE number (`12`, `12.5`, `12,5`, `-3`) as a DOUBLE, else NULL (as `fluxIaeNumber`: the first comma only becomes a point). */
function fluxNumberSql(v: string): string {
  // `-?\d+(\.\d+)?` after the first comma became a point: one separator, a comma or a point.
  return `CASE WHEN regexp_full_match(${v}, '-?[0-9]+([.,][0-9]+)?') THEN CAST(replace(${v}, ',', '.') AS DOUBLE) END`;
}

/** The code points `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
const JS_WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/**
 * A kept cell (never NULL: the rows read have every cell) trimmed as the JS reader trims it; the
 * trim only runs on a cell that starts or ends with a white space (its first and last code points
 * compared: three times faster than `contains` over the set).
 */
function cell(raw: string): string {
  const ws = `(${JS_WHITESPACE.join(', ')})`;
  const set = stringLiteral(String.fromCodePoint(...JS_WHITESPACE), 'whitespace');
  return `CASE WHEN unicode(${raw}) IN ${ws} OR unicode(right(${raw}, 1)) IN ${ws} THEN trim(${raw}, ${set}) ELSE ${raw} END`;
}

/** A text that is surely an id of the model (1 to 200 characters: the bytes bound the UTF-16 length); others are checked by the model in JS. */
function surelyId(v: string): string {
  return `(${v} <> '' AND strlen(${v}) <= 200)`;
}

/**
 * Reads one big FluxIAE table into `<name>` (`rn`: the reading order, then one text column per
 * column of FLUXIAE_COLUMNS, `''` when the file lacks it). First DuckDB's `read_csv` on the file
 * itself (pipe-separated, no quoting, the `DEB` and header lines skipped, the rows up to the `FIN`
 * line), when every row has the header's width and none starts with `|`; otherwise (a row cut by
 * a newline, a row of another width, a line that is not UTF-8...) the JS line parser reads the
 * file and writes its records (the kept columns only: no personal column reaches the disk) into a
 * private temporary copy (0600) that DuckDB reads. Returns the issues of the reading.
 */
async function readBig(c: DuckDBConnection, table: FluxIaeTable, file: string, name: string, tmpDir: () => Promise<string>, ordered: boolean): Promise<{ rejected: number; other: number }> {
  const columns = FLUXIAE_COLUMNS[table];
  const header = await headerOf(table, file);
  if (header !== null && header.width > 1) {
    // Unordered (the first try): DuckDB's parallel reader, whose rows were seen to land in a
    // table out of the file's order (the FIN line's block among the others): the order is then
    // only trusted where it cannot change a figure (see OrderNeeded). Ordered: one reader thread.
    const finLast = ordered ? null : await lastLineIsFin(file);
    const serial = ordered || finLast === null;
    const types = Array.from({ length: header.width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
    const read = `read_csv(${stringLiteral(file, 'file')}, delim = '|', quote = '', escape = '', header = false, skip = ${header.lines}, auto_detect = false, strict_mode = true, null_padding = true, parallel = ${!serial}, nullstr = '\u0001\u0001', columns = {${types}})`;
    const kept = columns.map((col) => (header.kept.has(col) ? `${cell(`c${header.kept.get(col)}`)} AS ${col}` : `'' AS ${col}`));
    try {
      await c.run(`CREATE TEMP TABLE ${name}_lines AS SELECT ${kept.join(', ')}, c0 = '' AS bar, c${header.width - 1} IS NULL AS short, starts_with(c0, 'FIN') AS fin FROM ${read}`);
      let fin: number | null = null;
      let regular = false;
      if (serial) {
        const [r] = (await c.runAndReadAll(`SELECT (SELECT min(rowid) FROM ${name}_lines WHERE fin) AS fin_rn, (SELECT count(*) FROM ${name}_lines WHERE (bar OR short) AND rowid < coalesce((SELECT min(rowid) FROM ${name}_lines WHERE fin), 9223372036854775807)) AS irregular`)).getRowObjectsJson();
        fin = r?.fin_rn === null || r?.fin_rn === undefined ? null : Number(r.fin_rn);
        regular = Number(r?.irregular ?? 1) === 0;
        // The rows up to the FIN line, in the reading order (`rowid` of a table read by one thread).
        if (regular) await c.run(`CREATE TEMP VIEW ${name} AS SELECT rowid AS rn, ${columns.join(', ')} FROM ${name}_lines${fin === null ? '' : ` WHERE rowid < ${fin}`}`);
      } else {
        // Without the order: the FIN line is the file's last line (read from its end) and the only
        // one, or there is none; every other row is regular.
        const [r] = (await c.runAndReadAll(`SELECT count(*) FILTER (WHERE fin) AS fins, count(*) FILTER (WHERE (bar OR short) AND NOT fin) AS irregular FROM ${name}_lines`)).getRowObjectsJson();
        const fins = Number(r?.fins ?? -1);
        if ((fins === 1 && finLast === true) || (fins === 0 && finLast === false)) {
          fin = fins === 1 ? 0 : null;
          regular = Number(r?.irregular ?? 1) === 0;
        } else throw new OrderNeeded();
        if (regular) await c.run(`CREATE TEMP VIEW ${name} AS SELECT rowid AS rn, ${columns.join(', ')} FROM ${name}_lines WHERE NOT fin`);
      }
      // No FIN line: the JS reader says the file may be truncated.
      if (regular) return { rejected: 0, other: fin === null ? 1 : 0 };
    } catch (e) {
      if (e instanceof OrderNeeded) throw e;
      // Read by the JS parser below.
    }
    await c.run(`DROP TABLE IF EXISTS ${name}_lines`);
  }
  // The JS line parser, into a private copy of the kept columns.
  const copy = join(await tmpDir(), `${name}.csv`);
  const out = createWriteStream(copy, { mode: 0o600 });
  const issues = { rejected: 0, other: 0 };
  let buffered: string[] = [];
  const flush = () => {
    if (buffered.length > 0) out.write(buffered.join(''));
    buffered = [];
  };
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const parser = createFluxIaeLineParser(table, file, {
    onRecord: (r) => {
      buffered.push(`${r.line},${columns.map((col) => q(r.values[col] ?? '')).join(',')}\n`);
      if (buffered.length >= 10_000) flush();
    },
    // A line of the wrong width is a row left out; line 0 is a problem of the file (no FIN line...).
    onIssue: (i) => {
      countIssue(issues, i);
    },
  });
  out.write(`rn,${columns.join(',')}\n`);
  try {
    await streamLines(openInput(file), { push: parser.push, close: () => {} });
  } catch {
    out.destroy();
    throw new FluxIaeInputError(`fichier illisible (compression ou droits) : ${file} / unreadable file`);
  }
  parser.end();
  flush();
  out.end();
  await once(out, 'finish');
  const types = ['rn', ...columns].map((col) => `'${col}': '${col === 'rn' ? 'BIGINT' : 'VARCHAR'}'`).join(', ');
  await c.run(
    `CREATE TEMP TABLE ${name}_lines AS SELECT rn, ${columns.map((col) => `coalesce(${col}, '') AS ${col}`).join(', ')} FROM read_csv(${stringLiteral(copy, 'file')}, delim = ',', quote = '"', escape = '"', header = true, auto_detect = false, strict_mode = true, columns = {${types}}) ORDER BY rn`,
  );
  await c.run(`CREATE TEMP VIEW ${name} AS SELECT * FROM ${name}_lines`);
  return issues;
}

/**
 * The rows that the SQL did not surely accept, checked by the model's schema in JS (as the JS
 * builder checks every row): the number of problems, and the rows it accepts after all.
 */
async function checkedByModel(c: DuckDBConnection, table: DatasetTable, sql: string, row: (r: Record<string, unknown>) => Record<string, unknown>): Promise<{ issues: number; accepted: Record<string, unknown>[] }> {
  let issues = 0;
  const accepted: Record<string, unknown>[] = [];
  for (const r of (await c.runAndReadAll(sql)).getRowObjectsJson()) {
    const candidate = row(r as Record<string, unknown>);
    if (canonicalRowChecks[table](candidate)) {
      accepted.push(candidate);
      continue;
    }
    const v = safeValidate(datasetTables[table] as never, candidate);
    if (v.success) accepted.push(v.data as Record<string, unknown>);
    else issues += v.issues.length;
  }
  return { issues, accepted };
}

/** A column written into a dataset table: its SQL over the source (default: its name), the model field it is checked as, its type when not text. */
interface CheckedColumn {
  name: string;
  sql?: string;
  field: string;
  type?: 'DATE' | 'DOUBLE';
}

/**
 * Writes the rows of `from` into a dataset table: those that pass `ok` (plain SQL checks that surely
 * accept) in SQL, the others through the model in JS ({@link checkedByModel}), inserted when it
 * accepts them. Returns the number of problems the model found.
 */
async function insertChecked(c: DuckDBConnection, table: string, model: DatasetTable, from: string, ok: string, columns: readonly CheckedColumn[]): Promise<number> {
  const sqlOf = (col: CheckedColumn) => col.sql ?? col.name;
  await c.run(`INSERT INTO ${table} BY NAME SELECT ${columns.map((col) => `${sqlOf(col)} AS ${col.name}`).join(', ')} FROM ${from} WHERE ${ok}`);
  const asText = columns.map((col) => `${col.type === 'DATE' ? `CAST(${sqlOf(col)} AS VARCHAR)` : sqlOf(col)} AS ${col.name}`);
  const checked = await checkedByModel(c, model, `SELECT ${asText.join(', ')} FROM ${from} WHERE NOT (${ok})`, (r) => {
    const row: Record<string, unknown> = {};
    for (const col of columns) {
      const v = r[col.name];
      if (v !== null && v !== undefined) row[col.field] = col.type === 'DOUBLE' ? Number(v) : v;
    }
    return row;
  });
  const cells = checked.accepted.map((r) => columns.map((col) => (r[col.field] === null || r[col.field] === undefined ? null : String(r[col.field]))));
  await insertValues(c, table, columns.map((col) => col.name), cells, Object.fromEntries(columns.flatMap((col) => (col.type ? [[col.name, col.type]] : []))));
  return checked.issues;
}

/** `INSERT ... VALUES` of text cells into a table (a few rows: the structures, rows the model accepted after the SQL check). */
async function insertValues(c: DuckDBConnection, table: string, columns: readonly string[], rows: readonly (string | null)[][], casts: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((r) => `(${r.map((v) => (v === null ? 'NULL' : stringLiteral(v, 'value'))).join(', ')})`);
    const select = columns.map((col, k) => `${casts[col] ? `CAST(col${k} AS ${casts[col]})` : `col${k}`} AS ${col}`).join(', ');
    await c.run(`INSERT INTO ${table} BY NAME SELECT ${select} FROM (VALUES ${values.join(', ')}) AS v(${columns.map((_, k) => `col${k}`).join(', ')})`);
  }
}

/**
 * Reads FluxIAE files (directories or files, as `siae report --input-format fluxiae`) into the
 * DuckDB engine's tables `structures`, `contracts`, `monthly_hours` and `exits` (created empty
 * before, with the dataset's columns), giving the rows the JS reader gives, and returns the ASP's
 * category mapping and what was left out (counted as the JS reader's issues).
 *
 * @throws {FluxIaeInputError} when a path is missing, a table has two files or a required table is absent.
 */
export async function readFluxIaeIntoDuckDb(c: DuckDBConnection, paths: readonly string[], tmpDir: () => Promise<string>): Promise<FluxIaeDuckDbRead> {
  const { byTable } = await findFluxIaeFiles(paths);
  const missing = FLUXIAE_REPORT_TABLES.filter((t) => !byTable[t]);
  if (missing.length > 0) throw new FluxIaeInputError(`fichier(s) FluxIAE absent(s) : ${missing.join(', ')} / missing FluxIAE file(s)`);
  // The engine's dataset tables (views over no file) become empty tables of the same columns.
  for (const t of DATASET_TARGETS) {
    const [kind] = (await c.runAndReadAll(`SELECT table_type FROM information_schema.tables WHERE table_name = '${t}'`)).getRowObjectsJson();
    await c.run(`CREATE TEMP TABLE flux_target AS SELECT * FROM ${t} LIMIT 0`);
    await c.run(`DROP ${kind?.table_type === 'VIEW' ? 'VIEW' : 'TABLE'} ${t}`);
    await c.run(`ALTER TABLE flux_target RENAME TO ${t}`);
  }
  let read: FluxIaeDuckDbRead | null = null;
  try {
    read = await readOnce(c, byTable, tmpDir, false);
  } catch (e) {
    if (!(e instanceof OrderNeeded)) throw e;
  }
  if (read === null) {
  // Again, in the file's order: the reading's tables dropped, the dataset's tables emptied.
  const leftovers = (await c.runAndReadAll(`SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'flux\\_%' ESCAPE '\\'`)).getRowObjectsJson();
  for (const t of leftovers) await c.run(`DROP ${t.table_type === 'VIEW' ? 'VIEW' : 'TABLE'} IF EXISTS ${String(t.table_name)}`);
  for (const t of ['structures', ...DATASET_TARGETS]) await c.run(`DELETE FROM ${t}`);
  read = await readOnce(c, byTable, tmpDir, true);
  }
  // A unique `line_order` where the engine's tables have one (the exits' order of the exit records).
  for (const t of DATASET_TARGETS) {
    const [has] = (await c.runAndReadAll(`SELECT count(*) AS n FROM information_schema.columns WHERE table_name = '${t}' AND column_name = 'line_order'`)).getRowObjectsJson();
    if (Number(has?.n ?? 0) > 0) await c.run(`UPDATE ${t} SET line_order = rowid`);
  }
  return read;
}

/** The engine's tables the FluxIAE reading fills (the structures are a table of the JS-read ones). */
const DATASET_TARGETS = ['contracts', 'monthly_hours', 'exits'] as const;

/** One reading of the export ({@link readFluxIaeIntoDuckDb}); unordered, it throws {@link OrderNeeded} when the order could change a figure. */
async function readOnce(c: DuckDBConnection, byTable: Partial<Record<FluxIaeTable, string>>, tmpDir: () => Promise<string>, ordered: boolean): Promise<FluxIaeDuckDbRead> {
  const left: FluxIaeLeftOut = { rejected: 0, duplicates: 0, other: 0 };
  // The reference tables and the structures: small, read by the JS line parser.
  const small = async (t: FluxIaeTable) => {
    const file = byTable[t];
    if (!file) return null;
    const r = await readSmall(t, file);
    left.rejected += r.issues.rejected;
    left.other += r.issues.other;
    return { file, records: r.records };
  };
  const categories = await small('fluxIAE_RefCategorieSort');
  const motifs = await small('fluxIAE_RefMotifSort');
  const references = buildFluxIaeReferences(motifs, categories);
  left.other += references.issues.length;
  const structuresRead = await small('fluxIAE_Structure');
  // fluxIAE_Salarie: the JS reader only counts its rows (no personal data is kept), but reports
  // its problems (a line of the wrong width, no FIN line): read for them, its records dropped.
  if (byTable.fluxIAE_Salarie) {
    const parser = createFluxIaeLineParser('fluxIAE_Salarie', byTable.fluxIAE_Salarie, { onRecord: () => {}, onIssue: (i) => countIssue(left, i) });
    await readWith(byTable.fluxIAE_Salarie, parser.push);
    parser.end();
  }
  const structures = new Map<string, { siret: string; name: string; departement: string }>();
  for (const r of structuresRead?.records ?? []) {
    const v = r.values;
    const id = v.structure_id_siae ?? '';
    if (id === '') {
      left.rejected++;
      continue;
    }
    structures.set(id, { siret: v.structure_siret_actualise || v.structure_siret_signature || '', name: v.structure_denomination ?? '', departement: departementOfCommune(v.structure_adresse_admin_code_insee ?? '') ?? '' });
  }
  // The big tables, read by DuckDB.
  for (const [t, name] of [['fluxIAE_ContratMission', 'flux_ctr'], ['fluxIAE_EtatMensuelIndiv', 'flux_emi']] as const) {
    const r = await readBig(c, t, byTable[t]!, name, tmpDir, ordered);
    left.rejected += r.rejected;
    left.other += r.other;
  }
  const count = async (sql: string) => Number((await c.runAndReadAll(sql)).getRowObjectsJson()[0]?.n ?? 0);

  // Contracts: a dispositif of the exit rates, a start date, an end date when there is one; the
  // last valid line of an id is kept (the earlier ones are reported); the ids of another
  // dispositif are set aside with their monthly states.
  const dispositifs = Object.entries(FLUXIAE_DISPOSITIFS)
    .map(([code, kind]) => `(${stringLiteral(code, 'code')}, ${stringLiteral(kind, 'kind')})`)
    .join(', ');
  await c.run(`CREATE TEMP TABLE flux_ctr_rows AS SELECT rn, id, person_id, structure, siae_kind, start_date, end_date,
    CASE WHEN id = '' THEN 'issue' WHEN siae_kind IS NULL THEN 'ignored' WHEN start_date IS NULL THEN 'issue' WHEN end_raw <> '' AND end_date IS NULL THEN 'issue' ELSE 'ok' END AS status
    FROM (SELECT rn, contrat_id_ctr AS id, contrat_id_pph AS person_id, contrat_id_structure AS structure, d.kind AS siae_kind,
      ${fluxDateSql('contrat_date_embauche')} AS start_date, contrat_date_fin_contrat AS end_raw, ${fluxDateSql('contrat_date_fin_contrat')} AS end_date
      FROM flux_ctr LEFT JOIN (VALUES ${dispositifs}) AS d(code, kind) ON d.code = contrat_mesure_disp_code)`);
  left.rejected += await count(`SELECT count(*) AS n FROM flux_ctr_rows WHERE status = 'issue'`);
  // Two different valid rows for one contract: the last one read is kept.
  if (!ordered && (await count(`SELECT count(*) AS n FROM (SELECT id FROM flux_ctr_rows WHERE status = 'ok' GROUP BY id HAVING count(DISTINCT [person_id, structure, siae_kind, CAST(start_date AS VARCHAR), coalesce(CAST(end_date AS VARCHAR), '')]) > 1)`)) > 0) throw new OrderNeeded();
  left.duplicates += await count(`SELECT count(*) - count(DISTINCT id) AS n FROM flux_ctr_rows WHERE status = 'ok'`);
  await c.run(`CREATE TEMP TABLE flux_contract AS SELECT id, person_id, structure, siae_kind, start_date, end_date FROM flux_ctr_rows WHERE status = 'ok' QUALIFY row_number() OVER (PARTITION BY id ORDER BY rn DESC) = 1`);
  await c.run(`CREATE TEMP TABLE flux_ignored AS SELECT DISTINCT id FROM flux_ctr_rows WHERE status = 'ignored'`);
  await c.run('DROP TABLE flux_ctr_rows');
  await c.run('DROP VIEW flux_ctr');
  await c.run('DROP TABLE flux_ctr_lines');
  // A structure with contracts of two kinds becomes one structure per kind (`id-ACI`, `id-EI`).
  await c.run(`CREATE TEMP TABLE flux_contract_sid AS SELECT k.*, CASE WHEN n.kinds > 1 THEN k.structure || '-' || k.siae_kind ELSE k.structure END AS structure_id
    FROM flux_contract k JOIN (SELECT structure, count(DISTINCT siae_kind) AS kinds FROM flux_contract GROUP BY structure) n USING (structure)`);

  // Structures: each structure of the file with contracts, once per kind of its contracts.
  const kinds = (await c.runAndReadAll('SELECT structure, siae_kind, structure_id FROM flux_contract_sid GROUP BY ALL ORDER BY structure, siae_kind')).getRowObjectsJson();
  const structureRows: (string | null)[][] = [];
  for (const k of kinds) {
    const s = structures.get(String(k.structure));
    if (!s) continue;
    const row = { id: String(k.structure_id), kind: String(k.siae_kind), siret: s.siret, name: s.name, departement: s.departement };
    let accepted: { id: string; kind: string; departement?: string } | null = row;
    if (!canonicalRowChecks.structures(row)) {
      const v = safeValidate(datasetTables.structures as never, row);
      if (v.success) accepted = v.data as typeof row;
      else {
        accepted = null;
        left.rejected += v.issues.length;
      }
    }
    if (accepted) structureRows.push([accepted.id, accepted.kind, accepted.departement ?? null]);
  }
  await insertValues(c, 'structures', ['id', 'kind', 'departement'], structureRows);

  // Contracts of the dataset.
  const contractKind = `CASE siae_kind ${Object.entries(CONTRACT_KIND)
    .map(([k, v]) => `WHEN ${stringLiteral(k, 'kind')} THEN ${stringLiteral(v, 'kind')}`)
    .join(' ')} END`;
  const contractOk = `${surelyId('id')} AND ${surelyId('person_id')} AND ${surelyId('structure_id')} AND (end_date IS NULL OR end_date >= start_date)`;
  left.rejected += await insertChecked(c, 'contracts', 'contracts', 'flux_contract_sid', contractOk, [
    { name: 'id', field: 'id' },
    { name: 'person_id', field: 'personId' },
    { name: 'structure_id', field: 'structureId' },
    { name: 'kind', sql: contractKind, field: 'kind' },
    { name: 'start_date', field: 'startDate', type: 'DATE' },
    { name: 'end_date', field: 'endDate', type: 'DATE' },
  ]);

  // Monthly states, in the JS builder's order of checks: a contract set aside (no problem), an
  // unknown contract, another person, the year, the month, the hours (empty: 0).
  // Only the contract's id is kept on each row: its person, structure and kind are joined back
  // on the months summed and on the exits (far fewer rows).
  await c.run(`CREATE TEMP TABLE flux_month AS SELECT * EXCLUDE (ignored, emi_pph_id, person_id), CASE
      WHEN ignored THEN 'ignored'
      WHEN contract_id IS NULL THEN 'issue'
      WHEN emi_pph_id <> person_id THEN 'issue'
      WHEN y IS NULL OR y <> floor(y) OR y < 1990 OR y > 2100 THEN 'issue'
      WHEN m IS NULL OR m <> floor(m) OR m < 1 OR m > 12 THEN 'issue'
      WHEN h IS NULL OR h < 0 OR h > 744 THEN 'issue'
      ELSE 'ok' END AS status
    FROM (SELECT e.rn, e.emi_pph_id, e.emi_motif_sortie_id AS motif, e.emi_date_fin_reelle AS exit_raw, i.id IS NOT NULL AS ignored, k.id AS contract_id, k.person_id,
      ${fluxNumberSql('e.emi_sme_annee')} AS y, ${fluxNumberSql('e.emi_sme_mois')} AS m,
      CASE WHEN e.emi_nb_heures_travail = '' THEN 0 ELSE ${fluxNumberSql('e.emi_nb_heures_travail')} END AS h,
      coalesce(${fluxNumberSql('e.emi_sme_version')}, 0) AS version
      FROM flux_emi e LEFT JOIN flux_ignored i ON i.id = e.emi_ctr_id LEFT JOIN flux_contract k ON k.id = e.emi_ctr_id)`);
  await c.run('DROP VIEW flux_emi');
  await c.run('DROP TABLE flux_emi_lines');
  left.rejected += await count(`SELECT count(*) AS n FROM flux_month WHERE status = 'issue'`);
  // Hours: the latest version of each contract's month (the last line read on a tie), summed per
  // person, structure and month, months of 0 h left out.
  const month = `CAST(CAST(y AS INTEGER) AS VARCHAR) || '-' || lpad(CAST(CAST(m AS INTEGER) AS VARCHAR), 2, '0')`;
  // The window only when a contract's month may repeat (distinct hashes imply distinct keys).
  const [may] = (await c.runAndReadAll(`SELECT count(*) <> count(DISTINCT hash(contract_id, y, m)) AS may FROM flux_month WHERE status = 'ok'`)).getRowObjectsJson();
  // One month of a contract at one version with two numbers of hours: the last one read is kept.
  if (!ordered && may?.may === true && (await count(`SELECT count(*) AS n FROM (SELECT 1 FROM flux_month WHERE status = 'ok' GROUP BY contract_id, y, m, version HAVING count(DISTINCT h) > 1)`)) > 0) throw new OrderNeeded();
  const latest = may?.may === true ? 'QUALIFY row_number() OVER (PARTITION BY contract_id, y, m ORDER BY version DESC, rn DESC) = 1' : '';
  await c.run(`CREATE TEMP TABLE flux_hours AS SELECT k.person_id, k.structure_id, x.month, sum(x.h) AS hours FROM (
      SELECT contract_id, ${month} AS month, h FROM flux_month WHERE status = 'ok' ${latest}) x
    JOIN flux_contract_sid k ON k.id = x.contract_id
    WHERE x.h <> 0 GROUP BY ALL`);
  const hoursOk = `${surelyId('person_id')} AND ${surelyId('structure_id')} AND hours <= 744`;
  left.rejected += await insertChecked(c, 'monthly_hours', 'monthlyHours', 'flux_hours', hoursOk, [
    { name: 'person_id', field: 'personId' },
    { name: 'structure_id', field: 'structureId' },
    { name: 'month', field: 'month' },
    { name: 'hours', field: 'hours', type: 'DOUBLE' },
  ]);
  await c.run('DROP TABLE flux_hours');

  // Exits: a monthly state with a motif. The motif's reason as the JS builder finds it (the motif
  // id, else the id read as a number), computed in JS for each distinct motif.
  const distinct = (await c.runAndReadAll(`SELECT DISTINCT motif FROM flux_month WHERE status = 'ok' AND motif <> ''`)).getRowObjectsJson().map((r) => String(r.motif));
  const reasons = distinct.map((m) => [m, references.reasonOfMotif.get(m) ?? references.reasonOfMotif.get(String(fluxIaeNumber(m) ?? '')) ?? null] as const);
  await c.run('CREATE TEMP TABLE flux_motif (motif VARCHAR, reason VARCHAR)');
  if (reasons.length > 0) await insertValues(c, 'flux_motif', ['motif', 'reason'], reasons.map(([m, r]) => [m, r]));
  await c.run(`CREATE TEMP TABLE flux_exit_rows AS SELECT x.rn, k.person_id, k.structure, k.siae_kind, k.structure_id, x.version, f.reason, ${fluxDateSql('x.exit_raw')} AS date
    FROM flux_month x JOIN flux_contract_sid k ON k.id = x.contract_id LEFT JOIN flux_motif f ON f.motif = x.motif WHERE x.status = 'ok' AND x.motif <> ''`);
  await c.run('DROP TABLE flux_month');
  // One exit with two reasons: which one is kept, and which lines are reported, follow the order.
  if (!ordered && (await count(`SELECT count(*) AS n FROM (SELECT 1 FROM flux_exit_rows WHERE reason IS NOT NULL AND date IS NOT NULL GROUP BY person_id, structure, siae_kind, date HAVING count(DISTINCT reason) > 1)`)) > 0) throw new OrderNeeded();
  const unresolved = await count(`SELECT count(*) AS n FROM flux_exit_rows WHERE reason IS NULL`);
  // Without fluxIAE_RefMotifSort one problem counts them; with it, each is a problem.
  if (motifs === null) left.other += unresolved > 0 ? 1 : 0;
  else left.rejected += unresolved;
  left.rejected += await count(`SELECT count(*) AS n FROM flux_exit_rows WHERE reason IS NOT NULL AND date IS NULL`);
  // The same exit (person, structure, kind, date) on several lines: the latest version is kept (the
  // last line on a tie); a line whose reason differs from the exit kept so far is reported.
  await c.run(`CREATE TEMP TABLE flux_exit AS SELECT *, arg_max(reason, [version, rn]) OVER (PARTITION BY person_id, structure, siae_kind, date ORDER BY rn ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS kept_reason
    FROM flux_exit_rows WHERE reason IS NOT NULL AND date IS NOT NULL`);
  await c.run('DROP TABLE flux_exit_rows');
  left.duplicates += await count(`SELECT count(*) AS n FROM flux_exit WHERE kept_reason IS NOT NULL AND kept_reason <> reason`);
  await c.run(`CREATE TEMP TABLE flux_exit_kept AS SELECT person_id, structure_id, date, reason FROM flux_exit QUALIFY row_number() OVER (PARTITION BY person_id, structure, siae_kind, date ORDER BY version DESC, rn DESC) = 1`);
  await c.run('DROP TABLE flux_exit');
  const exitOk = `${surelyId('person_id')} AND ${surelyId('structure_id')}`;
  left.rejected += await insertChecked(c, 'exits', 'exits', 'flux_exit_kept', exitOk, [
    { name: 'person_id', field: 'personId' },
    { name: 'structure_id', field: 'structureId' },
    { name: 'date', field: 'date', type: 'DATE' },
    { name: 'reason', field: 'reason' },
  ]);
  await c.run('DROP TABLE flux_exit_kept');
  await c.run('DROP TABLE flux_contract_sid');
  await c.run('DROP TABLE flux_contract');
  await c.run('DROP TABLE flux_ignored');
  await c.run('DROP TABLE flux_motif');
  return { mapping: references.mapping, left };
}

/**
 * Total size of the FluxIAE files above which `siae report --input-format fluxiae` (engine `auto`,
 * the default) uses DuckDB for a table report. Measured with `pnpm run bench:cli:fluxiae -- --rows N`
 * on 2 cores shared with other jobs (2026-12-01, load 3 to 5; wall time, JS engine then DuckDB):
 * 300,000 monthly states (26 MB of files) 3.5 s against 3.7 s; 600,000 (52 MB) 5.3 s against
 * 5.1 s; 1,000,000 (86 MB) 8.4 to 9.2 s against 5.9 to 8.8 s (390 MB resident against 420 MB);
 * 3,000,000 (258 MB) 22.5 to 29.6 s (940 MB resident, under a 1 GB heap) against 20.7 to 21.0 s
 * (1,020 MB). The JS FluxIAE reader already streams the monthly states into flat arrays: DuckDB is
 * at best slightly faster below 100 MB, and about 1.1 to 1.4 times faster on the largest exports.
 */
export const FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES = 200 * 1024 * 1024;

/** Adds what the FluxIAE reading left out to the DuckDB engine's counts. */
export function withFluxIaeCounts(left: { rejected: number; duplicates: number; other: number }, read: FluxIaeDuckDbRead): void {
  left.rejected += read.left.rejected;
  left.duplicates += read.left.duplicates;
  left.other += read.left.other;
}

/**
 * Whether the `auto` engine reads a FluxIAE export with DuckDB: a table report (JSON and CSV keep
 * the JS engine's full report), FluxIAE files of more than `aboveBytes` in all, and
 * `@duckdb/node-api` installed.
 */
export async function fluxIaeAutoPicksDuckDb(paths: readonly string[], opts: { format?: string }, aboveBytes = FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES): Promise<boolean> {
  if ((opts.format ?? 'table') !== 'table') return false;
  if ((await fluxIaeBytes(paths)) <= aboveBytes) return false;
  try {
    await import('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

/** The total size of the FluxIAE files of the report among paths (0 when they cannot be listed). */
export async function fluxIaeBytes(paths: readonly string[]): Promise<number> {
  try {
    const { byTable } = await findFluxIaeFiles(paths);
    let bytes = 0;
    for (const f of Object.values(byTable)) bytes += (await stat(f).catch(() => null))?.size ?? 0;
    return bytes;
  } catch {
    return 0;
  }
}
