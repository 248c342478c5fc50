// Assesses the offre de services of a sample ACI against the référentiel and prints the Markdown a
// director can paste into the dialogue de gestion file.
import { allActions, assessOffreDeServices } from '@siae/referentiel';

// The structure declares every action of axes 1 and 3 done, axis 2 partly, axis 4 not at all.
const actions: Record<string, { done: boolean | 'partial'; how?: string; partners?: string[] }> = {};
for (const a of allActions('annexe-2')) {
  if (a.axis.number === 1 || a.axis.number === 3) actions[a.id] = { done: true, how: 'Procédure écrite, revue chaque année' };
  if (a.axis.number === 2) actions[a.id] = { done: 'partial', partners: ['PLIE', 'Mission locale'] };
}
const result = assessOffreDeServices({ structureName: 'Chantier du Val', actions });
console.log(result.markdown);

const byAxis = result.byAxis.map((x) => `${x.axis}:${x.ratio === null ? '-' : Math.round(x.ratio * 100)}`);
if (JSON.stringify(byAxis) !== JSON.stringify(['1:100', '2:50', '3:100', '4:0'])) throw new Error(`unexpected coverage ${byAxis.join(' ')}`);
if (result.missing.filter((m) => m.status === 'missing').length !== 7) throw new Error('axis 4 has 7 actions to develop');
if (!result.markdown.includes('## Pistes d’amélioration (grille INAÉ)')) throw new Error('markdown lacks the INAÉ tracks');
// Axes 2 and 4 have gaps: the tool box of those axes only, and the INAÉ tracks of the dimensions that speak to them.
if (!result.tools.every((t) => t.axis === 2 || t.axis === 4) || result.tools.length === 0) throw new Error('tools of axes 2 and 4 expected');
if (!result.markdown.includes('- Axe 4 — Audits : Financier')) throw new Error('markdown lacks the axis-4 tools');
console.log('offre de services example: ok');
