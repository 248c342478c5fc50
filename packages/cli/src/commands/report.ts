import { writeFile } from 'node:fs/promises';
import { computeReport } from '@siae/indicators';
import type { DatasetTable, ValidationIssue } from '@siae/model';
import type { RowIssue } from '../input/convert';
import type { CsvDelimiter } from '../input/csvParser';
import type { InputEncoding } from '../input/decode';
import { describeDelimiter, type LoadedDataset, loadDataset } from '../input/loadDataset';
import { PLAUSIBLE_DATES } from '../input/plausible';
import type { CliIo } from '../io';
import type { TableMapping } from '../mapping/defaultMapping';
import { renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from '../render/report';
import { printIssues } from './issues';

/** Options of `siae report`. */
export interface ReportCommandOptions {
  from?: string;
  to?: string;
  variant?: 'dgefp' | 'uriae';
  format?: 'table' | 'json' | 'markdown' | 'html' | 'csv';
  output?: string;
  table?: DatasetTable;
  title?: string;
  /** With `format: 'csv'`: `;`, decimal comma and a UTF-8 byte order mark, for French Excel. */
  excel?: boolean;
  /** CSV delimiter of the input files (default: found on each header line). */
  delimiter?: CsvDelimiter;
  /** Encoding of the input files (default: detected per file). */
  encoding?: InputEncoding | 'auto';
}

/** Options of `siae validate`. */
export interface ValidateCommandOptions {
  table?: DatasetTable;
  delimiter?: CsvDelimiter;
  encoding?: InputEncoding | 'auto';
  /** Problems kept (and listed) per code; the others are counted. Default 1000. */
  maxIssuesPerCode?: number;
}

/**
 * The calculation's problems (an exit whose structure is unknown, an exit before any contract),
 * named by the file and line (CSV) or index (JSON) of the exit they are about.
 */
export function calculationIssues(issues: readonly ValidationIssue[], loaded: Pick<LoadedDataset, 'exitOrigin'>, mapping: Pick<Record<DatasetTable, TableMapping>, 'exits'>): RowIssue[] {
  const columnOf = (field: string) => Object.entries(mapping.exits.columns).find(([, spec]) => spec.field === field)?.[0] ?? field;
  return issues.map((i) => {
    const index = i.path[0] === 'exits' && typeof i.path[1] === 'number' ? i.path[1] : null;
    const origin = index === null ? null : (loaded.exitOrigin?.(index) ?? null);
    const base = { table: 'exits', code: i.code, messageFr: `${i.messageFr} (écartée au calcul)`, messageEn: `${i.messageEn} (left out by the calculation)` };
    if (!origin) return { ...base, file: '(calcul)', line: 0, column: i.pathText };
    const rest = i.path.slice(2).map(String).join('.');
    if (origin.index !== undefined) return { ...base, file: origin.file, line: 0, column: `exits[${origin.index}]${rest ? `.${rest}` : ''}`, index: origin.index };
    return { ...base, file: origin.file, line: origin.line ?? 0, column: rest ? columnOf(rest) : null };
  });
}

function progressOf(io: CliIo) {
  return io.isTty ? (file: string, lines: number) => io.stderr(`\r${file} : ${lines.toLocaleString('fr-FR')} lignes lues`) : undefined;
}

/**
 * `siae report <files...>`: reads the files, validates every row, computes the indicator report
 * for the period (default: from the first to the last exit) and prints it. Returns the exit code:
 * 0 when every row was read and used, 1 when some were rejected (a bad line, a duplicate, a file
 * that could not be read) or left out by the calculation (an exit without its structure or
 * contract).
 */
export async function reportCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: ReportCommandOptions, io: CliIo): Promise<number> {
  const progress = progressOf(io);
  const loaded = await loadDataset(files, mapping, {
    ...(opts.table ? { table: opts.table } : {}),
    ...(progress ? { onProgress: progress } : {}),
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
  });
  if (progress) io.stderr('\n');
  const totals = { total: loaded.issueTotal ?? loaded.issues.length, byCode: loaded.issueCounts ?? {} };
  if (loaded.files.every((f) => f.unread)) {
    printIssues(io, loaded.issues, 50, totals);
    io.stderr('Aucun fichier lu : pas de rapport. / No file read: no report.\n');
    return 1;
  }
  let first: string | undefined;
  let last: string | undefined;
  for (const e of loaded.dataset.exits) {
    if (first === undefined || e.date < first) first = e.date;
    if (last === undefined || e.date > last) last = e.date;
  }
  const from = opts.from ?? first ?? PLAUSIBLE_DATES.from;
  const to = opts.to ?? last ?? PLAUSIBLE_DATES.to;
  const report = computeReport(loaded.dataset, { period: { from, to }, assumeValid: true, ...(opts.variant ? { variant: opts.variant } : {}) });
  const calc = calculationIssues(report.issues, loaded, mapping);
  const format = opts.format ?? 'table';
  let out: string;
  switch (format) {
    case 'json':
      out = `${JSON.stringify({ ...report, rowIssues: [...loaded.issues, ...calc], issueCounts: loaded.issueCounts ?? {}, files: loaded.files }, null, 2)}\n`;
      break;
    case 'markdown':
      out = renderReportMarkdown(report);
      break;
    case 'html':
      // The rows left out: unreadable or invalid, duplicates, and exits the calculation could not rate.
      out = renderReportHtml(report, opts.title, { rowsLeftOut: loaded.files.reduce((n, f) => n + f.rejected, 0) + calc.length });
      break;
    case 'csv':
      out = renderReportCsv(report, { excel: opts.excel === true });
      break;
    default:
      out = renderReportText(report);
  }
  if (opts.output) await writeFile(opts.output, out);
  else io.stdout(out);
  const byCode = { ...totals.byCode };
  for (const i of calc) byCode[i.code ?? 'invalid'] = (byCode[i.code ?? 'invalid'] ?? 0) + 1;
  printIssues(io, [...loaded.issues.slice(0, 50), ...calc], 50, { total: totals.total + calc.length, byCode });
  return totals.total + calc.length > 0 ? 1 : 0;
}

/**
 * `siae validate <files...>`: only the checks. Prints per file the rows read and left out, the
 * encoding and delimiter used, the duplicates and the columns not read; then the problems (at most
 * `maxIssuesPerCode` of each kind are kept, the others counted).
 */
export async function validateCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: ValidateCommandOptions, io: CliIo): Promise<number> {
  const progress = progressOf(io);
  const loaded = await loadDataset(files, mapping, {
    keepRows: false,
    ...(opts.table ? { table: opts.table } : {}),
    ...(progress ? { onProgress: progress } : {}),
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.maxIssuesPerCode ? { maxIssuesPerCode: opts.maxIssuesPerCode } : {}),
  });
  if (progress) io.stderr('\n');
  for (const f of loaded.files) {
    if (f.unread) {
      io.stdout(`${f.file} : non lu\n`);
      continue;
    }
    const how = [f.encoding ? `encodage ${f.encoding}` : null, f.delimiter ? `séparateur ${describeDelimiter(f.delimiter)}` : null].filter(Boolean).join(', ');
    io.stdout(`${f.file} (${f.table}) : ${f.rows} ${f.table === 'dataset' ? `enregistrement(s), ${f.rejected} écarté(s)` : `lignes, ${f.rejected} écartée(s)`}${how ? ` — ${how}` : ''}\n`);
    if (f.duplicates) io.stdout(`  doublons : ${f.duplicates} ligne(s) écartée(s) au profit d’une ligne lue plus tard avec la même clé (la dernière est gardée, rien n’est additionné)\n`);
    if (f.ignoredColumns) io.stdout(`  colonnes non lues (inconnues, voir --mapping) : ${f.ignoredColumns.join(', ')}\n`);
  }
  const total = loaded.issueTotal ?? loaded.issues.length;
  printIssues(io, loaded.issues, 1000, { total, byCode: loaded.issueCounts ?? {} });
  if (total === 0) io.stdout('Aucun problème.\n');
  return total > 0 ? 1 : 0;
}
