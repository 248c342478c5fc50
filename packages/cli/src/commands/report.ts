import { writeFile } from 'node:fs/promises';
import { computeReport } from '@siae/indicators';
import type { DatasetTable } from '@siae/model';
import { loadDataset } from '../input/loadDataset';
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
}

/**
 * `siae report <files...>`: reads the files, validates every row, computes the indicator report
 * for the period (default: from the first to the last exit) and prints it. Returns the exit code:
 * 0 when every row was read, 1 when some were rejected.
 */
export async function reportCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: ReportCommandOptions, io: CliIo): Promise<number> {
  const progress = io.isTty ? (file: string, lines: number) => io.stderr(`\r${file} : ${lines.toLocaleString('fr-FR')} lignes lues`) : undefined;
  const loaded = await loadDataset(files, mapping, { ...(opts.table ? { table: opts.table } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (progress) io.stderr('\n');
  const exitDates = loaded.dataset.exits.map((e) => e.date).sort();
  const from = opts.from ?? exitDates[0] ?? '1900-01-01';
  const to = opts.to ?? exitDates.at(-1) ?? '2999-12-31';
  const report = computeReport(loaded.dataset, { period: { from, to }, assumeValid: true, ...(opts.variant ? { variant: opts.variant } : {}) });
  const format = opts.format ?? 'table';
  let out: string;
  switch (format) {
    case 'json':
      out = `${JSON.stringify({ ...report, rowIssues: loaded.issues, files: loaded.files }, null, 2)}\n`;
      break;
    case 'markdown':
      out = renderReportMarkdown(report);
      break;
    case 'html':
      out = renderReportHtml(report, opts.title);
      break;
    case 'csv':
      out = renderReportCsv(report);
      break;
    default:
      out = renderReportText(report);
  }
  if (opts.output) await writeFile(opts.output, out);
  else io.stdout(out);
  printIssues(io, [...loaded.issues, ...report.issues.map((i) => ({ file: `(calcul) ${i.pathText}`, line: 0, column: null, table: '-', messageFr: i.messageFr, messageEn: i.messageEn }))]);
  return loaded.issues.length > 0 ? 1 : 0;
}

/** `siae validate <files...>`: only the checks. */
export async function validateCommand(files: string[], mapping: Record<DatasetTable, TableMapping>, opts: { table?: DatasetTable }, io: CliIo): Promise<number> {
  const progress = io.isTty ? (file: string, lines: number) => io.stderr(`\r${file} : ${lines.toLocaleString('fr-FR')} lignes lues`) : undefined;
  const loaded = await loadDataset(files, mapping, { keepRows: false, ...(opts.table ? { table: opts.table } : {}), ...(progress ? { onProgress: progress } : {}) });
  if (progress) io.stderr('\n');
  for (const f of loaded.files) io.stdout(`${f.file} (${f.table}) : ${f.rows} ${f.table === 'dataset' ? `enregistrement(s), ${f.rejected} écarté(s)` : `lignes, ${f.rejected} écartée(s)`}\n`);
  printIssues(io, loaded.issues, 1000);
  if (loaded.issues.length === 0) io.stdout('Aucun problème.\n');
  return loaded.issues.length > 0 ? 1 : 0;
}
