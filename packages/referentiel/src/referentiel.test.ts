import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicatorCatalogue } from '@siae/indicators';
import { parcoursDuties, parcoursStages } from '@siae/model';
import { describe, expect, it } from 'vitest';
import committed from './data/referentiel.json';
import { actionLinks, allActionLinks, assessOffreDeServices, cedre, compareEditions, findActions, getAction, getReferentiel, inaeQualityGrid, listEditions, plieReferentiel, renderGridsMarkdown, renderReferentielMarkdown } from './index';
import { referentielFromSeed } from './seed/buildReferentiel';
import { correctTypos } from './seed/typos';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'seeds');
const norm = (s: string) => correctTypos(s).replace(/\s+/g, ' ').trim();

describe('data against the seed text', () => {
  const has = existsSync(seeds);
  it.runIf(has)('matches seed 000 exactly: every action sentence of each edition is in the data, nothing invented', () => {
    const text = readFileSync(join(seeds, '000_c6f285b1c3eab668.txt'), 'utf8');
    expect(referentielFromSeed(text)).toEqual(committed);
    const lines = text.split('\n').filter((l) => l.split('\t').length === 3 && !l.startsWith('Fonctions'));
    const actions = [...getReferentiel('2008').axes, ...getReferentiel('annexe-2').axes].flatMap((a) => a.rows.map((r) => norm(r.action)));
    expect(actions).toHaveLength(lines.length);
    for (const l of lines) expect(actions).toContain(norm(l.split('\t')[1]!));
  });
  it.runIf(has)('finds every CEDRE item, PLIE public and INAÉ track in seeds 001, 002 and 004', () => {
    const s1 = readFileSync(join(seeds, '001_88fcabe723e122f3.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const p of cedre.keyProcesses) for (const i of p.items) expect(s1).toContain(i.labelFr);
    const s2 = readFileSync(join(seeds, '002_d3ed2394c1a4a806.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const p of plieReferentiel.targetPublicsFr) expect(s2).toContain(p);
    const s4 = readFileSync(join(seeds, '004_c67dfddf8eb21806.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const t of inaeQualityGrid.tracks) expect(s4).toContain(t.numberAssumed ? t.labelFr : `${t.number}. ${t.labelFr}`);
    for (const d of inaeQualityGrid.dimensions) for (const i of d.indicators) expect(s4.replace(/’/g, "'")).toContain(i.labelFr.replace(/’/g, "'"));
  });
  it('runs without the seeds folder too (the data is committed)', () => {
    expect(listEditions().map((e) => e.edition)).toEqual(['2008', 'annexe-2']);
  });
});

describe('getReferentiel', () => {
  it('has four axes in each edition, with their rows', () => {
    expect(getReferentiel('2008').axes.map((a) => a.rows.length)).toEqual([6, 15, 5, 6]);
    expect(getReferentiel().axes.map((a) => a.rows.length)).toEqual([6, 16, 5, 7]);
    expect(getReferentiel().axes.map((a) => a.id)).toEqual(['axe-1', 'axe-2', 'axe-3', 'axe-4']);
    expect(() => getReferentiel('1999' as never)).toThrow(RangeError);
  });
  it('continues an empty fonction with the previous one', () => {
    const row = getReferentiel('annexe-2').axes[0]!.rows[1]!;
    expect(row).toMatchObject({ fonction: 'Accueil', fonctionContinued: true });
  });
  it('corrects the typos and keeps the source wording', () => {
    const axe4 = getReferentiel('annexe-2').axes[3]!.rows[0]!;
    expect(axe4.fonction).toBe('Développement économique, territorial et utilité sociale');
    expect(axe4.sourceWording?.fonction).toBe('Développement économique, territorial et UMI sociale');
    const informer = findActions({ text: 'informer le futur salarie', edition: 'annexe-2' })[0]!;
    expect(informer.action.startsWith('Informer')).toBe(true);
    expect(informer.sourceWording?.action?.startsWith('Informier')).toBe(true);
  });
  it('splits actions into their sub-items', () => {
    const diag = findActions({ text: 'diagnostic situation sociale', edition: '2008' })[0]!;
    expect(diag.subItems).toHaveLength(4);
    expect(diag.subItems[2]).toBe('Parcours de vie (santé, logement, mobilité, prévention, justice, sécurité, bien-être)');
  });
});

describe('findActions and getAction', () => {
  it('searches accent- and case-insensitively, by axis, fonction and stage', () => {
    expect(findActions('REFERENT').length).toBeGreaterThan(2);
    expect(findActions({ axis: 3 })).toHaveLength(5);
    expect(findActions({ fonction: 'preparation a la sortie' }).length).toBeGreaterThan(0);
    expect(findActions({ stage: 'exit_preparation' }).every((a) => a.links.stages.includes('exit_preparation'))).toBe(true);
    expect(findActions({ text: 'xyzzy' })).toEqual([]);
  });
  it('keeps the same id for the same row in both editions', () => {
    const first = getAction('axe-1.accueil.01', '2008')!;
    const second = getAction('axe-1.accueil.01', 'annexe-2')!;
    expect(first.action).toBe(second.action);
    expect(getAction('nope')).toBeUndefined();
  });
});

describe('links', () => {
  const stageIds = new Set(parcoursStages.map((s) => s.id as string));
  const dutyIds = new Set(parcoursDuties.map((d) => d.id as string));
  const indicatorIds = new Set(indicatorCatalogue.map((i) => i.id));
  it('links every action of both editions, to stages, duties and indicators that exist', () => {
    for (const ed of ['2008', 'annexe-2'] as const) for (const a of getReferentiel(ed).axes.flatMap((x) => x.rows)) expect(actionLinks(a.id), a.id).toBeDefined();
    for (const [id, l] of Object.entries(allActionLinks())) {
      for (const s of l.stages) expect(stageIds.has(s), `${id} → ${s}`).toBe(true);
      for (const d of l.duties) expect(dutyIds.has(d), `${id} → ${d}`).toBe(true);
      for (const i of l.indicators) expect(indicatorIds.has(i), `${id} → ${i}`).toBe(true);
    }
  });
  it('links every INAÉ and PLIE indicator to a catalogue entry', () => {
    for (const d of inaeQualityGrid.dimensions) for (const i of d.indicators) expect(indicatorIds.has(i.indicatorId), i.indicatorId).toBe(true);
    for (const id of plieReferentiel.indicatorIds) expect(indicatorIds.has(id), id).toBe(true);
    for (const duty of plieReferentiel.followUpDutiesFr) if (duty.dutyId) expect(dutyIds.has(duty.dutyId)).toBe(true);
  });
  it('numbers the INAÉ tracks 1 to 60, each in one dimension', () => {
    expect(inaeQualityGrid.tracks.map((t) => t.number)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(inaeQualityGrid.dimensions.flatMap((d) => d.trackNumbers).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });
});

describe('assessOffreDeServices', () => {
  const decl = {
    structureName: 'Chantier du Val',
    actions: {
      'axe-1.accueil.01': { done: true, how: 'Réunion d’information collective chaque mois', tools: ['livret d’accueil'] },
      'axe-1.accueil.02': { done: 'partial' as const },
      'axe-2.accompagnement-socio-professionnel.01': { done: true, partners: ['PLIE'] },
    },
  };
  it('gives the coverage per axis and fonction, the missing actions and the INAÉ tracks', () => {
    const r = assessOffreDeServices(decl);
    expect(r.overall).toMatchObject({ done: 2, partial: 1, total: 34 });
    expect(r.byAxis[0]).toMatchObject({ axis: 1, done: 1, partial: 1, total: 6, ratio: 1.5 / 6 });
    expect(r.missing).toHaveLength(32);
    expect(r.missing.find((m) => m.id === 'axe-1.accueil.02')?.status).toBe('partial');
    expect(r.inaeTracks.length).toBe(60);
    expect(r.markdown).toContain('# Offre de services — Chantier du Val');
    expect(r.markdown).toContain('| 1 | Parcours et Réinsertion en milieu de travail | 1 | 1 | 6 | 25 % |');
  });
  it('refuses unknown actions and forbidden keys, naming them', () => {
    expect(() => assessOffreDeServices({ actions: { 'axe-9.nope.01': { done: true } } })).toThrow(/actions.axe-9.nope.01/);
    expect(() => assessOffreDeServices(JSON.parse('{"actions":{},"__proto__":{"x":1}}'))).toThrow(/forbidden key/);
    expect(() => assessOffreDeServices({ actions: { 'axe-1.accueil.01': { done: 'yes' } } })).toThrow(/done/);
  });
});

describe('compareEditions', () => {
  const c = compareEditions('2008', 'annexe-2');
  it('says what changed, what moved and what exists in one edition only', () => {
    expect(c.unchanged.length + c.changed.length).toBe(32);
    const moved = c.changed.find((x) => x.axisMoved);
    expect(moved).toMatchObject({ axisBefore: 4, axisAfter: 2 });
    expect(c.onlyIn.map((o) => o.edition)).toEqual(['annexe-2', 'annexe-2']);
    expect(c.onlyIn.some((o) => o.relatedTo !== null)).toBe(true);
    expect(c.markdown).toContain('# Comparaison des éditions 2008 → annexe-2');
  });
});

describe('renderers', () => {
  it('renders the référentiel and the grids as Markdown', () => {
    expect(renderReferentielMarkdown('2008')).toContain('## Axe 4 :');
    expect(renderGridsMarkdown()).toContain('### La mission accueil');
  });
});
