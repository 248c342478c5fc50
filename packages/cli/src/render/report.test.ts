import { computeReport, type Report } from '@siae/indicators';
import { generateDataset } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import { renderReportCsv, renderReportHtml, renderReportMarkdown, renderReportText } from './report';

const period = { from: '2025-01-01', to: '2025-12-31' };
const report = computeReport(generateDataset({ seed: 7, parcours: 300 }), { period });
const headings = ['Indicateurs de l’État (DGEFP / ASP)', 'Grille URIAE (variantes et compléments)', 'Référentiel PLIE', 'Grille qualité INAÉ', 'Financement (aide au poste, part modulée)'];

/** The same report with the durable rate set above or below its 25 % target. */
function withDurable(value: number): Report {
  return { ...report, indicators: report.indicators.map((i) => (i.id === 'durable-employment-rate' ? { ...i, value } : i)) };
}

describe('report renderers', () => {
  it('print the grids in order, with their headings, in the text, Markdown and HTML formats', () => {
    for (const out of [renderReportText(report), renderReportMarkdown(report), renderReportHtml(report)]) {
      const at = headings.map((h) => out.indexOf(h));
      expect(at.every((n) => n >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
    const csv = renderReportCsv(report).trim().split('\n');
    const grid = csv[0]!.split(',').indexOf('grille');
    expect(new Set(csv.slice(1).map((l) => l.split(',').at(grid - csv[0]!.split(',').length)))).toEqual(new Set(['dgefp', 'uriae', 'plie', 'inae', 'financing']));
  });

  it('print an indicator computed like another once, the second refers to the first', () => {
    const resultats = report.indicators.find((i) => i.id === 'modulation.resultats')!;
    expect(resultats.sameAs).toBe('dynamic-exit-rate');
    const text = renderReportText(report);
    expect(text).toMatch(/Critère « résultats » de la part modulée +même calcul que « Taux de sortie dynamique »/);
    // The headline rate is printed once: not again in the DGEFP grid.
    expect(text.match(/^ {2}Taux de sortie dynamique +\d/m)).toBeNull();
    expect(renderReportMarkdown(report)).toContain('| Critère « résultats » de la part modulée | même calcul que « Taux de sortie dynamique » |');
  });

  it('list the declared indicators by name, per grid', () => {
    const names = report.grids.flatMap((g) => g.declared.map((d) => d.labelFr));
    expect(names).toHaveLength(report.declared.length);
    for (const out of [renderReportText(report), renderReportMarkdown(report), renderReportHtml(report)]) {
      expect(out).toContain(`${report.declared.length} indicateurs déclaratifs`);
      for (const n of ['Taux de satisfaction', 'Temps de préparation des ateliers', 'Aide au poste']) expect(out).toContain(n);
    }
    expect(renderReportCsv(report).split('\n').filter((l) => l.endsWith(',declare'))).toHaveLength(report.declared.length);
  });

  it('give every rate its 95 % interval and flag small samples in every format', () => {
    const small = { ...report.breakdowns.structure.groups[0]!, key: 'petite' };
    small.result = { ...small.result, numerator: 2, denominator: 8, value: 0.25, interval: { low: 0.0716, high: 0.5907 }, smallSample: true };
    const r: Report = { ...report, breakdowns: { ...report.breakdowns, structure: { ...report.breakdowns.structure, groups: [small] } } };
    expect(renderReportText(r)).toMatch(/petite +25,0 % +\(2 \/ 8 sorties examinées ; IC 95 % 7,2–59,1 %, petit effectif \(moins de 10\)\)/);
    expect(renderReportMarkdown(r)).toContain('| petite | 25,0 % | 2 | 8 | 7,2–59,1 % | petit effectif (moins de 10) |');
    expect(renderReportCsv(r)).toContain('dynamic-exit-rate@structure=petite,"Taux de sortie dynamique, structure petite",0.25,ratio,2,8,,dgefp,0.0716,0.5907,oui,,par_structure');
    expect(renderReportHtml(r)).toContain('25,0 % (2/8) ⚠');
    const dyn = report.dynamicExitRate;
    expect(renderReportText(report)).toContain(`IC 95 % ${(dyn.interval!.low * 100).toFixed(1).replace('.', ',')}–`);
    const durable = report.indicators.find((i) => i.id === 'durable-employment-rate')!;
    expect(renderReportCsv(report)).toContain(`,dgefp,${durable.interval!.low},${durable.interval!.high},non,,calcule`);
  });

  it('colour headline figures against their target, with the target shown', () => {
    const below = renderReportHtml(withDurable(0.155));
    expect(below).toMatch(/<div class="ko">Emploi durable<b>15,5 %<\/b><small>objectif ≥ 25,0 % : non atteint<\/small>/);
    const above = renderReportHtml(withDurable(0.3));
    expect(above).toMatch(/<div class="ok">Emploi durable<b>30,0 %<\/b><small>objectif ≥ 25,0 % : atteint<\/small>/);
    expect(renderReportText(withDurable(0.155))).toContain('objectif ≥ 25,0 % non atteint');
  });

  it('never cuts a structure-type label in the HTML charts', () => {
    const html = renderReportHtml(report);
    expect(html).toContain('EITI — Entreprise d&#39;insertion par le travail indépendant'.replace('&#39;', "'"));
    expect(html).toContain("ETTI — Entreprise de travail temporaire d'insertion");
    expect(html).not.toMatch(/<text[^>]*class="l">[^<]*…</);
  });
});
