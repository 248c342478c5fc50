import { writeFile } from 'node:fs/promises';
import { computeReport, type Report } from '@siae/indicators';
import { FLUXIAE_REPORT_TABLES, FluxIaeInputError, loadFluxIae } from '../input/fluxiae/load';
import type { LoadedFluxIae } from '../input/fluxiae/session';
import type { CliIo } from '../io';
import { esc } from '../render/format';
import { renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from '../render/report';
import type { ReportCommandOptions } from './report';
import { printIssues } from './issues';

/** The sentence a FluxIAE report carries about its exit categories. */
export function fluxIaeMappingSentence(loaded: Pick<LoadedFluxIae, 'mapping'>): string {
  return loaded.mapping
    ? 'Catégories de sortie : celles de l’ASP, lues dans fluxIAE_RefMotifSort → fluxIAE_RefCategorieSort (« Retrait des sorties constatées » retiré des sorties examinées).'
    : 'Catégories de sortie : correspondance par défaut de @siae/indicators (fluxIAE_RefCategorieSort absent).';
}

/** Adds the data source and the category sentence to a rendered report (CSV: unchanged, said on stderr). */
export function withFluxIaeSource(rendered: string, format: string, sentence: string): string {
  const source = 'Données : export FluxIAE de l’ASP.';
  switch (format) {
    case 'markdown': {
      const cut = rendered.indexOf('\n');
      return `${rendered.slice(0, cut)}\n\n> ${source} ${sentence}${rendered.slice(cut)}`;
    }
    case 'html':
      return rendered.replace('</h1>', `</h1>\n<p><small>${esc(source)} ${esc(sentence)}</small></p>`);
    case 'csv':
      return rendered;
    default: {
      const cut = rendered.indexOf('\n');
      return `${rendered.slice(0, cut)}\n${source}\n${sentence}${rendered.slice(cut)}`;
    }
  }
}

function render(report: Report, loaded: LoadedFluxIae, opts: ReportCommandOptions): string {
  const format = opts.format ?? 'table';
  const sentence = fluxIaeMappingSentence(loaded);
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        {
          ...report,
          input: { format: 'fluxiae', categoryMapping: loaded.mapping ? { id: loaded.mapping.id, labelFr: loaded.mapping.labelFr, source: loaded.mapping.source } : { id: 'dgefp-asp', default: true }, sentence, notes: loaded.notes },
          rowIssues: loaded.issues,
          files: loaded.files,
        },
        null,
        2,
      )}\n`;
    case 'markdown':
      return withFluxIaeSource(renderReportMarkdown(report), format, sentence);
    case 'html':
      return withFluxIaeSource(renderReportHtml(report, opts.title), format, sentence);
    case 'csv':
      return renderReportCsv(report);
    default:
      return withFluxIaeSource(renderReportText(report), format, sentence);
  }
}

function printNotes(io: CliIo, notes: readonly string[]): void {
  for (const n of notes) io.stderr(`note : ${n}\n`);
}

/**
 * `siae report --input-format fluxiae DIR/`: reads the ASP's FluxIAE files (structures, contracts,
 * monthly states, exit reasons and their categories), computes the report with the ASP's own
 * category of each exit reason when the reference tables are there, and prints it. Exit code: 0,
 * 1 when rows or exits were left out, 2 when the files cannot be read at all.
 */
export async function reportFluxIaeCommand(paths: string[], opts: ReportCommandOptions, io: CliIo): Promise<number> {
  let loaded: Awaited<ReturnType<typeof loadFluxIae>>;
  try {
    loaded = await loadFluxIae(paths, { require: FLUXIAE_REPORT_TABLES, ...(io.isTty ? { onProgress: (f: string, n: number) => io.stderr(`\r${f} : ${n.toLocaleString('fr-FR')} lignes lues`) } : {}) });
  } catch (e) {
    if (e instanceof FluxIaeInputError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (io.isTty) io.stderr('\n');
  const exitDates = loaded.dataset.exits.map((e) => e.date).sort();
  const from = opts.from ?? exitDates[0] ?? '1990-01-01';
  const to = opts.to ?? exitDates.at(-1) ?? '2100-12-31';
  const report = computeReport(loaded.dataset, { period: { from, to }, assumeValid: true, ...(loaded.mapping ? { mapping: loaded.mapping } : {}), ...(opts.variant ? { variant: opts.variant } : {}) });
  const out = render(report, loaded, opts);
  if (opts.output) await writeFile(opts.output, out);
  else io.stdout(out);
  if ((opts.format ?? 'table') === 'csv') io.stderr(`${fluxIaeMappingSentence(loaded)}\n`);
  printNotes(io, loaded.notes);
  const calc = report.issues.map((i) => ({ file: `(calcul) ${i.pathText}`, line: 0, column: null, table: '-', messageFr: i.messageFr, messageEn: i.messageEn }));
  printIssues(io, [...loaded.issues, ...calc]);
  return loaded.issues.length + calc.length > 0 ? 1 : 0;
}

/** `siae validate --input-format fluxiae DIR/`: reads and checks the FluxIAE files, without computing. */
export async function validateFluxIaeCommand(paths: string[], io: CliIo): Promise<number> {
  let loaded: Awaited<ReturnType<typeof loadFluxIae>>;
  try {
    loaded = await loadFluxIae(paths, { keepRows: false });
  } catch (e) {
    if (e instanceof FluxIaeInputError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (loaded.files.length === 0) {
    io.stderr('aucun fichier FluxIAE (fluxIAE_<Table>….csv) trouvé / no FluxIAE file found\n');
    return 2;
  }
  for (const f of loaded.files) io.stdout(`${f.file} (${f.table}) : ${f.rows} lignes, ${f.rejected} écartée(s) à la lecture${f.personalColumns > 0 ? `, ${f.personalColumns} colonne(s) personnelle(s) écartée(s)` : ''}\n`);
  const d = loaded.accepted;
  io.stdout(`Jeu de données : ${d.structures} structure(s), ${d.contracts} contrat(s), ${d.monthlyHours} ligne(s) d’heures, ${d.exits} sortie(s).\n`);
  io.stdout(`${fluxIaeMappingSentence(loaded)}\n`);
  for (const n of loaded.notes) io.stdout(`note : ${n}\n`);
  printIssues(io, loaded.issues, 1000);
  if (loaded.issues.length === 0) io.stdout('Aucun problème.\n');
  return loaded.issues.length > 0 ? 1 : 0;
}
