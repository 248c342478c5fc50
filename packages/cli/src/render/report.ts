import type { Report } from '@siae/indicators';
import { structureKinds } from '@siae/model';
import { csvCell, esc, pct, valueIn } from './format';

const CATS: [keyof Report['dynamicExitRate']['counts'], string, string][] = [
  ['durable', 'Emploi durable', '#1b7f3b'],
  ['transition', 'Emploi de transition', '#5aa469'],
  ['positive', 'Sorties positives', '#9ccc65'],
  ['other', 'Autres sorties', '#c9a227'],
  ['withdrawn', 'Retraits', '#9e9e9e'],
  ['belowThreshold', 'Sous le seuil de présence', '#bdbdbd'],
];

/** The report as a readable text table for a terminal. */
export function renderReportText(report: Report): string {
  const r = report.dynamicExitRate;
  const lines = [
    `Rapport IAE du ${report.period.from} au ${report.period.to}`,
    '',
    `Taux de sortie dynamique : ${pct(r.value)} (${r.numerator} / ${r.denominator} sorties examinées)`,
    ...CATS.map(([k, label]) => `  ${label.padEnd(28)} ${String(r.counts[k]).padStart(7)}`),
    '',
    'Indicateurs :',
  ];
  const width = Math.min(70, Math.max(...report.indicators.map((i) => i.labelFr.length)));
  for (const i of report.indicators) {
    const label = i.labelFr.length > width ? `${i.labelFr.slice(0, width - 1)}…` : i.labelFr;
    lines.push(`  ${label.padEnd(width)}  ${valueIn(i.unit, i.value).padStart(12)}`);
  }
  lines.push('', 'Par structure :');
  for (const g of report.breakdowns.structure.groups) lines.push(`  ${g.key.padEnd(24)} ${pct(g.result.value).padStart(8)}  (${g.result.numerator}/${g.result.denominator})`);
  lines.push('', `Indicateurs déclaratifs à renseigner : ${report.declared.length}`);
  return `${lines.join('\n')}\n`;
}

/** The report as Markdown. */
export function renderReportMarkdown(report: Report): string {
  const r = report.dynamicExitRate;
  const out = [
    `# Rapport IAE du ${report.period.from} au ${report.period.to}`,
    '',
    `**Taux de sortie dynamique : ${pct(r.value)}** (${r.numerator} / ${r.denominator} sorties examinées)`,
    '',
    '| Catégorie | Sorties |',
    '| --- | --- |',
    ...CATS.map(([k, label]) => `| ${label} | ${r.counts[k]} |`),
    '',
    '## Indicateurs',
    '',
    '| Indicateur | Valeur | Détail | Source |',
    '| --- | --- | --- | --- |',
    ...report.indicators.map((i) => `| ${i.labelFr} | ${valueIn(i.unit, i.value)} | ${i.explanationFr.replace(/\|/g, '/')} | ${i.source.replace(/\|/g, '/')} |`),
    '',
    '## Taux de sortie dynamique par structure',
    '',
    '| Structure | Taux | Numérateur | Sorties examinées |',
    '| --- | --- | --- | --- |',
    ...report.breakdowns.structure.groups.map((g) => `| ${g.key} | ${pct(g.result.value)} | ${g.result.numerator} | ${g.result.denominator} |`),
    '',
    '## Par trimestre',
    '',
    '| Trimestre | Taux | Sorties examinées |',
    '| --- | --- | --- |',
    ...report.breakdowns.quarter.groups.map((g) => `| ${g.key} | ${pct(g.result.value)} | ${g.result.denominator} |`),
    '',
  ];
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

/** The report as CSV: one line per indicator (`excel: true` for French Excel). */
export function renderReportCsv(report: Report, options: ReportCsvOptions = {}): string {
  const d = options.excel ? ';' : ',';
  const eol = options.excel ? '\r\n' : '\n';
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : options.excel ? String(v).replace('.', ',') : v);
  const lines = [['id', 'libelle', 'valeur', 'unite', 'numerateur', 'denominateur', 'source'].join(d)];
  // Excel: a cell is quoted only when it holds `;`, a quote or a line end (a decimal comma is not quoted).
  const cellOf = options.excel ? (v: unknown) => (/[";\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v)) : (v: unknown) => csvCell(v);
  for (const i of report.indicators) lines.push([i.id, i.labelFr, n(i.value), i.unit, n(i.numerator), n(i.denominator), i.source].map(cellOf).join(d));
  return `${options.excel ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
}

function bars(rows: { label: string; value: number | null; note?: string }[], color: string): string {
  const h = 26;
  const width = 640;
  const labelW = 300;
  const svgRows = rows
    .map((row, i) => {
      const w = row.value === null ? 0 : Math.max(0, Math.min(1, row.value)) * (width - labelW - 90);
      const y = i * h;
      return `<text x="0" y="${y + 17}" class="l">${esc(row.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${h - 8}" fill="${color}" rx="3"/><text x="${labelW + w + 6}" y="${y + 17}" class="v">${esc(pct(row.value))}${row.note ? ` ${esc(row.note)}` : ''}</text>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${width} ${rows.length * h}" width="100%" role="img">${svgRows}</svg>`;
}

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, no network) with
 * charts of the exit categories and the rates per structure and per period; printable.
 */
export function renderReportHtml(report: Report, title = 'Rapport IAE'): string {
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
  const kindLabel = (k: string) => {
    const label = structureKinds.get(k)?.labelFr ?? k;
    return `${k} — ${label.length > 32 ? `${label.slice(0, 31)}…` : label}`;
  };
  const indicatorRows = report.indicators
    .map((i) => `<tr><td>${esc(i.labelFr)}${i.target ? `<br><small>objectif ≥ ${pct(i.target.min)}</small>` : ''}</td><td class="n">${esc(valueIn(i.unit, i.value))}</td><td><small>${esc(i.explanationFr)}</small></td></tr>`)
    .join('');
  const issues = report.issues.length;
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — ${esc(report.period.from)} au ${esc(report.period.to)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:920px;color:#1d1d1d;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1b7f3b;padding-bottom:.2rem}
.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{background:#f3f7f4;border-radius:8px;padding:.8rem 1rem;min-width:160px}.kpi b{display:block;font-size:1.6rem;color:#1b7f3b}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.35rem .4rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap;font-weight:600}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.9rem}.sw{display:inline-block;width:.9rem;height:.9rem;border-radius:2px;margin-right:.35rem;vertical-align:-2px}
svg text.l{font-size:12px;fill:#333}svg text.v{font-size:12px;fill:#111;font-weight:600}small{color:#555}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
</style></head><body>
<h1>${esc(title)}</h1>
<p>Période du <b>${esc(report.period.from)}</b> au <b>${esc(report.period.to)}</b> — ${r.members.filter((m) => m.why !== 'outside_period').length} sorties sur la période, ${issues} ligne(s) écartée(s).</p>
<div class="kpi"><div>Taux de sortie dynamique<b>${esc(pct(r.value))}</b><small>${r.numerator} / ${r.denominator} sorties examinées</small></div>
<div>Emploi durable<b>${esc(pct(r.denominator ? r.counts.durable / r.denominator : null))}</b><small>objectif ≥ 25 %</small></div>
<div>Sorties examinées<b>${r.denominator}</b><small>${r.counts.withdrawn} retraits, ${r.counts.belowThreshold} sous le seuil</small></div></div>
<h2>Catégories de sortie</h2>
<svg viewBox="0 0 100 36" preserveAspectRatio="none" width="100%" height="36" role="img" aria-label="Répartition des sorties">${stacked}</svg>
<ul class="legend">${legend}</ul>
<h2>Taux de sortie dynamique par structure</h2>
${bars(report.breakdowns.structure.groups.map((g) => ({ label: g.key, value: g.result.value, note: `(${g.result.numerator}/${g.result.denominator})` })), '#1b7f3b')}
<h2>Par type de structure</h2>
${bars(report.breakdowns.structureKind.groups.map((g) => ({ label: kindLabel(g.key), value: g.result.value, note: `(${g.result.denominator})` })), '#3f8f5b')}
<h2>Par trimestre de sortie</h2>
${bars(report.breakdowns.quarter.groups.map((g) => ({ label: g.key, value: g.result.value, note: `(${g.result.denominator})` })), '#5aa469')}
<h2>Indicateurs</h2>
<table><thead><tr><th>Indicateur</th><th>Valeur</th><th>Détail</th></tr></thead><tbody>${indicatorRows}</tbody></table>
<p><small>Calculé avec @siae/indicators. ${report.declared.length} indicateurs sont déclaratifs (enquêtes, témoignages) et restent à renseigner par la structure.</small></p>
</body></html>
`;
}
