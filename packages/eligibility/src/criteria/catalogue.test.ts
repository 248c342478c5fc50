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
  // gip-inclusion/les-emplois: "Primo arrivant" (commit f31ed11b1a5d, 2020-03-23), CHANGELOG [11] 2021-01-28 (2f916c253477),
  // [26] 2021-09-09 (1f4f031afa5c), [42] 2022-05-13 (70638e72f79b), 2026-03-09 (PR #7630, be668c3c1b20).
  it('follows the platform labels of criterion 13 (REF_DA) and of ZRR, dated by release', () => {
    const ref = getCriterion('REF_DA')!;
    expect(criterionLabelOn(ref, '2020-03-23')).toBe('Primo arrivant');
    expect(criterionLabelOn(ref, '2021-01-27')).toBe('Primo arrivant');
    expect(criterionLabelOn(ref, '2021-01-28')).toBe("Primo arrivant (personne récemment arrivée en France avec un contrat d'intégration républicaine de moins de 24 mois)");
    expect(criterionLabelOn(ref, '2021-09-09')).toBe("Réfugié statutaire, protégé subsidiaire ou demandeur d'asile");
    expect(criterionLabelOn(ref, '2022-05-12')).toBe("Réfugié statutaire, protégé subsidiaire ou demandeur d'asile");
    expect(criterionLabelOn(ref, '2022-05-13')).toContain('protection temporaire');
    expect(ref.labels.every((l) => /@ [0-9a-f]{12}/.test(l.source))).toBe(true);
    expect(criterionLabelOn(getCriterion('ZRR')!, '2026-03-08')).toBe('Résident ZRR');
    expect(criterionLabelOn(getCriterion('ZRR')!, '2026-03-09')).toBe('Résident ZRR/ZFRR');
  });
  it('dates the other relabellings (RSA socle, CAP BEP, Jeune, FLE and PM rewording)', () => {
    const rsa = getCriterion('RSA')!;
    expect(criterionLabelOn(rsa, '2020-10-07')).toBe('Bénéficiaire du RSA');
    expect(criterionLabelOn(rsa, '2020-10-08')).toBe('Bénéficiaire du RSA (socle)');
    expect(criterionLabelOn(rsa, '2021-09-24')).toBe('Bénéficiaire du RSA');
    expect(criterionLabelOn(getCriterion('CAP_BEP')!, '2020-09-23')).toBe("Niveau d'étude 3 ou infra");
    expect(criterionLabelOn(getCriterion('JEUNE')!, '2021-07-28')).toBe('Jeunes (-26 ans)');
    expect(criterionLabelOn(getCriterion('PM')!, '2025-08-03')).toBe('Mobilité');
    expect(criterionLabelOn(getCriterion('FLE')!, '2025-08-04')).toBe('Maîtrise de la langue française inférieure au niveau A1');
    for (const c of iaeCriteriaCatalogue) {
      expect(c.labels[0]?.validFrom).toBe(c.validFrom);
      for (const l of c.labels) expect(l.source).toMatch(/^gip-inclusion\/les-emplois /);
    }
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
