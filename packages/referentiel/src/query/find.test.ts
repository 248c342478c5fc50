import { describe, expect, it } from 'vitest';
import { findActions, fold, getAction } from './find';

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Évaluer la MISE en œuvre')).toBe('evaluer la mise en oeuvre');
  });
});

describe('findActions', () => {
  it('searches keywords accent- and case-insensitively (all words must match)', () => {
    const hits = findActions('REFERENT');
    expect(hits.length).toBeGreaterThan(2);
    expect(findActions('référent').map((h) => h.id)).toEqual(hits.map((h) => h.id));
    expect(findActions({ text: 'xyzzy' })).toEqual([]);
    expect(findActions({ text: 'bilan xyzzy' })).toEqual([]);
  });
  it('filters by axis, fonction, stage and edition', () => {
    expect(findActions({ axis: 3 })).toHaveLength(5);
    expect(findActions({ axis: 4, edition: '2008' })).toHaveLength(6);
    const f = findActions({ fonction: 'ACCUEIL' });
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((h) => fold(h.fonction).includes('accueil'))).toBe(true);
    const exit = findActions({ stage: 'exit_preparation' });
    expect(exit.length).toBeGreaterThan(0);
    expect(exit.every((a) => a.links.stages.includes('exit_preparation'))).toBe(true);
    expect(findActions()).toHaveLength(34);
  });
  it('finds a typo-corrected action by its corrected wording', () => {
    const informer = findActions({ text: 'informer le futur salarie', edition: 'annexe-2' })[0]!;
    expect(informer.action.startsWith('Informer')).toBe(true);
    expect(informer.sourceWording?.action?.startsWith('Informier')).toBe(true);
  });
});

describe('getAction', () => {
  it('keeps the same id for the same row in both editions, latest edition by default', () => {
    expect(getAction('axe-1.accueil.01', '2008')!.action).toBe(getAction('axe-1.accueil.01', 'annexe-2')!.action);
    expect(getAction('axe-1.accueil.01')!.edition).toBe('annexe-2');
    expect(getAction('nope')).toBeUndefined();
  });
  it('splits an action into its sub-items', () => {
    const diag = findActions({ text: 'diagnostic situation sociale', edition: '2008' })[0]!;
    expect(getAction(diag.id, '2008')!.subItems).toHaveLength(4);
    expect(diag.subItems[2]).toBe('Parcours de vie (santé, logement, mobilité, prévention, justice, sécurité, bien-être)');
  });
});
