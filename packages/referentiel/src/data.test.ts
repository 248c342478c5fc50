import { indicatorCatalogue } from '@siae/indicators';
import { parcoursDuties, parcoursStages, SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { actionLinks, allActionLinks, allActions, getReferentiel, listEditions } from './data';
import { assessOffreDeServices } from './assess/assess';
import { ACCEPTED_EDITION_IDS, resolveEdition } from './editions';
import { findActions, getAction } from './query/find';
import { renderReferentielMarkdown } from './render';
import { inaeQualityGrid } from './grids/inae';
import { plieReferentiel } from './grids/plie';
import { actionLinksSchema, referentielSchema } from './schema';

describe('listEditions', () => {
  it('lists the two editions of seed 000, oldest first, with their titles and source', () => {
    const eds = listEditions();
    expect(eds.map((e) => e.edition)).toEqual(['formation-projet', 'annexe-2']);
    expect(eds[1]!.titleFr).toBe("Annexe 2 : référentiel d'appui à la formulation d'un projet d'insertion");
    expect(eds.every((e) => e.source.includes('(docs/sources.md#referentiel-insertion)'))).toBe(true);
  });
});

describe('getReferentiel', () => {
  it('returns { edition, axes } with four axes and every row, annexe 2 by default', () => {
    expect(getReferentiel().edition).toBe('annexe-2');
    expect(getReferentiel('2008').axes.map((a) => a.rows.length)).toEqual([6, 15, 5, 6]);
    expect(getReferentiel().axes.map((a) => a.rows.length)).toEqual([6, 16, 5, 7]);
    expect(getReferentiel().axes.map((a) => [a.id, a.number])).toEqual([
      ['axe-1', 1],
      ['axe-2', 2],
      ['axe-3', 3],
      ['axe-4', 4],
    ]);
    expect(getReferentiel('2008').axes[1]!.objectives).toHaveLength(2);
  });
  // The text (docs/sources.md#referentiel-insertion) dates neither edition and names no circular:
  // the first edition is named from its title; its earlier id `2008` stays accepted everywhere.
  it('names the first edition from its title and keeps 2008 as an alias accepted by every function', () => {
    const first = listEditions()[0]!;
    expect(first.titleFr).toBe("Référentiel pour la formation d'un projet d'insertion");
    expect(first.descriptionFr).not.toMatch(/2008|DGEFP/);
    expect(first.descriptionFr).toContain('ne la date pas');
    expect(getReferentiel('2008')).toBe(getReferentiel('formation-projet'));
    expect(allActions('2008')).toEqual(allActions('formation-projet'));
    expect(findActions({ edition: '2008', axis: 4 })).toEqual(findActions({ edition: 'formation-projet', axis: 4 }));
    expect(getAction('axe-1.accueil.01', '2008')).toBe(getAction('axe-1.accueil.01', 'formation-projet'));
    expect(renderReferentielMarkdown('2008')).toBe(renderReferentielMarkdown('formation-projet'));
    expect(assessOffreDeServices({ actions: {} }, { edition: '2008' }).edition).toBe('formation-projet');
    expect(resolveEdition('2008')).toBe('formation-projet');
    expect(resolveEdition('annexe-2')).toBe('annexe-2');
    expect(resolveEdition('__proto__')).toBeUndefined();
    expect(ACCEPTED_EDITION_IDS).toEqual(['formation-projet', 'annexe-2', '2008']);
  });
  it('refuses an unknown edition in French and English', () => {
    expect(() => getReferentiel('1999' as never)).toThrow(/Invalid référentiel edition: edition: unknown value; allowed values: "formation-projet", "annexe-2", "2008" \/ Donnée invalide : edition : valeur non reconnue/);
  });
  it('continues an empty fonction with the previous one', () => {
    expect(getReferentiel('annexe-2').axes[0]!.rows[1]).toMatchObject({ fonction: 'Accueil', fonctionContinued: true });
    expect(getReferentiel('annexe-2').axes[0]!.rows[0]!.fonctionContinued).toBe(false);
  });
  it('corrects the typos and keeps the source wording', () => {
    const axe4 = getReferentiel('annexe-2').axes[3]!.rows[0]!;
    expect(axe4.fonction).toBe('Développement économique, territorial et utilité sociale');
    expect(axe4.sourceWording?.fonction).toBe('Développement économique, territorial et UMI sociale');
    const all = [...getReferentiel('2008').axes, ...getReferentiel('annexe-2').axes].flatMap((a) => a.rows);
    for (const typo of ['Informier', 'Informez', 'UMI sociale', 'OPCVA', 'ensembleur', "état d'ensemble"]) {
      expect(all.some((r) => `${r.fonction} ${r.action} ${r.competences}`.includes(typo)), typo).toBe(false);
    }
    expect(all.filter((r) => r.sourceWording).length).toBeGreaterThanOrEqual(4);
    // « DFP ou non » is garbled and has no known correction: kept as it is, with a note.
    const garbled = all.filter((r) => r.notesFr);
    expect(garbled.map((r) => r.id)).toEqual(['axe-2.accompagnement-professionnel-formation-a-la-sortie.01']);
    expect(garbled[0]!.competences).toContain('(DFP ou non d');
  });
  it('holds data valid against the zod schemas, with ids unique per edition', () => {
    for (const e of ['2008', 'annexe-2'] as const) {
      const ref = getReferentiel(e);
      expect(referentielSchema.safeParse(ref).success).toBe(true);
      const ids = ref.axes.flatMap((a) => a.rows.map((r) => r.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const l of Object.values(allActionLinks())) expect(actionLinksSchema.safeParse(l).success).toBe(true);
  });
});

describe('allActions and actionLinks', () => {
  it('lists every row with its axis and links', () => {
    const a = allActions('2008');
    expect(a).toHaveLength(32);
    expect(a[0]).toMatchObject({ edition: 'formation-projet', axis: { id: 'axe-1', number: 1 } });
    expect(allActions()).toHaveLength(34);
    expect(actionLinks('axe-1.accueil.01')?.stages).toEqual(['orientation']);
    expect(actionLinks('nope')).toBeUndefined();
    expect(actionLinks('__proto__')).toBeUndefined();
    expect(() => allActions('1999' as never)).toThrow(SiaeValidationError);
  });
  it('hands out frozen data, so no caller can change what another reads', () => {
    const ref = getReferentiel();
    expect(Object.isFrozen(ref.axes[0]!.rows[0])).toBe(true);
    expect(() => {
      (ref.axes[0]!.rows[0] as { action: string }).action = 'x';
    }).toThrow(TypeError);
    const list = allActions();
    list.pop();
    expect(allActions()).toHaveLength(34);
    expect(Object.isFrozen(list[0]!.links.stages)).toBe(true);
  });
});

describe('links across the library', () => {
  const stageIds = new Set(parcoursStages.map((s) => s.id as string));
  const dutyIds = new Set(parcoursDuties.map((d) => d.id as string));
  const indicatorIds = new Set(indicatorCatalogue.map((i) => i.id));
  it('links every action of both editions, to stages, duties and indicators that exist', () => {
    for (const ed of ['2008', 'annexe-2'] as const) for (const a of getReferentiel(ed).axes.flatMap((x) => x.rows)) expect(actionLinks(a.id), a.id).toBeDefined();
    const links = Object.entries(allActionLinks());
    for (const [id, l] of links) {
      for (const s of l.stages) expect(stageIds.has(s), `${id} → ${s}`).toBe(true);
      for (const d of l.duties) expect(dutyIds.has(d), `${id} → ${d}`).toBe(true);
      for (const i of l.indicators) expect(indicatorIds.has(i), `${id} → ${i}`).toBe(true);
    }
    // Parcours actions (axes 1 to 3) happen at a stage; most actions are measured by an indicator.
    for (const a of [...allActions('2008'), ...allActions()].filter((x) => x.axis.number < 4)) {
      expect(a.links.stages.length, a.id).toBeGreaterThan(0);
      expect(a.links.indicators.length, a.id).toBeGreaterThan(0);
    }
    expect(links.filter(([, l]) => l.duties.length > 0).length).toBeGreaterThan(5);
  });
  it('links every INAÉ and PLIE indicator to a catalogue entry, and the PLIE duties to the stage machine', () => {
    for (const d of inaeQualityGrid.dimensions) for (const i of d.indicators) expect(indicatorIds.has(i.indicatorId), i.indicatorId).toBe(true);
    for (const id of plieReferentiel.indicatorIds) expect(indicatorIds.has(id), id).toBe(true);
    for (const i of plieReferentiel.indicators) expect(plieReferentiel.indicatorIds).toContain(i.indicatorId);
    for (const duty of plieReferentiel.followUpDutiesFr) if (duty.dutyId) expect(dutyIds.has(duty.dutyId)).toBe(true);
  });
});
