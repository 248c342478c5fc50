import { parcoursDuties } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { getIndicator, INAE_DIMENSIONS, indicatorCatalogue } from './index';

describe('indicatorCatalogue', () => {
  it('has unique ids and a label, definition, formula, unit and source on every entry', () => {
    const ids = indicatorCatalogue.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of indicatorCatalogue) {
      expect(i.labelFr && i.definitionFr && i.formula && i.unit && i.source, i.id).toBeTruthy();
      if (i.kind === 'computed') expect(i.compute, i.id).toBeTypeOf('function');
      else expect(i.declaredInput, i.id).toBeDefined();
    }
  });
  it('leaves out none of the indicators seed 001 names', () => {
    for (const id of ['dynamic-exit-rate', 'dynamic-exit-rate.uriae', 'dynamic-exit-rate.3m', 'dynamic-exit-rate.6m', 'dynamic-exit-rate.12m', 'dynamic-exit-rate.etti-450h', 'prescription-to-hire-ratio', 'follow-up-time', 'training-actions']) {
      expect(getIndicator(id), id).toBeDefined();
    }
  });
  it('leaves out none of the PLIE indicators of seed 002 (6 quantitative, 5 qualitative, 4 times)', () => {
    const plie = indicatorCatalogue.filter((i) => i.id.startsWith('plie.'));
    expect(plie.map((i) => i.labelFr)).toEqual(
      expect.arrayContaining([
        "Montée en charge dans l'opération",
        'Nombre d’heures travaillées par les participants du PLIE',
        'Nombre de contrats de mise à disposition (AI)',
        'Nombre de bilans tripartites avec le référent de parcours / nombre de participants',
        'Nature des actions mobilisées',
        'Validation ou définition du projet professionnel',
        'Formalisation des compétences',
        "Temps d'entretiens individuels",
        "Temps d'atelier avec les participants",
        'Temps de préparation des ateliers',
        'Temps affectés aux tâches administratives',
      ]),
    );
    expect(plie).toHaveLength(15);
  });
  it('covers every INAÉ dimension and keeps the grid indicators the data can compute as computed', () => {
    for (const d of Object.keys(INAE_DIMENSIONS)) expect(indicatorCatalogue.some((i) => i.dimension === d), d).toBe(true);
    const computed = indicatorCatalogue.filter((i) => i.seed === '004' && i.kind === 'computed').map((i) => i.id);
    expect(computed).toEqual(
      expect.arrayContaining([
        'inae.sep.employment-exit-rate',
        'inae.sep.barriers-lifted-rate',
        'inae.modalites.interview-duration',
        'inae.modalites.average-parcours-length',
        'inae.modalites.training-hours',
        'inae.modalites.pmsmp-rate',
        'inae.outils-salaries.final-review',
        'inae.outils-salaries.attestations-rate',
        'inae.gouvernance.time-in-structure',
      ]),
    );
    expect(getIndicator('inae.sep.satisfaction-rate')?.kind).toBe('declared');
  });
  it('carries the 2008 circular targets', () => {
    expect(getIndicator('dynamic-exit-rate')?.target?.min).toBe(0.6);
    expect(getIndicator('durable-employment-rate')?.target?.min).toBe(0.25);
  });

  // Grille qualité INAÉ (docs/sources.md#inae), « Les DE et salariés en parcours » : « Taux de
  // sorties emploi (cf. Direccte) ». The grid defers to the Direccte, whose public definition of
  // the exits to employment is the sortie dynamique (ASP bilan, docs/sources.md#asp-extranet).
  it('gives the INAÉ « taux de sorties emploi (cf. Direccte) » as the sortie dynamique, the choice marked', () => {
    const i = getIndicator('inae.sep.employment-exit-rate')!;
    expect(i.computedBy).toBe('dynamicExitRate');
    expect(i.formula).toBe('(emploi durable + emploi de transition + sorties positives) / sorties examinées');
    expect(i.definitionFr).toContain('sortie dynamique');
    expect(i.assumptionFr).toMatch(/^Choix de définition/);
    expect(i.source).toContain('docs/sources.md#asp-extranet');
  });
  // Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc): « Ratio entre les personnes
  // accueillies positionnées par des prescripteurs et les personnes réellement mises à l'emploi ».
  it('labels prescription-to-hire-ratio the way its formula goes (hired / positioned)', () => {
    const i = getIndicator('prescription-to-hire-ratio')!;
    expect(i.labelFr).toBe('Ratio personnes mises à l’emploi / personnes positionnées par des prescripteurs');
    expect(i.formula).toBe('personnes positionnées puis embauchées / personnes positionnées');
    expect(i.assumptionFr).toContain('sans en donner le sens');
  });
  // Circulaire DGEFP n° 2008-21 (docs/sources.md#circulaire-2008-21): 60 % of sorties dynamiques and
  // 25 % of durable employment, known to the project through Direction(s), February 2009 only.
  it('cites the targets through the secondary source that reports them, marked assumed', () => {
    for (const [id, min] of [['dynamic-exit-rate', 0.6], ['durable-employment-rate', 0.25]] as const) {
      const t = getIndicator(id)!.target!;
      expect(t.min, id).toBe(min);
      expect(t.assumed, id).toBe(true);
      expect(t.source, id).toContain('docs/sources.md#circulaire-2008-21');
      expect(t.source, id).toContain('Direction(s), février 2009');
      expect(t.source, id).not.toContain('annexe 4');
      expect(t.assumptionFr, id).toContain("n'a pas le texte");
    }
  });
  // Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion), axe 2: the
  // skills attestation is a practice measured as a rate over the exits, not a duty at every exit.
  it('measures the skills attestation of the parcours duties as a rate over the exits', () => {
    const duty = parcoursDuties.find((d) => d.id === 'skills-attestation')!;
    const i = getIndicator(duty.measuredBy!)!;
    expect(i).toMatchObject({ unit: 'ratio', kind: 'computed', formula: 'sorties avec attestation / sorties' });
    for (const d of parcoursDuties) if (d.measuredBy) expect(getIndicator(d.measuredBy), d.id).toBeDefined();
  });
});

