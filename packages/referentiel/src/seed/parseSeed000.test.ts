import { describe, expect, it } from 'vitest';
import { buildReferentiel, containment, normalize, similarity, slug } from './buildReferentiel';
import { parseSeed000, splitAction } from './parseSeed000';
import { correctTypos, SEED_000_TYPOS } from './typos';

const SAMPLE = [
  "Référentiel pour la formation d'un projet d'insertion",
  'Axe n°1 : Accueil et UMI sociale',
  'Objectifs globaux :',
  ' - Accueillir les personnes.',
  'Fonctions\tActions\tCompétences et outils requis',
  'Accueil\tInformier le futur salarié : - du contrat ; - du poste.\tLivret',
  '\tRecevoir les candidats\tGrille',
  'Annexe 2 : référentiel',
  'Axe n°1 : Accueil',
  'Objectifs globaux :',
  '- ... Accueillir.',
  'Fonctions\tActions\tCompétences et outils requis',
  'Accueil\tRecevoir les candidats\tGrille',
  'Suivi\tUne action toute nouvelle ici\t',
].join('\n');

describe('parseSeed000', () => {
  const parsed = parseSeed000(SAMPLE);
  it('reads editions, axes, objectives and rows; an empty fonction continues the previous one', () => {
    expect(parsed.map((e) => e.axes[0]!.rows.length)).toEqual([2, 2]);
    expect(parsed[0]!.axes[0]!.objectives).toEqual(['Accueillir les personnes.']);
    expect(parsed[1]!.axes[0]!.objectives).toEqual(['Accueillir.']);
    expect(parsed[0]!.axes[0]!.rows[1]).toMatchObject({ fonction: 'Accueil', fonctionContinued: true });
  });
  it('corrects typos and keeps the source wording', () => {
    expect(parsed[0]!.axes[0]).toMatchObject({ title: 'Accueil et utilité sociale', titleSourceWording: 'Accueil et UMI sociale' });
    expect(parsed[0]!.axes[0]!.rows[0]!.sourceWording).toEqual({ action: 'Informier le futur salarié : - du contrat ; - du poste.' });
  });
});

describe('buildReferentiel', () => {
  it('gives the same row the same id across editions and new rows new ids', () => {
    const [a, b] = buildReferentiel(parseSeed000(SAMPLE));
    expect(a!.axes[0]!.rows.map((r) => r.id)).toEqual(['axe-1.accueil.01', 'axe-1.accueil.02']);
    expect(b!.axes[0]!.rows.map((r) => r.id)).toEqual(['axe-1.accueil.02', 'axe-1.suivi.01']);
    expect(a!.axes[0]!.rows[0]!.subItems).toEqual(['du contrat', 'du poste']);
  });
});

describe('helpers', () => {
  it('splits an action on " - " only', () => {
    expect(splitAction('Faire : - a ; - b.')).toEqual({ head: 'Faire', items: ['a', 'b'] });
    expect(splitAction('Socio-professionnel sans liste')).toEqual({ head: 'Socio-professionnel sans liste', items: [] });
  });
  it('corrects every known typo of seed 000', () => {
    expect(SEED_000_TYPOS).toHaveLength(6);
    expect(correctTypos("Informez l'OPCVA du statut d'ensembleur")).toBe("Informer l'OPCA du statut d'ensemblier");
  });
  it('normalises, slugs and measures word similarity', () => {
    expect(normalize('Accompagnement socio-professionnel')).toBe('accompagnement socio professionnel');
    expect(slug('Accompagnement socio-professionnel')).toBe('accompagnement-socio-professionnel');
    expect(similarity('recevoir les candidats', 'recevoir les candidats')).toBe(1);
    expect(similarity('abc def', 'ghi jkl')).toBe(0);
    expect(similarity('', '')).toBe(0);
    expect(containment('recevoir candidats', 'recevoir les candidats et les orienter')).toBe(1);
    expect(containment('recevoir autres', 'recevoir les candidats')).toBe(0.5);
    expect(containment('', 'abc')).toBe(0);
  });
});
