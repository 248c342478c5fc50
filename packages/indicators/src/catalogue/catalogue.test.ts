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
});
