import { describe, expect, it } from 'vitest';
import { compareEditions } from './compareEditions';

describe('compareEditions', () => {
  const c = compareEditions('2008', 'annexe-2');
  it('accounts for every row of the first edition', () => {
    expect(c.unchanged.length + c.changed.length + c.onlyIn.filter((o) => o.edition === '2008').length).toBe(32);
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
  it('is empty when an edition is compared with itself', () => {
    const same = compareEditions('annexe-2', 'annexe-2');
    expect(same.changed).toEqual([]);
    expect(same.onlyIn).toEqual([]);
    expect(same.unchanged).toHaveLength(34);
  });
  it('renders Markdown', () => {
    expect(c.markdown).toContain('# Comparaison des éditions 2008 → annexe-2');
    expect(c.markdown).toContain(`- Lignes modifiées : ${c.changed.length}`);
  });
});
