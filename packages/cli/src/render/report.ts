import type { Report, ReportGrid, ReportIndicator } from '@siae/indicators';
import { structureKinds } from '@siae/model';
import { csvCell, esc, intervalText, pct, SMALL_SAMPLE_FR, valueIn } from './format';

type Rate = Report['dynamicExitRate'];

const CATS: [keyof Rate['counts'], string, string][] = [
  ['durable', 'Emploi durable', '#1b7f3b'],
  ['transition', 'Emploi de transition', '#5aa469'],
  ['positive', 'Sorties positives', '#9ccc65'],
  ['other', 'Autres sorties', '#c9a227'],
  ['withdrawn', 'Retraits', '#9e9e9e'],
  ['belowThreshold', 'Sous le seuil de présence', '#bdbdbd'],
];

/** The main rate is printed at the top of the report, so its grid does not print it again. */
const HEADLINE = 'dynamic-exit-rate';

/** The indicators of a grid that the report lists (the headline rate is printed once, at the top). */
function listed(report: Report, grid: ReportGrid): ReportIndicator[] {
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  return grid.computed.flatMap((id) => (id === HEADLINE ? [] : (byId.get(id) ?? [])));
}

function labelOf(report: Report, id: string): string {
  return report.indicators.find((i) => i.id === id)?.labelFr ?? id;
}

/** What a report prints instead of the value of an indicator computed like an earlier one. */
function sameAsText(report: Report, i: ReportIndicator): string {
  return `même calcul que « ${labelOf(report, i.sameAs!)} »`;
}

/** The interval and small-sample flag of a rate, as one French phrase (empty for other units). */
function uncertainty(r: { interval?: { low: number; high: number } | null; smallSample?: boolean }): string {
  return [intervalText(r.interval), r.smallSample ? SMALL_SAMPLE_FR : ''].filter(Boolean).join(', ');
}

/** Whether a value reaches its target (null when there is no target or no value). */
function meetsTarget(i: { value: number | null; target?: { min: number } }): boolean | null {
  if (!i.target || i.value === null) return null;
  return i.value >= i.target.min;
}

function targetText(i: ReportIndicator): string {
  const met = meetsTarget(i);
  if (met === null) return '';
  return `objectif ≥ ${pct(i.target!.min)} ${met ? 'atteint' : 'non atteint'}`;
}

function rateLine(r: Pick<Rate, 'numerator' | 'denominator' | 'interval' | 'smallSample'>): string {
  const u = uncertainty(r);
  return `${r.numerator} / ${r.denominator} sorties examinées${u ? ` ; ${u}` : ''}`;
}

/**
 * What a report computed by another engine than `computeReport` adds to its rendering: the CLI's
 * DuckDB engine names itself, says what it left to the JS engine, and gives the counts the members
 * of its rate would have given.
 */
export interface ReportRenderExtras {
  /** Said after the title (`moteur DuckDB`). */
  engineFr?: string;
  /** A note printed at the end of the report. */
  noteFr?: string;
  /** The exits of the period (default: the members of the dynamic rate in the period). */
  exitsInPeriod?: number;
  /** The rows left out (default: the report's issues). */
  rowsLeftOut?: number;
}

/** The report as a readable text table for a terminal. */
export function renderReportText(report: Report, extras: ReportRenderExtras = {}): string {
  const r = report.dynamicExitRate;
  const dyn = report.indicators.find((i) => i.id === HEADLINE);
  const dynTarget = dyn ? targetText(dyn) : '';
  const lines = [
    `Rapport IAE du ${report.period.from} au ${report.period.to}${extras.engineFr ? ` (${extras.engineFr})` : ''}`,
    '',
    `Taux de sortie dynamique : ${pct(r.value)} (${rateLine(r)})${dynTarget ? ` — ${dynTarget}` : ''}`,
    ...CATS.map(([k, label]) => `  ${label.padEnd(28)} ${String(r.counts[k]).padStart(7)}`),
  ];
  const all = report.grids.flatMap((g) => listed(report, g));
  const width = Math.min(60, Math.max(20, ...all.map((i) => i.labelFr.length)));
  for (const g of report.grids) {
    const list = listed(report, g);
    if (list.length === 0) continue;
    lines.push('', `${g.labelFr} — ${g.scopeFr}`);
    for (const i of list) {
      const value = i.sameAs ? sameAsText(report, i) : valueIn(i.unit, i.value).padStart(12);
      const notes = i.sameAs ? '' : [uncertainty(i), targetText(i)].filter(Boolean).join(' ; ');
      // A long label keeps every word: the value goes on the next line.
      if (i.labelFr.length > width) lines.push(`  ${i.labelFr}`, `  ${''.padEnd(width)}  ${value}${notes ? `  (${notes})` : ''}`);
      else lines.push(`  ${i.labelFr.padEnd(width)}  ${value}${notes ? `  (${notes})` : ''}`);
    }
  }
  lines.push('', 'Taux de sortie dynamique par structure :');
  for (const g of report.breakdowns.structure.groups) lines.push(`  ${g.key.padEnd(24)} ${pct(g.result.value).padStart(8)}  (${rateLine(g.result)})`);
  lines.push('', `${report.declared.length} indicateurs déclaratifs à renseigner par la structure (enquêtes, témoignages) :`);
  for (const g of report.grids) {
    if (g.declared.length === 0) continue;
    lines.push(`  ${g.labelFr} (${g.declared.length}) :`);
    for (const d of g.declared) lines.push(`    - ${d.labelFr}`);
  }
  if (extras.noteFr) lines.push('', extras.noteFr);
  return `${lines.join('\n')}\n`;
}

const md = (s: string) => s.replace(/\|/g, '/').replace(/\n/g, ' ');

/** The report as Markdown. */
export function renderReportMarkdown(report: Report, extras: ReportRenderExtras = {}): string {
  const r = report.dynamicExitRate;
  const dyn = report.indicators.find((i) => i.id === HEADLINE);
  const dynTarget = dyn ? targetText(dyn) : '';
  const out = [
    `# Rapport IAE du ${report.period.from} au ${report.period.to}${extras.engineFr ? ` (${extras.engineFr})` : ''}`,
    '',
    `**Taux de sortie dynamique : ${pct(r.value)}** (${rateLine(r)})${dynTarget ? ` — ${dynTarget}` : ''}`,
    '',
    '| Catégorie | Sorties |',
    '| --- | --- |',
    ...CATS.map(([k, label]) => `| ${label} | ${r.counts[k]} |`),
  ];
  for (const g of report.grids) {
    const list = listed(report, g);
    if (list.length === 0) continue;
    out.push('', `## ${g.labelFr}`, '', `*${g.scopeFr}*`, '', '| Indicateur | Valeur | Incertitude, objectif | Détail | Source |', '| --- | --- | --- | --- | --- |');
    for (const i of list) {
      if (i.sameAs) out.push(`| ${md(i.labelFr)} | ${md(sameAsText(report, i))} |  |  | ${md(i.source)} |`);
      else out.push(`| ${md(i.labelFr)} | ${valueIn(i.unit, i.value)} | ${md([uncertainty(i), targetText(i)].filter(Boolean).join(' ; '))} | ${md(i.explanationFr)} | ${md(i.source)} |`);
    }
  }
  out.push(
    '',
    '## Taux de sortie dynamique par structure',
    '',
    '| Structure | Taux | Numérateur | Sorties examinées | IC 95 % | Effectif |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.breakdowns.structure.groups.map((g) => `| ${md(g.key)} | ${pct(g.result.value)} | ${g.result.numerator} | ${g.result.denominator} | ${intervalText(g.result.interval).replace('IC 95 % ', '')} | ${g.result.smallSample ? SMALL_SAMPLE_FR : ''} |`),
    '',
    '## Par trimestre',
    '',
    '| Trimestre | Taux | Sorties examinées | IC 95 % | Effectif |',
    '| --- | --- | --- | --- | --- |',
    ...report.breakdowns.quarter.groups.map((g) => `| ${md(g.key)} | ${pct(g.result.value)} | ${g.result.denominator} | ${intervalText(g.result.interval).replace('IC 95 % ', '')} | ${g.result.smallSample ? SMALL_SAMPLE_FR : ''} |`),
    '',
    `## ${report.declared.length} indicateurs déclaratifs à renseigner`,
    '',
    'Enquêtes, témoignages ou données que le modèle ne contient pas : la structure les renseigne.',
  );
  for (const g of report.grids) {
    if (g.declared.length === 0) continue;
    out.push('', `### ${g.labelFr} (${g.declared.length})`, '', ...g.declared.map((d) => `- ${md(d.labelFr)}`));
  }
  if (extras.noteFr) out.push('', `*${md(extras.noteFr)}*`);
  out.push('');
  return out.join('\n');
}

/** Options of {@link renderReportCsv}. */
export interface ReportCsvOptions {
  /**
   * For French Excel: `;` between cells, decimal comma, a UTF-8 byte order mark (so that Excel
   * reads the accents) and `\r\n` line ends. Default: `,`, decimal point, no mark, `\n`.
   */
  excel?: boolean;
}

/**
 * The report as CSV: one line per computed indicator (grouped by grid), then the dynamic rate of
 * each structure, then the declared indicators (no value). The first seven columns are those of
 * earlier versions; `grille`, the 95 % interval, the small-sample flag (`oui` under 10), the id of
 * an indicator computed the same way (`meme_calcul_que`) and the nature of the line follow.
 * `excel: true` writes it for French Excel.
 */
export function renderReportCsv(report: Report, options: ReportCsvOptions = {}): string {
  const d = options.excel ? ';' : ',';
  const eol = options.excel ? '\r\n' : '\n';
  // Excel: a cell is quoted only when it holds `;`, a quote or a line end (a decimal comma is not quoted).
  const cellOf = options.excel ? (v: unknown) => (/[";\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)) : (v: unknown) => csvCell(v);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : options.excel ? String(v).replace('.', ',') : v);
  const line = (cells: unknown[]) => cells.map(cellOf).join(d);
  const lines = [line(['id', 'libelle', 'valeur', 'unite', 'numerateur', 'denominateur', 'source', 'grille', 'ic95_bas', 'ic95_haut', 'petit_effectif', 'meme_calcul_que', 'nature'])];
  const flag = (v: boolean | undefined) => (v === undefined ? '' : v ? 'oui' : 'non');
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  for (const g of report.grids) {
    for (const id of g.computed) {
      const i = byId.get(id);
      if (!i) continue;
      lines.push(line([i.id, i.labelFr, n(i.value), i.unit, n(i.numerator), n(i.denominator), i.source, g.id, n(i.interval?.low), n(i.interval?.high), flag(i.smallSample), i.sameAs ?? '', 'calcule']));
    }
  }
  for (const s of report.breakdowns.structure.groups) {
    const x = s.result;
    lines.push(line([`${HEADLINE}@structure=${s.key}`, `Taux de sortie dynamique, structure ${s.key}`, n(x.value), 'ratio', n(x.numerator), n(x.denominator), '', 'dgefp', n(x.interval?.low), n(x.interval?.high), flag(x.smallSample), '', 'par_structure']));
  }
  for (const g of report.grids) for (const dcl of g.declared) lines.push(line([dcl.id, dcl.labelFr, '', '', '', '', '', g.id, '', '', '', '', 'declare']));
  return `${options.excel ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
}

/** A horizontal bar chart of rates, with each rate's 95 % interval drawn as a whisker. */
function bars(rows: { label: string; value: number | null; interval?: { low: number; high: number } | null; note?: string; small?: boolean }[], color: string): string {
  const h = 26;
  // The label column fits the longest label (about 7 px a character at 12 px), so no label is cut.
  const labelW = Math.max(80, Math.ceil(Math.max(0, ...rows.map((r) => r.label.length)) * 7) + 10);
  // A fixed width keeps the text the same size in every chart; the bars take what the labels leave.
  const width = 920;
  const noteW = 170;
  const barW = Math.max(200, width - labelW - noteW);
  const svgRows = rows
    .map((row, i) => {
      const w = row.value === null ? 0 : Math.max(0, Math.min(1, row.value)) * barW;
      const y = i * h;
      const whisker = row.interval
        ? `<line x1="${(labelW + row.interval.low * barW).toFixed(1)}" x2="${(labelW + row.interval.high * barW).toFixed(1)}" y1="${y + 13}" y2="${y + 13}" stroke="#222" stroke-width="1.5"/>`
        : '';
      const text = `${pct(row.value)}${row.note ? ` ${row.note}` : ''}${row.small ? ' ⚠' : ''}`;
      return `<text x="0" y="${y + 17}" class="l">${esc(row.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${h - 8}" fill="${color}" rx="3"${row.small ? ' fill-opacity="0.45"' : ''}/>${whisker}<text x="${labelW + barW + 8}" y="${y + 17}" class="v">${esc(text)}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${Math.max(width, labelW + barW + noteW)} ${rows.length * h}" width="100%" role="img">${svgRows}</svg>`;
}

function kpi(label: string, value: string, met: boolean | null, lines: string[]): string {
  const cls = met === null ? '' : met ? ' class="ok"' : ' class="ko"';
  return `<div${cls}>${esc(label)}<b>${esc(value)}</b>${lines.map((l) => `<small>${esc(l)}</small>`).join('')}</div>`;
}

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, no network) with
 * charts of the exit categories and the rates per structure and per period; printable. Figures
 * with a target are green when they reach it and red otherwise, with the target shown; rates show
 * their 95 % interval and a flag under 10 exits.
 */
export function renderReportHtml(report: Report, title = 'Rapport IAE', extras: ReportRenderExtras = {}): string {
  const r = report.dynamicExitRate;
  const total = CATS.reduce((n, [k]) => n + r.counts[k], 0);
  let x = 0;
  const stacked = CATS.map(([k, label, color]) => {
    const w = total === 0 ? 0 : (r.counts[k] / total) * 100;
    const part = `<rect x="${x.toFixed(2)}%" y="0" width="${w.toFixed(2)}%" height="36" fill="${color}"><title>${esc(label)} : ${r.counts[k]}</title></rect>`;
    x += w;
    return part;
  }).join('');
  const legend = CATS.map(([k, label, color]) => `<li><span class="sw" style="background:${color}"></span>${esc(label)} : <b>${r.counts[k]}</b></li>`).join('');
  const kindLabel = (k: string) => `${k} — ${structureKinds.get(k)?.labelFr ?? k}`;
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const dyn = byId.get(HEADLINE);
  const durable = byId.get('durable-employment-rate');
  const targetLine = (i: ReportIndicator | undefined) => {
    const met = i ? meetsTarget(i) : null;
    return met === null ? [] : [`objectif ≥ ${pct(i!.target!.min)} : ${met ? 'atteint' : 'non atteint'}`];
  };
  const uncertaintyLines = (u: { interval?: { low: number; high: number } | null; smallSample?: boolean }) => [intervalText(u.interval), u.smallSample ? `⚠ ${SMALL_SAMPLE_FR}` : ''].filter(Boolean);
  const kpis = [
    kpi('Taux de sortie dynamique', pct(r.value), dyn ? meetsTarget(dyn) : null, [...targetLine(dyn), ...uncertaintyLines(r), `${r.numerator} / ${r.denominator} sorties examinées`]),
    ...(durable ? [kpi('Emploi durable', pct(durable.value), meetsTarget(durable), [...targetLine(durable), ...uncertaintyLines(durable), `${durable.numerator ?? 0} / ${durable.denominator ?? 0} sorties examinées`])] : []),
    kpi('Sorties examinées', String(r.denominator), null, [`${r.counts.withdrawn} retraits, ${r.counts.belowThreshold} sous le seuil`]),
  ].join('\n');
  // The KPIs show these two: the grid tables do not print them again.
  const inKpi = new Set([HEADLINE, 'durable-employment-rate']);
  const gridSections = report.grids
    .map((g) => {
      const list = listed(report, g).filter((i) => !inKpi.has(i.id));
      const kpiNote = g.id === 'dgefp' ? '<p><small>Le taux de sortie dynamique et le taux d’emploi durable figurent en tête du rapport.</small></p>' : '';
      if (list.length === 0) return kpiNote ? `<h3>${esc(g.labelFr)}</h3><p><small>${esc(g.scopeFr)}</small></p>${kpiNote}` : '';
      const rows = list
        .map((i) => {
          if (i.sameAs) return `<tr><td>${esc(i.labelFr)}</td><td class="n same">=</td><td><small>${esc(sameAsText(report, i))}</small></td></tr>`;
          const met = meetsTarget(i);
          const cls = met === null ? '' : met ? ' ok' : ' ko';
          const notes = [...uncertaintyLines(i), ...targetLine(i)].map((l) => `<br><small>${esc(l)}</small>`).join('');
          return `<tr><td>${esc(i.labelFr)}</td><td class="n${cls}">${esc(valueIn(i.unit, i.value))}${notes}</td><td><small>${esc(i.explanationFr)}</small></td></tr>`;
        })
        .join('');
      return `<h3>${esc(g.labelFr)}</h3><p><small>${esc(g.scopeFr)}</small></p>${kpiNote}<table><thead><tr><th>Indicateur</th><th>Valeur</th><th>Détail</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('\n');
  const declared = report.grids
    .filter((g) => g.declared.length > 0)
    .map((g) => `<h3>${esc(g.labelFr)} (${g.declared.length})</h3><ul class="declared">${g.declared.map((d) => `<li>${esc(d.labelFr)}</li>`).join('')}</ul>`)
    .join('\n');
  const issues = extras.rowsLeftOut ?? report.issues.length;
  const exitsInPeriod = extras.exitsInPeriod ?? r.members.filter((m) => m.why !== 'outside_period').length;
  const rateRow = (label: string, g: { result: Rate }, withNumerator: boolean) => ({
    label,
    value: g.result.value,
    interval: g.result.interval,
    small: g.result.smallSample,
    note: withNumerator ? `(${g.result.numerator}/${g.result.denominator})` : `(${g.result.denominator})`,
  });
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(report.period.from)} au ${esc(report.period.to)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:920px;color:#1d1d1d;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1b7f3b;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.4rem 0 .2rem}
.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{background:#f3f5f7;border-radius:8px;padding:.8rem 1rem;min-width:180px;border-left:6px solid #9e9e9e}.kpi b{display:block;font-size:1.6rem;color:#1d1d1d}.kpi small{display:block}
.kpi div.ok{background:#eef7f0;border-left-color:#1b7f3b}.kpi div.ok b{color:#1b7f3b}.kpi div.ko{background:#fbeeee;border-left-color:#b3261e}.kpi div.ko b{color:#b3261e}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.35rem .4rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap;font-weight:600}td.n small{font-weight:400}td.ok{color:#1b7f3b}td.ko{color:#b3261e}td.same{color:#555}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.9rem}.sw{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;margin-right:.35rem;vertical-align:-2px}
ul.declared{columns:2;font-size:.85rem;color:#333}
svg text.l{font-size:12px;fill:#333}svg text.v{font-size:12px;fill:#111;font-weight:600}small{color:#555}
@media print{body{margin:0;max-width:none}h2,h3{break-after:avoid}table,svg{break-inside:avoid}}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Période du <b>${esc(report.period.from)}</b> au <b>${esc(report.period.to)}</b> — ${exitsInPeriod} sorties sur la période, ${issues} ligne(s) écartée(s).${extras.engineFr ? ` Calcul : ${esc(extras.engineFr)}.` : ''}</p>
<div class="kpi">${kpis}</div>
<h2>Catégories de sortie</h2>
<svg viewBox="0 0 100 36" preserveAspectRatio="none" width="100%" height="36" role="img" aria-label="Répartition des sorties">${stacked}</svg>
<ul class="legend">${legend}</ul>
<h2>Taux de sortie dynamique par structure</h2>
<p><small>Trait noir : intervalle de confiance à 95 % (Wilson). ⚠ et barre pâle : moins de 10 sorties examinées, taux peu fiable.</small></p>
${bars(
  report.breakdowns.structure.groups.map((g) => rateRow(g.key, g, true)),
  '#1b7f3b',
)}
<h2>Par type de structure</h2>
${bars(
  report.breakdowns.structureKind.groups.map((g) => rateRow(kindLabel(g.key), g, false)),
  '#3f8f5b',
)}
<h2>Par trimestre de sortie</h2>
${bars(
  report.breakdowns.quarter.groups.map((g) => rateRow(g.key, g, false)),
  '#5aa469',
)}
<h2>Indicateurs par grille</h2>
${gridSections}
<h2>${report.declared.length} indicateurs déclaratifs à renseigner</h2>
<p><small>Enquêtes, témoignages ou données que le modèle ne contient pas : la structure les renseigne. Calculé avec @siae/indicators.</small></p>${extras.noteFr ? `\n<p><small>${esc(extras.noteFr)}</small></p>` : ''}
${declared}
</body></html>
`;
}
