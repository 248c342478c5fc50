import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { assembleReport, BREAKDOWN_KEYS, getIndicator, type IndicatorValue } from '@siae/indicators';
import { type DatasetTable, isIsoDate } from '@siae/model';
import { DATASET_INDICATOR_VIEWS, DEFAULT_RATE_SHARES, datasetIndicatorsSql, EXIT_RATE_VIEWS, type ExitRateSqlOptions, breakdownsFromSqlRows, exitRateBreakdownsSql, exitRateMembersSql, exitRatesSql, exitRecordsFromDatasetSql, membersFromSqlRows, rateResultFromSqlRow, stringLiteral } from '@siae/sql';
import type { CsvDelimiter } from '../input/csvParser';
import type { InputEncoding } from '../input/decode';
import { IssueLog } from '../input/issueLog';
import { printIssues } from './issues';
import { loadDataset } from '../input/loadDataset';
import { PLAUSIBLE_DATES } from '../input/plausible';
import type { CliIo } from '../io';
import type { TableMapping } from '../mapping/defaultMapping';
import { tableForFile } from '../mapping/userMapping';
import { renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from '../render/report';
import { type ReportCommandOptions, reportCommand } from './report';
import { type DuckDbSourceFile, isParquet, prepareCsv } from './duckdb/csvSource';
import { FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES, type FluxIaeDuckDbRead, fluxIaeAutoPicksDuckDb, fluxIaeMappingSentence, readFluxIaeIntoDuckDb, withFluxIaeCounts } from './duckdb/fluxiaeSource';
import { JS_READ_TABLES, loadJsTables } from './duckdb/jsTables';
import { FluxIaeInputError } from '../input/fluxiae/load';
import { reportFluxIaeCommand } from './fluxiae';
import { type TableFile, loadDuckDbTable } from './duckdb/loadTable';
import { fileColumns, tableOfDuckDb } from './duckdb/readTables';
import { RowsToDescribe } from './duckdb/describeRows';
import { describeDroppedExits } from './duckdb/droppedExits';
import { datasetValueOfRow, exitRateValueOf } from './duckdb/reportParts';
import type { DuckDbTable } from './duckdb/tableRules';

/**
 * Total size of the CSV files above which `siae report` (engine `auto`, the default) uses DuckDB
 * for any report but JSON. Measured with `pnpm run bench:sql --exits N --big 0` on 2 quiet cores
 * (2026-12-01, the full report of both engines, the same CSV): at 13 MB (100,000 exits) DuckDB 2.9 s
 * against 3.0 s; at 52 MB (400,000 exits) 4.3 s against 8.3 s; at 130 MB (1,000,000 exits) 7.1 to
 * 9.2 s against 20.5 s. Below 50 MB the JS engine takes under 8 s: it stays the default there.
 */
export const DUCKDB_DEFAULT_ABOVE_BYTES = 50 * 1024 * 1024;

/**
 * Which engine a report uses: `js` (the reference: the same report, plus every member of the rate
 * and each row left out in JSON), `duckdb` (every computed indicator, its interval and the
 * breakdowns in SQL), or `auto` (the default: DuckDB for any report but JSON on CSV files above
 * {@link DUCKDB_DEFAULT_ABOVE_BYTES} when DuckDB is installed, the JS engine otherwise and
 * whenever DuckDB cannot read a file as strict CSV).
 */
export type ReportEngine = 'auto' | 'js' | 'duckdb';

/**
 * Whether the `auto` engine picks DuckDB: any report but JSON (which keeps the JS engine's shape,
 * every member and every row left out, whatever the size; the table, Markdown, HTML and CSV are the
 * same report from either engine), CSV files only, more than {@link DUCKDB_DEFAULT_ABOVE_BYTES} in
 * all, and `@duckdb/node-api` installed; any Parquet file.
 */
export async function autoPicksDuckDb(files: readonly string[], opts: { format?: string }, aboveBytes = DUCKDB_DEFAULT_ABOVE_BYTES): Promise<boolean> {
  if (duckDbUnsupported(files, opts) !== null) return false;
  // Parquet: only DuckDB reads it.
  if (files.some(isParquet)) return true;
  // JSON keeps the JS engine's shape (every member, every row left out) whatever the size; the
  // other formats print the same report from either engine (the CSV byte for byte).
  if (opts.format === 'json') return false;
  let bytes = 0;
  for (const f of files) bytes += (await stat(f).catch(() => null))?.size ?? 0;
  if (bytes <= aboveBytes) return false;
  try {
    await import('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

/**
 * A file DuckDB cannot read as strict CSV (a malformed line, a line with missing cells): the JS
 * engine reads it, reports the line and reads on. The message names the file, never its content.
 */
export class DuckDbUnreadableFile extends Error {
  constructor(readonly file: string) {
    super(`DuckDB ne lit pas ${file} (CSV strict ou Parquet : ligne mal formée, cellules manquantes, colonnes non reconnues) / DuckDB cannot read ${file} (strict CSV or Parquet: a malformed line, missing cells, columns it does not map)`);
    this.name = 'DuckDbUnreadableFile';
  }
}

/** Runs a statement that reads a file; DuckDB's error (which may quote the file's content) becomes {@link DuckDbUnreadableFile}. */
async function orUnreadable<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch {
    throw new DuckDbUnreadableFile(file);
  }
}

/** Why the DuckDB engine leaves a report to the JS engine (`null`: it can compute it). */
export function duckDbUnsupported(files: readonly string[], opts: { format?: string; inputFormat?: string }): { fr: string; en: string } | null {
  if (opts.inputFormat !== 'fluxiae' && files.some((f) => !/\.(csv|parquet)$/i.test(f))) return { fr: 'le moteur DuckDB lit des fichiers CSV ou Parquet', en: 'the DuckDB engine reads CSV or Parquet files' };
  return null;
}

/** Options of the DuckDB report. */
export interface DuckDbReportOptions {
  from?: string;
  to?: string;
  variant?: 'dgefp' | 'uriae';
  format?: 'table' | 'json' | 'markdown' | 'html' | 'csv';
  output?: string;
  table?: DatasetTable;
  delimiter?: CsvDelimiter;
  encoding?: InputEncoding | 'auto';
  /** The title of the HTML page. */
  title?: string;
  /** CSV for Excel: `;`, decimal comma, byte order mark. */
  excel?: boolean;
  /** `fluxiae`: the ASP's FluxIAE export (directories or `fluxIAE_*.csv` files), read by `duckdb/fluxiaeSource`. */
  inputFormat?: 'csv' | 'json' | 'fluxiae';
}

/** One exit-rate indicator the DuckDB engine computes, with its catalogue id and the options it takes from the report. */
const REPORTED: readonly { id: string; options: (variant: 'dgefp' | 'uriae' | undefined) => Omit<ExitRateSqlOptions, 'dialect' | 'period' | 'source' | 'schema'> }[] = [
  ...EXIT_RATE_VIEWS.filter((v) => getIndicator(v.id) !== undefined).map((v) => ({
    id: v.id,
    options: (variant: 'dgefp' | 'uriae' | undefined) => ({ ...(variant ? { variant } : {}), ...v.options }),
  })),
  // The INAÉ grid's "taux de sorties emploi" is the Direccte's sortie dynamique, computed without the
  // report's variant (as the catalogue's computation, which passes no option to the rate).
  { id: 'inae.sep.employment-exit-rate', options: () => ({ rate: 'dynamic' as const }) },
  // The « résultats » criterion of the modulated part: the sortie dynamique with the report's options.
  { id: 'modulation.resultats', options: (variant: 'dgefp' | 'uriae' | undefined) => ({ ...(variant ? { variant } : {}), rate: 'dynamic' as const }) },
];

/**
 * The rate row, computed with the default options, from which the shares of `DEFAULT_RATE_SHARES`
 * are read (the INAÉ rate: `rate: 'dynamic'`, no variant).
 */
const DEFAULT_RATE_ROW = 'inae.sep.employment-exit-rate';

/**
 * The other indicators of the catalogue in SQL (`@siae/sql`'s dataset indicators), those above aside,
 * and the shares of the default rate (read from its row: the exits are classified once).
 */
const DATASET_REPORTED: readonly string[] = DATASET_INDICATOR_VIEWS.map((v) => v.id).filter(
  (id) => getIndicator(id) !== undefined && !REPORTED.some((r) => r.id === id) && !DEFAULT_RATE_SHARES.some((share) => share.id === id),
);

/** The dataset tables the JS reader reads for the DuckDB engine: {@link JS_READ_TABLES}, by their model names. */
const JS_TABLES: ReadonlySet<DatasetTable> = new Set<DatasetTable>(JS_READ_TABLES.map((t) => (t === 'skills_attestations' ? 'skillsAttestations' : t)));

/** What the DuckDB engine left out, counted as the JS engine counts it (each is a reason for exit code 1). */
interface LeftOut {
  /** Rows that could not be read or that the model rejects. */
  rejected: number;
  /** Rows replaced by a later row with the same key. */
  duplicates: number;
  /** Exits without their structure (or of a GEIQ) or without a contract before them. */
  dropped: number;
  /** Other problems: a second column for a field, a file of no table. */
  other: number;
}

/** The dataset tables in DuckDB, by their model names (the `rows` of a report). */
const ROW_TABLES: readonly [string, string][] = [
  ['structures', 'structures'],
  ['people', 'people'],
  ['prescriptions', 'prescriptions'],
  ['contracts', 'contracts'],
  ['monthlyHours', 'monthly_hours'],
  ['interviews', 'interviews'],
  ['barriers', 'barriers'],
  ['trainings', 'trainings'],
  ['pmsmps', 'pmsmps'],
  ['skillsAttestations', 'skills_attestations'],
  ['exits', 'exits'],
];

/** Rows per table the DuckDB engine read and kept (the `rows` of the report). */
async function tableRows(c: import('@duckdb/node-api').DuckDBConnection): Promise<Record<string, number>> {
  const [row] = (await c.runAndReadAll(`SELECT ${ROW_TABLES.map(([name, table]) => `(SELECT count(*) FROM ${table}) AS "${name}"`).join(', ')}`)).getRowObjectsJson();
  return Object.fromEntries(ROW_TABLES.map(([name]) => [name, Number(row?.[name] ?? 0)]));
}

/**
 * `siae report --engine duckdb`: reads the contracts, hours and exits CSV files with DuckDB
 * (`read_csv`; the structures, a small table, with the JS reader), and computes the exit-rate
 * indicators of the catalogue in SQL (`@siae/sql`, proven equal to the functions). The files are
 * read as the JS engine reads them: encoding (a file that is not UTF-8 is decoded by the JS decoder
 * into a private temporary UTF-8 copy, removed at the end), delimiter, French dates, months and
 * numbers, the plausible window, every constraint of the model's rows, blank lines, and the
 * duplicates rule (the last row read with a key is kept). The other indicators need the JS engine
 * (`--engine js`). A file DuckDB cannot read as strict CSV throws {@link DuckDbUnreadableFile}.
 */
export async function duckDbReportCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: DuckDbReportOptions, io: CliIo): Promise<number> {
  const unsupported = duckDbUnsupported(files, opts);
  if (unsupported) {
    io.stderr(`${unsupported.fr} ; --engine js pour ce rapport / ${unsupported.en}; use --engine js for this report\n`);
    return 2;
  }
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    io.stderr("DuckDB (@duckdb/node-api) n'est pas installé sur cette machine ; --engine js / DuckDB (@duckdb/node-api) is not installed here; use --engine js\n");
    return 2;
  }
  const left: LeftOut = { rejected: 0, duplicates: 0, dropped: 0, other: 0 };
  // The rows left out, described (files read again by the JS reader when DuckDB left a row out).
  const rowIssues = new IssueLog();
  const toDescribe = new RowsToDescribe();
  // The contracts, hours and exits are read by DuckDB; the structures and the tables of the other
  // indicators by the JS reader (small tables, or checks that are the model's own); the tables no
  // indicator of this engine reads are not read.
  const jsFiles: { file: string; table: DatasetTable }[] = [];
  const byTable = new Map<DuckDbTable, string[]>([['contracts', []], ['monthlyHours', []], ['exits', []], ['prescriptions', []]]);
  const flux = opts.inputFormat === 'fluxiae';
  for (const f of flux ? [] : files) {
    const t = opts.table ?? tableForFile(f, mapping);
    const big = tableOfDuckDb(t);
    if (big) byTable.get(big)!.push(f);
    else if (t === null) left.other++;
    else if (JS_TABLES.has(t)) jsFiles.push({ file: f, table: t });
  }
  // The report's --delimiter and --encoding, for the JS reader and for the files DuckDB reads.
  const reading = { ...(opts.delimiter ? { delimiter: opts.delimiter } : {}), ...(opts.encoding ? { encoding: opts.encoding } : {}) };
  let tmp: string | null = null;
  const tmpDir = async () => {
    tmp ??= await mkdtemp(join(tmpdir(), 'siae-duckdb-'));
    return tmp;
  };
  const instance = await duckdb.DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    // A Parquet file of these tables is written as a CSV copy (named after its table) for the JS reader.
    const jsCsv: string[] = [];
    for (const { file, table } of jsFiles) {
      if (!isParquet(file)) {
        jsCsv.push(file);
        continue;
      }
      const copy = join(await tmpDir(), `p${jsCsv.length}`, `${mapping[table].fileNames[0] ?? table}.csv`);
      await mkdir(dirname(copy), { mode: 0o700 });
      await orUnreadable(file, () => c.run(`COPY (SELECT * FROM read_parquet(${stringLiteral(file, 'file')})) TO ${stringLiteral(copy, 'file')} (HEADER, DELIMITER ';')`));
      jsCsv.push(copy);
    }
    const jsRead = await loadDataset(jsCsv, mapping, { ...(opts.table ? { table: opts.table } : {}), ...reading });
    // Their problems are the JS reader's own: listed (those of a Parquet file's private copy are only counted).
    const copies = new Set(jsCsv.filter((f) => !files.includes(f)));
    for (const i of jsRead.issues) if (!copies.has(i.file)) rowIssues.add(i);
    left.other += (jsRead.issueTotal ?? jsRead.issues.length) - jsRead.issues.filter((i) => !copies.has(i.file)).length;
    await loadJsTables(c, jsRead.dataset);
    for (const [table, tableFiles] of byTable) {
      const prepared: TableFile[] = [];
      for (const file of tableFiles) {
        let source: DuckDbSourceFile;
        if (isParquet(file)) {
          const described = await orUnreadable(file, () => c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${stringLiteral(file, 'file')})`));
          source = { kind: 'parquet', path: file, headers: described.getRowObjectsJson().map((r) => String(r.column_name)) };
        } else source = await prepareCsv(file, files.indexOf(file), tmpDir, reading);
        const columns = fileColumns(table, source, mapping[table]);
        if (columns === null) throw new DuckDbUnreadableFile(file);
        left.other += columns.duplicateColumns.length;
        prepared.push({ file, prepared: source, columns });
      }
      // The prescriptions keep their reading order: `row_order`, the table order of `prescription-to-hire-ratio`.
      const ordered = table === 'prescriptions';
      const counts = await loadDuckDbTable(c, table, table === 'monthlyHours' ? 'monthly_hours' : ordered ? 'prescriptions_read_rows' : table, prepared, orUnreadable, { ordered });
      if (ordered) await c.run('CREATE TEMP VIEW prescriptions AS SELECT *, line_order AS row_order FROM prescriptions_read_rows');
      left.rejected += counts.rows - counts.readable;
      left.duplicates += counts.duplicates;
      toDescribe.add(table, tableFiles, counts);
    }
    await toDescribe.describe(rowIssues, files, mapping, reading);
    // FluxIAE: the tables created empty above are filled from the export (duckdb/fluxiaeSource).
    let fluxRead: FluxIaeDuckDbRead | null = null;
    if (flux) {
      try {
        fluxRead = await readFluxIaeIntoDuckDb(c, files, tmpDir);
      } catch (e) {
        if (!(e instanceof FluxIaeInputError)) throw e;
        io.stderr(`${e.message}\n`);
        return 2;
      }
      withFluxIaeCounts(left, fluxRead);
    }
    await c.run(`CREATE TEMP TABLE exit_records AS ${exitRecordsFromDatasetSql('duckdb', { exitOrder: 'line_order' })}`);
    const [range] = (await c.runAndReadAll('SELECT CAST(min(date) AS VARCHAR) AS lo, CAST(max(date) AS VARCHAR) AS hi, count(*) AS n, (SELECT count(*) FROM exit_records) AS records FROM exits')).getRowObjectsJson();
    left.dropped = Number(range?.n ?? 0) - Number(range?.records ?? 0);
    // The exits left out by the calculation, described as the JS engine does (their CSV files read again).
    const droppedIssues = left.dropped > 0 && !flux ? await describeDroppedExits(c, byTable.get('exits')!.filter((f) => !isParquet(f)), mapping.exits, reading) : [];
    for (const i of droppedIssues) rowIssues.add(i);
    const from = opts.from ?? (isIsoDate(range?.lo) ? (range!.lo as string) : PLAUSIBLE_DATES.from);
    const to = opts.to ?? (isIsoDate(range?.hi) ? (range!.hi as string) : PLAUSIBLE_DATES.to);
    // Every rate in one query: the period and the latest exits are computed once. The ASP's mapping
    // of a FluxIAE export goes to every rate but the INAÉ one (the catalogue computes it without
    // the report's options, hence with the default mapping).
    const rows = (await c.runAndReadAll(exitRatesSql({ dialect: 'duckdb', period: { from, to } }, REPORTED.map((r) => ({ ...r.options(opts.variant), ...(fluxRead?.mapping && r.id !== 'inae.sep.employment-exit-rate' ? { mapping: fluxRead.mapping } : {}), indicatorId: r.id }))))).getRowObjectsJson();
    const byId = new Map(rows.map((row) => [row.indicator_id, row]));
    const rateOptions = { ...(opts.variant ? { variant: opts.variant } : {}), period: { from, to } };
    const values: Record<string, IndicatorValue> = {};
    // (exitRatesSql gives one row per rate)
    for (const r of REPORTED) if (r.id !== 'dynamic-exit-rate') values[r.id] = exitRateValueOf(r.id, rateResultFromSqlRow(byId.get(r.id)!, rateOptions));
    // The other indicators in one query: people followed, interviews of the period... computed once.
    const dataset = (await c.runAndReadAll(datasetIndicatorsSql({ dialect: 'duckdb', period: { from, to }, exitRecords: 'exit_records' }, DATASET_REPORTED))).getRowObjectsJson();
    for (const row of dataset) values[String(row.indicator_id)] = datasetValueOfRow(row, getIndicator(String(row.indicator_id))!.formula);
    const baseRow = byId.get(DEFAULT_RATE_ROW);
    for (const share of DEFAULT_RATE_SHARES) {
      const numerator = Number(baseRow?.[share.count] ?? 0);
      const denominator = Number(baseRow?.denominator ?? 0);
      values[share.id] = datasetValueOfRow({ value: denominator === 0 ? null : numerator / denominator, numerator, denominator }, getIndicator(share.id)!.formula);
    }
    // The dynamic rate per structure, kind, département, year, quarter, month and entry cohort: one query.
    const breakdownRows = (await c.runAndReadAll(exitRateBreakdownsSql({ dialect: 'duckdb', period: { from, to }, ...(opts.variant ? { variant: opts.variant } : {}), ...(fluxRead?.mapping ? { mapping: fluxRead.mapping } : {}) }, BREAKDOWN_KEYS))).getRowObjectsJson();
    const [inPeriod] = (await c.runAndReadAll(`SELECT count(*) AS n FROM exit_records WHERE exited_on BETWEEN DATE ${stringLiteral(from, 'from')} AND DATE ${stringLiteral(to, 'to')}`)).getRowObjectsJson();
    const report = assembleReport({
      period: { from, to },
      rows: await tableRows(c),
      dynamicExitRate: rateResultFromSqlRow(byId.get('dynamic-exit-rate')!, rateOptions),
      values,
      breakdowns: breakdownsFromSqlRows(breakdownRows, rateOptions),
    });
    const note = `Moteur DuckDB : ${report.indicators.length} indicateurs calculés en SQL (@siae/sql), avec leurs intervalles et les répartitions du taux de sortie dynamique ; chaque sortie et sa place dans le taux : --format json.${fluxRead ? ` Les lignes écartées de l’export, une par une : --engine js. ${fluxIaeMappingSentence(fluxRead)}` : ''}`;
    const extras = { engineFr: 'moteur DuckDB', noteFr: note, exitsInPeriod: Number(inPeriod?.n ?? 0), rowsLeftOut: left.rejected + left.duplicates + left.dropped };
    let out: string;
    switch (opts.format) {
      case 'json': {
        // Every exit and its place in the rate, as the JS engine's JSON gives them: the members
        // query of @siae/sql, each record numbered as the JS engine numbers it (reading order).
        const memberRows = (
          await c.runAndReadAll(
            `SELECT row_number() OVER (ORDER BY record_index) - 1 AS record_index, person_id, structure_id, CAST(exited_on AS VARCHAR) AS exited_on, status, category, why, why_fr FROM (${exitRateMembersSql({ dialect: 'duckdb', period: { from, to }, ...(opts.variant ? { variant: opts.variant } : {}), ...(fluxRead?.mapping ? { mapping: fluxRead.mapping } : {}) })}) ORDER BY record_index`,
          )
        ).getRowObjectsJson();
        report.dynamicExitRate = { ...report.dynamicExitRate, members: membersFromSqlRows(memberRows) };
        out = `${JSON.stringify({ engine: 'duckdb', ...report, rowIssues: rowIssues.kept, issueCounts: rowIssues.countsByCode(), rejectedRows: left.rejected, duplicateRows: left.duplicates, droppedExits: left.dropped, otherIssues: left.other, noteFr: note }, null, 2)}\n`;
        break;
      }
      case 'csv':
        out = renderReportCsv(report, { excel: opts.excel === true });
        break;
      case 'markdown':
        out = renderReportMarkdown(report, extras);
        break;
      case 'html':
        out = renderReportHtml(report, opts.title, extras);
        break;
      default:
        out = renderReportText(report, extras);
    }
    if (opts.output) await writeFile(opts.output, out);
    else io.stdout(out);
    const lines = [
      left.rejected > 0 ? `${left.rejected} ligne(s) écartée(s) (illisible ou refusée par le modèle) / ${left.rejected} row(s) left out (unreadable or invalid)` : null,
      left.duplicates > 0 ? `${left.duplicates} doublon(s) écarté(s) au profit de la dernière ligne lue / ${left.duplicates} duplicate row(s) left out (the last one read is kept)` : null,
      left.dropped > 0 ? `${left.dropped} sortie(s) sans structure SIAE ou sans contrat avant elle / ${left.dropped} exit(s) without their SIAE or a contract before them` : null,
      left.other > 0 ? `${left.other} autre(s) problème(s) (colonnes en double, fichiers sans table, copies de fichiers Parquet) / ${left.other} other problem(s) (duplicate columns, files of no table, copies of Parquet files)` : null,
    ].filter((l) => l !== null);
    printIssues(io, rowIssues.kept.slice(0, 50), 50, { total: rowIssues.count, byCode: rowIssues.countsByCode() });
    // Described above: the rows left out of the files the JS reader can read (not Parquet ones).
    const undescribed = toDescribe.undescribedDuplicates + left.dropped - droppedIssues.length + left.other > 0 || (left.rejected > 0 && rowIssues.count === 0);
    if (lines.length > 0) io.stderr(`${lines.join('\n')}\n${undescribed ? 'Le détail ligne par ligne : siae validate (ou --engine js) / Line by line: siae validate (or --engine js)\n' : ''}`);
    return lines.length > 0 || rowIssues.count > 0 ? 1 : 0;
  } finally {
    c.closeSync();
    instance.closeSync();
    if (tmp !== null) await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Runs the report with an engine: `duckdb`, `js`, or `auto` (see {@link ReportEngine}). Under
 * `auto` (DuckDB above `autoAboveBytes` of CSV, default {@link DUCKDB_DEFAULT_ABOVE_BYTES}), DuckDB's choice is said on stderr, and a file DuckDB cannot read as strict CSV sends the
 * whole report to the JS engine (which reports the line and reads on); under `duckdb`, such a file
 * is an error naming the file (exit code 1, no report).
 */
export async function reportWithEngine(
  engine: ReportEngine,
  files: string[],
  mapping: Record<DatasetTable, TableMapping>,
  opts: DuckDbReportOptions & ReportCommandOptions,
  io: CliIo,
  autoAboveBytes = DUCKDB_DEFAULT_ABOVE_BYTES,
): Promise<number> {
  if (engine === 'js' && files.some(isParquet)) {
    io.stderr('le moteur JS ne lit pas les fichiers Parquet ; --engine duckdb / the JS engine does not read Parquet files; use --engine duckdb\n');
    return 2;
  }
  const flux = opts.inputFormat === 'fluxiae';
  const useDuckDb = engine === 'duckdb' || (engine === 'auto' && (flux ? await fluxIaeAutoPicksDuckDb(files, opts) : await autoPicksDuckDb(files, opts, autoAboveBytes)));
  if (!useDuckDb) return flux ? reportFluxIaeCommand(files, opts, io) : reportCommand(files, mapping, opts, io);
  if (engine === 'auto') {
    const mb = (flux ? FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES : autoAboveBytes) / 1024 / 1024;
    io.stderr(
      files.some(isParquet)
        ? 'Fichiers Parquet : moteur DuckDB, indicateurs calculés en SQL / Parquet files: DuckDB engine, indicators computed in SQL\n'
        : `Fichiers de plus de ${mb} Mo : moteur DuckDB, indicateurs calculés en SQL / Files above ${mb} MB: DuckDB engine, indicators computed in SQL\n`,
    );
  }
  try {
    return await duckDbReportCommand(files, mapping, opts, io);
  } catch (e) {
    if (!(e instanceof DuckDbUnreadableFile)) throw e;
    if (engine === 'duckdb') {
      io.stderr(`${e.message} ; --engine js le lit et signale chaque ligne / --engine js reads it and reports each line\n`);
      return 1;
    }
    io.stderr(`${e.message} : moteur JS / falling back to the JS engine\n`);
    return reportCommand(files, mapping, opts, io);
  }
}
