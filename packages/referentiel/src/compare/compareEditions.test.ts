import { describe, expect, it } from 'vitest';
import { actionSentences, compareEditions } from './compareEditions';

describe('compareEditions', () => {
  const c = compareEditions('formation-projet', 'annexe-2');
  it('accounts for every row of the first edition', () => {
    expect(c.unchanged.length + c.changed.length + c.onlyIn.filter((o) => o.edition === 'formation-projet').length).toBe(32);
    expect(c.unchanged.length + c.changed.length + c.onlyIn.filter((o) => o.edition === 'annexe-2').length).toBe(34);
  });
  it('says what changed wording, what moved axis or fonction and what exists in one edition only', () => {
    expect(c.changed.some((x) => x.wordingChanged)).toBe(true);
    // « mise en oeuvre » (2008) → « mise en œuvre » (annexe 2): the same words.
    expect(c.changed.find((x) => x.id === 'axe-2.accompagnement-socio-professionnel-suivi.01')).toMatchObject({ wordingChanged: true, typographyOnly: true });
    expect(c.changed.find((x) => x.id === 'axe-1.accueil.02')).toMatchObject({ wordingChanged: true, typographyOnly: false });
    expect(c.changed.find((x) => x.axisMoved)).toMatchObject({ axisBefore: 4, axisAfter: 2 });
    expect(c.onlyIn.map((o) => o.edition)).toEqual(['annexe-2', 'annexe-2']);
    expect(c.onlyIn.some((o) => o.relatedTo !== null)).toBe(true);
    // The first edition held these two actions in the cells of rows 01 and 02 of axis 4; the annexe 2 gives them rows of their own.
    expect(c.onlyIn.map((o) => [o.id.slice(-2), o.sharedCellWith?.slice(-2)])).toEqual([
      ['07', '01'],
      ['08', '02'],
    ]);
    expect(c.markdown).toContain("cette action faisait partie de la ligne `axe-4.developpement-economique-territorial-et-utilite-sociale.01`");
  });
  // Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion), axe 4, row 1:
  // the first edition ends the row with « Développer des activités répondant à des besoins
  // collectifs non satisfaits… »; the annexe 2 drops that sentence from the row (it becomes row 07).
  it('reports a sentence dropped between editions as removed, not as a change of wording', () => {
    const row = c.changed.find((x) => x.id === 'axe-4.developpement-economique-territorial-et-utilite-sociale.01')!;
    expect(row.sentencesRemoved).toEqual([
      'Développer des activités répondant à des besoins collectifs non satisfaits en direction des collectivités publiques ou de personnes en difficultés, hors salariés en insertion',
    ]);
    expect(row.sentencesAdded).toEqual([]);
    // The other sentences of the row are reworded (« Vente » → « Vendre »): that is the wording change.
    expect(row.wordingChanged).toBe(true);
    expect(c.markdown).toContain('1 phrase(s) retirée(s)');
    expect(c.markdown).toContain('retirée dans annexe-2 : « Développer des activités répondant à des besoins collectifs');
    // The annexe 2 gives that sentence a row of its own: the Markdown says where it went.
    expect(c.markdown).toMatch(/retirée dans annexe-2 : « Développer des activités[^\n]*» \(dans l'autre édition, ligne `axe-4\.developpement-economique-territorial-et-utilite-sociale\.07`\)/);
    // Read the other way, the same sentence is added, not a change of wording.
    const back = compareEditions('annexe-2', 'formation-projet').changed.find((x) => x.id === row.id)!;
    expect(back.sentencesAdded).toEqual(row.sentencesRemoved);
    expect(back.sentencesRemoved).toEqual([]);
    // A row only reworded has no sentence removed or added.
    expect(c.changed.find((x) => x.id === 'axe-1.accueil.02')).toMatchObject({ sentencesRemoved: [], sentencesAdded: [], wordingChanged: true });
  });
  it('splits an action into its sentences and " - " items', () => {
    expect(actionSentences("Présenter l'offre. Définir des profils - Dépôt des offres - Entretiens")).toEqual(["Présenter l'offre", 'Définir des profils', 'Dépôt des offres', 'Entretiens']);
  });
  it('accepts the earlier id 2008 as an alias of formation-projet', () => {
    expect(compareEditions('2008', 'annexe-2')).toEqual(compareEditions('formation-projet', 'annexe-2'));
    expect(c.from).toBe('formation-projet');
  });
  it('is empty when an edition is compared with itself', () => {
    const same = compareEditions('annexe-2', 'annexe-2');
    expect(same.changed).toEqual([]);
    expect(same.onlyIn).toEqual([]);
    expect(same.unchanged).toHaveLength(34);
  });
  it('renders Markdown', () => {
    expect(c.markdown).toContain('# Comparaison des éditions formation-projet → annexe-2');
    expect(c.markdown).toContain(`- Lignes modifiées : ${c.changed.length}`);
  });
});
