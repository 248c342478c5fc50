import { assertNoForbiddenKeys, expectObject, SiaeValidationError, safeValidate, type ValidationIssue } from '@siae/model';
import { z } from 'zod';
import { allActions, checkEdition, getReferentiel } from '../data';
import { type Tool, toolBox } from '../grids/cedre';
import { inaeQualityGrid, type InaeTrack } from '../grids/inae';
import type { CanonicalEditionId, EditionId } from '../types';

/** zod schema of an offre de services declaration. */
export const offreDeServicesDeclarationSchema = z
  .object({
    structureName: z.string().max(300).optional(),
    edition: z.enum(['formation-projet', 'annexe-2', '2008']).optional(),
    /** Per action id: whether it is done, how, with which tools and partners, and the evidence. */
    actions: z.record(
      z.string().min(1),
      z
        .object({
          done: z.union([z.boolean(), z.literal('partial')]),
          how: z.string().max(5000).optional(),
          tools: z.array(z.string().max(300)).max(100).optional(),
          partners: z.array(z.string().max(300)).max(100).optional(),
          evidence: z.array(z.string().max(500)).max(100).optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** An offre de services declaration. */
export type OffreDeServicesDeclaration = z.infer<typeof offreDeServicesDeclarationSchema>;

/** Coverage of a group of actions. */
export interface Coverage {
  done: number;
  partial: number;
  total: number;
  /** (done + partial / 2) / total, or null for an empty group. */
  ratio: number | null;
}

/** The result of a self-assessment. */
export interface OffreDeServicesAssessment {
  structureName: string | null;
  edition: CanonicalEditionId;
  overall: Coverage;
  byAxis: (Coverage & { axis: number; title: string })[];
  byFonction: (Coverage & { axis: number; fonction: string })[];
  /** Actions not done (or partly done), with the competences and tools they require. */
  missing: { id: string; axis: number; fonction: string; action: string; competences: string; status: 'partial' | 'missing' }[];
  /** Tools of the seed-001 tool box for the axes with missing actions. */
  tools: Tool[];
  /** INAÉ improvement tracks that apply: the tracks of the dimensions in {@link OffreDeServicesAssessment.inaeDimensions}. */
  inaeTracks: InaeTrack[];
  /**
   * The INAÉ dimensions those tracks come from, each with the missing (or partial) actions that call
   * for it: an action calls for the dimensions of the INAÉ indicators that measure it, or, when no
   * INAÉ indicator does, for the dimensions that speak to its axis.
   */
  inaeDimensions: { id: string; titleFr: string; actionIds: string[] }[];
  /** The same as Markdown, for the dialogue de gestion file. */
  markdown: string;
}

function coverage(list: { status: 'done' | 'partial' | 'missing' }[]): Coverage {
  const done = list.filter((x) => x.status === 'done').length;
  const partial = list.filter((x) => x.status === 'partial').length;
  return { done, partial, total: list.length, ratio: list.length === 0 ? null : (done + partial / 2) / list.length };
}

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)} %`);

/**
 * Self-assessment of an offre de services against the référentiel: the structure declares, per
 * action, whether it is done, how, with which tools and partners, and its evidence. Returns the
 * coverage per axis and fonction, the actions missing with the competences and tools they require,
 * the INAÉ improvement tracks that apply, and Markdown a director can paste into the dialogue de
 * gestion file. Actions not declared count as missing.
 *
 * @throws {SiaeValidationError} naming every bad field (unknown action id, forbidden key...).
 */
export function assessOffreDeServices(declaration: unknown, options: { edition?: EditionId } = {}): OffreDeServicesAssessment {
  const o = expectObject(options, 'options', 'offre de services declaration');
  if (o.edition !== undefined) checkEdition(o.edition, ['options', 'edition']);
  assertNoForbiddenKeys(declaration, 'offre de services declaration');
  const r = safeValidate(offreDeServicesDeclarationSchema, declaration);
  if (!r.success) throw new SiaeValidationError(r.issues, 'offre de services declaration');
  const d = r.data;
  const edition: CanonicalEditionId = getReferentiel(options.edition ?? d.edition ?? 'annexe-2').edition;
  const actions = allActions(edition);
  const known = new Set(actions.map((a) => a.id));
  const unknown: ValidationIssue[] = Object.keys(d.actions)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: ['actions', id], pathText: `actions.${id}`, code: 'unknown_action', messageFr: `action inconnue dans l'édition ${edition}`, messageEn: `unknown action in edition ${edition}` }));
  if (unknown.length > 0) throw new SiaeValidationError(unknown, 'offre de services declaration');
  const rows = actions.map((a) => {
    const decl = Object.hasOwn(d.actions, a.id) ? d.actions[a.id] : undefined;
    const status: 'done' | 'partial' | 'missing' = decl?.done === true ? 'done' : decl?.done === 'partial' ? 'partial' : 'missing';
    return { a, status };
  });
  const axes = [...new Set(rows.map((x) => x.a.axis.number))];
  const byAxis = axes.map((n) => {
    const list = rows.filter((x) => x.a.axis.number === n);
    return { axis: n, title: list[0]!.a.axis.title, ...coverage(list) };
  });
  const fonctions = [...new Set(rows.map((x) => `${x.a.axis.number}|${x.a.fonction}`))];
  const byFonction = fonctions.map((k) => {
    const [axis, fonction] = k.split('|') as [string, string];
    const list = rows.filter((x) => x.a.axis.number === Number(axis) && x.a.fonction === fonction);
    return { axis: Number(axis), fonction, ...coverage(list) };
  });
  const missing = rows
    .filter((x) => x.status !== 'done')
    .map((x) => ({ id: x.a.id, axis: x.a.axis.number, fonction: x.a.fonction, action: x.a.action, competences: x.a.competences, status: x.status as 'partial' | 'missing' }));
  const gapAxes = new Set<number>(missing.map((m) => m.axis));
  const callers = new Map<string, string[]>();
  for (const x of rows) {
    if (x.status === 'done') continue;
    const measured = inaeQualityGrid.dimensions.filter((dim) => x.a.links.indicators.some((i) => i.startsWith(`inae.${dim.id}.`)));
    const dims = measured.length > 0 ? measured : inaeQualityGrid.dimensions.filter((dim) => dim.axes.includes(x.a.axis.number));
    for (const dim of dims) callers.set(dim.id, [...(callers.get(dim.id) ?? []), x.a.id]);
  }
  const inaeDimensions = inaeQualityGrid.dimensions.filter((dim) => callers.has(dim.id)).map((dim) => ({ id: dim.id, titleFr: dim.titleFr, actionIds: callers.get(dim.id)! }));
  const trackNumbers = new Set(inaeQualityGrid.dimensions.filter((dim) => callers.has(dim.id)).flatMap((dim) => dim.trackNumbers));
  const inaeTracks = inaeQualityGrid.tracks.filter((t) => trackNumbers.has(t.number));
  const tools = toolBox.filter((t) => gapAxes.has(t.axis));
  const overall = coverage(rows);
  const md = [
    `# Offre de services${d.structureName ? ` — ${d.structureName}` : ''}`,
    '',
    `Référentiel : ${getReferentiel(edition).titleFr} (édition ${edition}). Couverture globale : **${pct(overall.ratio)}** (${overall.done} ${overall.done >= 2 ? 'actions réalisées' : 'action réalisée'}, ${overall.partial} en partie, sur ${overall.total}).`,
    '',
    '## Couverture par axe',
    '',
    '| Axe | Intitulé | Réalisées | En partie | Total | Couverture |',
    '| --- | --- | --- | --- | --- | --- |',
    ...byAxis.map((x) => `| ${x.axis} | ${x.title} | ${x.done} | ${x.partial} | ${x.total} | ${pct(x.ratio)} |`),
    '',
    '## Couverture par fonction',
    '',
    '| Axe | Fonction | Couverture |',
    '| --- | --- | --- |',
    ...byFonction.map((x) => `| ${x.axis} | ${x.fonction} | ${pct(x.ratio)} (${x.done + x.partial}/${x.total}) |`),
    '',
    '## Actions à développer',
    '',
    ...(missing.length === 0
      ? ['Toutes les actions du référentiel sont déclarées réalisées.']
      : missing.map((m) => `- **Axe ${m.axis} — ${m.fonction}** (${m.status === 'partial' ? 'en partie' : 'à mettre en place'}) : ${m.action}\n  - Compétences et outils requis : ${m.competences || '—'}`)),
    '',
    '## Outils mobilisables (boîte à outils URIAE)',
    '',
    ...(tools.length === 0 ? ['—'] : tools.map((t) => `- Axe ${t.axis} — ${t.group} : ${t.labelFr}`)),
    '',
    '## Pistes d’amélioration (grille INAÉ)',
    '',
    ...(inaeDimensions.length === 0
      ? ['—']
      : inaeDimensions.flatMap((dim) => {
          const tracks = inaeTracks.filter((t) => inaeQualityGrid.dimensions.find((g) => g.id === dim.id)!.trackNumbers.includes(t.number));
          return [`### ${dim.titleFr} (${dim.actionIds.length} ${dim.actionIds.length >= 2 ? 'actions concernées' : 'action concernée'})`, '', ...tracks.map((t) => `- ${t.number}. ${t.labelFr}`), ''];
        })),
    '',
    '## Ce que la structure déclare',
    '',
    ...rows
      .filter((x) => x.status !== 'missing')
      .map((x) => {
        const decl = d.actions[x.a.id]!;
        const parts = [decl.how, decl.tools?.length ? `outils : ${decl.tools.join(', ')}` : '', decl.partners?.length ? `partenaires : ${decl.partners.join(', ')}` : '', decl.evidence?.length ? `preuves : ${decl.evidence.join(', ')}` : ''].filter(Boolean);
        return `- ${x.a.actionHead}${parts.length ? ` — ${parts.join(' ; ')}` : ''}`;
      }),
    '',
  ].join('\n');
  return { structureName: d.structureName ?? null, edition, overall, byAxis, byFonction, missing, tools, inaeTracks, inaeDimensions, markdown: md };
}
