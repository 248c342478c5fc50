import { describe, expect, it } from 'vitest';
import { criteriaCatalogue, criterionLabelOn, geiqCriteriaCatalogue, getCriterion, iaeCriteriaCatalogue, isCriterionInForce } from './catalogue';

describe('criteria catalogue', () => {
  it('has 18 IAE criteria: 4 of level 1 and 14 of level 2', () => {
    expect(iaeCriteriaCatalogue).toHaveLength(18);
    expect(iaeCriteriaCatalogue.filter((c) => c.iaeLevel === 1).map((c) => c.code)).toEqual(['RSA', 'ASS', 'AAH', 'DETLD']);
  });
  it('has 28 GEIQ criteria', () => {
    expect(geiqCriteriaCatalogue).toHaveLength(28);
    expect(criteriaCatalogue).toHaveLength(28);
  });
  it('puts 15 criteria in force on 2020-03-23 and 18 from 2021-09-03', () => {
    expect(iaeCriteriaCatalogue.filter((c) => isCriterionInForce(c, '2020-03-23'))).toHaveLength(15);
    expect(iaeCriteriaCatalogue.filter((c) => isCriterionInForce(c, '2021-09-02'))).toHaveLength(15);
    expect(iaeCriteriaCatalogue.filter((c) => isCriterionInForce(c, '2021-09-03'))).toHaveLength(18);
  });
  it('follows the relabelling of criterion 13 and of ZRR', () => {
    const ref = getCriterion('REF_DA')!;
    expect(criterionLabelOn(ref, '2021-01-25')).toBe("Primo arrivant (contrat d'intégration républicaine de moins de 24 mois)");
    expect(criterionLabelOn(ref, '2022-04-27')).toBe("Réfugiés statutaires, protégés subsidiaires ou demandeurs d'asile");
    expect(criterionLabelOn(ref, '2022-04-28')).toContain('protection temporaire');
    expect(criterionLabelOn(getCriterion('ZRR')!, '2026-03-02')).toBe('Résident ZRR');
    expect(criterionLabelOn(getCriterion('ZRR')!, '2026-03-03')).toBe('Résident ZRR / ZFRR');
  });
  it('marks certifiable and derivable criteria', () => {
    expect(criteriaCatalogue.filter((c) => c.certifiable).map((c) => c.code).sort()).toEqual(['AAH', 'PI', 'RSA', 'TH']);
    expect(getCriterion('ASS')?.certifiable).toBe(false);
    expect(criteriaCatalogue.filter((c) => c.derivable).map((c) => c.code).sort()).toEqual(['CAP_BEP', 'DELD', 'DETLD', 'JEUNE', 'QPV', 'SENIOR', 'ZRR']);
  });
  it('gives every criterion a label, a source and a proof', () => {
    for (const c of criteriaCatalogue) {
      expect(c.labelFr && c.source && c.proofFr).toBeTruthy();
    }
  });
});
