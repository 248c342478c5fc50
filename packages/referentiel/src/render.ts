import { getReferentiel, listEditions } from './data';
import { cedre, toolBox } from './grids/cedre';
import { inaeQualityGrid } from './grids/inae';
import { plieReferentiel } from './grids/plie';
import type { EditionId } from './types';

/** The référentiel of an edition as Markdown (for the docs pages generated from the data). */
export function renderReferentielMarkdown(edition: EditionId = 'annexe-2'): string {
  const ref = getReferentiel(edition);
  const out = [`# ${ref.titleFr}`, '', ref.descriptionFr, '', `Source : ${ref.source}`, ''];
  for (const axis of ref.axes) {
    out.push(`## Axe ${axis.number} : ${axis.title}`, '', '**Objectifs globaux**', '', ...axis.objectives.map((o) => `- ${o}`), '', '| id | Fonction | Action | Compétences et outils requis |', '| --- | --- | --- | --- |');
    for (const r of axis.rows) out.push(`| \`${r.id}\` | ${r.fonction} | ${r.action.replace(/\|/g, '/')} | ${r.competences.replace(/\|/g, '/')}${r.notesFr ? ` (note : ${r.notesFr})` : ''} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The quality grids (CEDRE, INAÉ, PLIE) and the tool box as Markdown. */
export function renderGridsMarkdown(): string {
  const out = ['# Grilles qualité et référentiels associés', '', `Éditions du référentiel : ${listEditions().map((e) => e.edition).join(', ')}.`, '', `## ${cedre.titleFr}`, ''];
  out.push(`${cedre.scopeFr}. Versions : ${cedre.versions.map((v) => `${v.from} — ${v.labelFr}`).join(' ; ')}.`, '', 'La certification atteste l’aptitude de l’entreprise à :', '', ...cedre.attestationsFr.map((a) => `- ${a}`), '');
  for (const p of [...cedre.keyProcesses, cedre.continuousImprovement]) out.push(`### ${p.titleFr} (${p.purposeFr})`, '', ...p.items.map((i) => `- ${i.labelFr}`), '');
  out.push('## Boîte à outils (synthèse URIAE Nord-Pas-de-Calais, docs/sources.md#uriae-npdc)', '', ...toolBox.map((t) => `- Axe ${t.axis} — ${t.group} : ${t.labelFr}`), '');
  out.push(`## ${inaeQualityGrid.titleFr} (INAÉ)`, '');
  for (const d of inaeQualityGrid.dimensions) {
    out.push(`### ${d.titleFr}`, '', '**Critères**', '', ...d.criteria.map((c) => `- ${c.labelFr}`), '', '**Indicateurs**', '', ...d.indicators.map((i) => `- ${i.labelFr} (\`${i.indicatorId}\`)`), '', '**Pistes d’amélioration**', '');
    out.push(...inaeQualityGrid.tracks.filter((t) => d.trackNumbers.includes(t.number)).map((t) => `- ${t.number}. ${t.labelFr}`), '');
  }
  out.push(`## ${plieReferentiel.titleFr}`, '', '**Publics cibles**', '', ...plieReferentiel.targetPublicsFr.map((p) => `- ${p}`), '', '**Phases**', '', ...plieReferentiel.phases.map((p) => `- ${p.labelFr} : ${p.descriptionFr}`), '');
  out.push('**Opérateurs**', '', ...plieReferentiel.operators.map((o) => `- ${o.labelFr}`), '', `**Financement** : ${plieReferentiel.fundingRuleFr}`, '', '**Justificatifs d’éligibilité**', '', ...plieReferentiel.eligibilityProofsFr.map((p) => `- ${p}`), '', `**Version** : ${plieReferentiel.versionFr}`, '');
  return out.join('\n');
}
