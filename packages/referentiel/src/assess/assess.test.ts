import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { allActions } from '../data';
import { assessOffreDeServices, offreDeServicesDeclarationSchema } from './assess';

const decl = {
  structureName: 'Chantier du Val',
  actions: {
    'axe-1.accueil.01': { done: true, how: 'Réunion d’information collective chaque mois', tools: ['livret d’accueil'] },
    'axe-1.accueil.02': { done: 'partial' as const },
    'axe-2.accompagnement-socio-professionnel.01': { done: true, partners: ['PLIE'], evidence: ['comptes rendus'] },
  },
};

describe('assessOffreDeServices', () => {
  it('gives the coverage overall, per axis and per fonction', () => {
    const r = assessOffreDeServices(decl);
    expect(r.edition).toBe('annexe-2');
    expect(r.structureName).toBe('Chantier du Val');
    expect(r.overall).toMatchObject({ done: 2, partial: 1, total: 34 });
    expect(r.overall.ratio).toBeCloseTo(2.5 / 34);
    expect(r.byAxis.map((a) => a.total)).toEqual([6, 16, 5, 7]);
    expect(r.byAxis[0]).toMatchObject({ axis: 1, done: 1, partial: 1, total: 6, ratio: 1.5 / 6 });
    expect(r.byAxis[2]).toMatchObject({ axis: 3, done: 0, ratio: 0 });
    const accueil = r.byFonction.find((f) => f.axis === 1 && f.fonction === 'Accueil')!;
    expect(accueil.done + accueil.partial).toBe(2);
    expect(r.byFonction.reduce((n, f) => n + f.total, 0)).toBe(34);
  });
  it('lists the missing actions with their competences, the tools and the INAÉ tracks that apply', () => {
    const r = assessOffreDeServices(decl);
    expect(r.missing).toHaveLength(32);
    expect(r.missing.find((m) => m.id === 'axe-1.accueil.02')?.status).toBe('partial');
    expect(r.missing.every((m) => typeof m.competences === 'string')).toBe(true);
    expect(r.tools.length).toBeGreaterThan(0);
    expect(r.inaeTracks).toHaveLength(60);
  });
  it('narrows the INAÉ tracks and tools to the axes with gaps', () => {
    const actions = Object.fromEntries(allActions().filter((a) => a.axis.number !== 4).map((a) => [a.id, { done: true }]));
    const r = assessOffreDeServices({ actions });
    expect(r.missing.every((m) => m.axis === 4)).toBe(true);
    expect(r.tools.every((t) => t.axis === 4)).toBe(true);
    // Axis 4 is spoken to by the governance (45-56) and external communication (57-60) dimensions.
    expect(r.inaeTracks.map((t) => t.number)).toEqual(Array.from({ length: 16 }, (_, i) => 45 + i));
    expect(r.inaeDimensions.map((d) => d.id)).toEqual(['gouvernance', 'communication']);
    expect(r.markdown).toContain('### Communication externe (ancrage territoriale et partenariat) (');
    const all = assessOffreDeServices({ actions: Object.fromEntries(allActions().map((a) => [a.id, { done: true }])) });
    expect(all.overall.ratio).toBe(1);
    expect(all.inaeTracks).toEqual([]);
    expect(all.markdown).toContain('Toutes les actions du référentiel sont déclarées réalisées.');
  });
  it('takes the INAÉ tracks from the dimensions whose indicators measure the missing actions', () => {
    const gap = 'axe-3.formation-des-salaries-en-insertion.01'; // measured by inae.modalites.training-hours
    const actions = Object.fromEntries(allActions().filter((a) => a.id !== gap).map((a) => [a.id, { done: true }]));
    const r = assessOffreDeServices({ actions });
    expect(r.inaeDimensions).toEqual([{ id: 'modalites', titleFr: "Les modalités d'accompagnement (offre d'insertion)", actionIds: [gap] }]);
    expect(r.inaeTracks.map((t) => t.number)).toEqual(Array.from({ length: 14 }, (_, i) => 5 + i));
    expect(r.tools).toEqual([]); // the tool box has nothing for axis 3
    expect(r.markdown).toContain("### Les modalités d'accompagnement (offre d'insertion) (1 action concernée)");
  });
  it('renders Markdown for the dialogue de gestion', () => {
    const md = assessOffreDeServices(decl).markdown;
    expect(md).toContain('# Offre de services — Chantier du Val');
    expect(md).toContain('| 1 | Parcours et Réinsertion en milieu de travail | 1 | 1 | 6 | 25 % |');
    expect(md).toContain('(2 actions réalisées, 1 en partie, sur 34)');
    expect(assessOffreDeServices({ actions: { 'axe-1.accueil.01': { done: true } } }).markdown).toContain('(1 action réalisée, 0 en partie, sur 34)');
    expect(md).toContain('partenaires : PLIE');
    expect(md).toContain('preuves : comptes rendus');
    expect(md).toContain('## Pistes d’amélioration (grille INAÉ)');
  });
  it('assesses against the first edition when asked', () => {
    expect(assessOffreDeServices({ actions: {} }, { edition: '2008' }).overall.total).toBe(32);
    expect(assessOffreDeServices({ edition: '2008', actions: {} }).edition).toBe('formation-projet');
  });
  it('refuses unknown actions, bad values and forbidden keys, naming the path without echoing values', () => {
    expect(() => assessOffreDeServices({ actions: { 'axe-9.nope.01': { done: true } } })).toThrow(/actions.axe-9.nope.01/);
    expect(() => assessOffreDeServices(JSON.parse('{"actions":{},"__proto__":{"x":1}}'))).toThrow(/forbidden key/);
    try {
      assessOffreDeServices({ actions: { 'axe-1.accueil.01': { done: 'secret-value' } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SiaeValidationError);
      const err = e as SiaeValidationError;
      expect(err.issues[0]!.pathText).toContain('done');
      expect(err.issues[0]!.messageFr.length).toBeGreaterThan(0);
      expect(err.issues[0]!.messageEn.length).toBeGreaterThan(0);
      expect(JSON.stringify(err.issues)).not.toContain('secret-value');
    }
    expect(offreDeServicesDeclarationSchema.safeParse({ actions: {}, extra: 1 }).success).toBe(false);
  });
  it('does not mutate the declaration', () => {
    const copy = structuredClone(decl);
    assessOffreDeServices(decl);
    expect(decl).toEqual(copy);
  });
});
