// Queries the référentiel: the editions, an action by id with its links to the parcours and the
// indicators, a keyword search (accents and case ignored), and what changed between the editions.
import { compareEditions, findActions, getAction, getReferentiel, inaeQualityGrid, listEditions } from '@siae/referentiel';

const editions = listEditions().map((e) => e.edition);
console.log(`Éditions : ${editions.join(', ')}`);
if (editions.join() !== 'formation-projet,annexe-2') throw new Error('two editions expected');

const ref = getReferentiel();
console.log(ref.axes.map((a) => `Axe ${a.number} — ${a.title} : ${a.rows.length} actions`).join('\n'));
if (ref.axes.reduce((n, a) => n + a.rows.length, 0) !== 34) throw new Error('annexe 2 has 34 actions');

const finalReview = findActions('BILAN FINAL');
console.log(`\n« bilan final » : ${finalReview.map((a) => a.id).join(', ')}`);
const first = finalReview[0];
if (!first || !first.links.duties.includes('final-review')) throw new Error('the final review action is linked to the final-review duty');
console.log(`  étapes : ${first.links.stages.join(', ')} ; devoirs : ${first.links.duties.join(', ')} ; indicateurs : ${first.links.indicators.join(', ')}`);

const referent = getAction('axe-2.accompagnement-socio-professionnel.01');
if (!referent) throw new Error('stable id expected');
console.log(`\n${referent.id} (${referent.fonction}) : ${referent.action}`);

const diff = compareEditions('formation-projet', 'annexe-2');
console.log(`\npremière édition → annexe 2 : ${diff.unchanged.length} identiques, ${diff.changed.length} modifiées, ${diff.onlyIn.length} dans une seule édition`);
if (diff.unchanged.length + diff.changed.length !== 32) throw new Error('every row of the first edition is found in annexe 2');

console.log(`\nGrille INAÉ : ${inaeQualityGrid.dimensions.length} dimensions, ${inaeQualityGrid.tracks.length} pistes d'amélioration`);
if (inaeQualityGrid.tracks.length !== 60) throw new Error('60 tracks');
console.log('referentiel example: ok');
