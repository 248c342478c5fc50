import { defaultCategoryMapping, loadCategoryMapping } from '@siae/indicators';
import { describe, expect, it } from 'vitest';
import { parseFluxIaeText } from './records';
import { buildFluxIaeReferences, categoryOfAspLabel, reasonOfAspLabel } from './references';

const cats = (...rows: string[]) => ({ file: 'c.csv', records: parseFluxIaeText(['DEB', 'rcs_id|rcs_code|rcs_libelle', ...rows, 'FIN'].join('\n'), 'fluxIAE_RefCategorieSort', 'c.csv').records });
const motifs = (...rows: string[]) => ({ file: 'm.csv', records: parseFluxIaeText(['DEB', 'rms_id|rms_code|rms_libelle|rcs_id', ...rows, 'FIN'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv').records });
const CATS = cats('1|1|Emploi durable', '2|2|Emploi de transition', '3|3|Sorties positives', '4|4|Autres sorties', '5|5|Retrait des sorties constatées');

describe('ASP labels', () => {
  it('match the model’s reasons whatever the case, accents and punctuation, and the ASP’s own wordings', () => {
    expect(reasonOfAspLabel('Embauche en CDI non aidé')).toBe('CDI_NON_AIDE');
    expect(reasonOfAspLabel('EMBAUCHE EN CDI NON AIDE')).toBe('CDI_NON_AIDE');
    expect(reasonOfAspLabel('Décision administrative / Décision de justice')).toBe('DECISION_ADMINISTRATIVE_JUSTICE');
    expect(reasonOfAspLabel("Création ou reprise d'entreprise à son compte (hors EITI)")).toBe('CREATION_ENTREPRISE');
    expect(reasonOfAspLabel("Poursuite au sein de l'EITI sans aide au poste avec un CA supérieur au seuil de pauvreté")).toBe('EITI_POURSUITE_CA_SEUIL_PAUVRETE');
    expect(reasonOfAspLabel('Parti en vacances')).toBeNull();
  });
  it('match the five ASP categories', () => {
    expect(categoryOfAspLabel('Retrait des sorties constatées')).toBe('withdrawn');
    expect(categoryOfAspLabel('Sorties positives')).toBe('positive');
    expect(categoryOfAspLabel('Autres sorties')).toBe('other');
    expect(categoryOfAspLabel('Sorties excellentes')).toBeNull();
  });
});

describe('buildFluxIaeReferences', () => {
  it('gives each motif id its reason and builds the ASP’s mapping: its categories, not assumed; the others by default', () => {
    const r = buildFluxIaeReferences(motifs('16|6|Sortie automatique|5', '14|4|Au chômage|4'), CATS);
    expect(r.issues).toEqual([]);
    expect([...r.reasonOfMotif]).toEqual([
      ['16', 'SORTIE_AUTOMATIQUE'],
      ['14', 'CHOMAGE'],
    ]);
    const m = r.mapping!;
    expect(m.id).toBe('asp-fluxiae');
    // The ASP file says "Retrait" where the default mapping assumes "other".
    expect(defaultCategoryMapping.rows.SORTIE_AUTOMATIQUE).toEqual({ category: 'other', assumed: true });
    expect(m.rows.SORTIE_AUTOMATIQUE).toEqual({ category: 'withdrawn', assumed: false });
    expect(m.rows.CHOMAGE).toEqual({ category: 'other', assumed: false });
    expect(m.rows.RETRAITE).toEqual(defaultCategoryMapping.rows.RETRAITE);
    // A complete mapping, as the indicators accept it.
    expect(loadCategoryMapping(JSON.parse(JSON.stringify(m))).rows.SORTIE_AUTOMATIQUE.category).toBe('withdrawn');
  });

  it('without the category table: the reasons, no mapping (the default one is used)', () => {
    const r = buildFluxIaeReferences(motifs('14|4|Au chômage|4'), null);
    expect(r.mapping).toBeNull();
    expect(r.reasonOfMotif.get('14')).toBe('CHOMAGE');
  });

  it('reports an unknown motif label, an unknown category label, a missing category id and a conflict, by line', () => {
    const r = buildFluxIaeReferences(
      motifs('20|1|Parti en vacances|4', '21|2|Au chômage|9', '22|3|Inactif|4', '23|4|Inactif|1'),
      cats('1|1|Emploi durable', '4|4|Autres sorties', '6|6|Sorties excellentes'),
    );
    expect(r.issues.map((i) => [i.file, i.line, i.column])).toEqual([
      ['c.csv', 5, 'rcs_libelle'],
      ['m.csv', 3, 'rms_libelle'],
      ['m.csv', 4, 'rcs_id'],
      ['m.csv', 6, 'rcs_id'],
    ]);
    expect(r.mapping!.rows.INACTIF).toEqual({ category: 'other', assumed: false });
    expect(JSON.stringify(r.issues)).not.toContain('vacances');
  });
});
