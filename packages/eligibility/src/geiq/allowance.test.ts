import { describe, expect, it } from 'vitest';
import { checkGeiqCriteria, GEIQ_CRITERION_PARENTS, GEIQ_EXCLUSIVE_GROUPS, geiqAllowance } from './allowance';

describe('geiqAllowance', () => {
  const date = '2025-02-01';
  it('gives 1,400 € to an authorized prescriber, with no criterion', () => {
    expect(geiqAllowance({ author: 'prescriber', criteria: [], date })).toMatchObject({ amount: 1400, eligible: true });
  });
  it('gives 1,400 € for 1 level-1 or 2 level-2 criteria', () => {
    expect(geiqAllowance({ author: 'employer', criteria: ['MINIMA', 'RSA'], date }).amount).toBe(1400);
    expect(geiqAllowance({ author: 'employer', criteria: ['QPV', 'PI'], date }).amount).toBe(1400);
  });
  it('gives 814 € for one annex-1 or 1+2 criterion only', () => {
    expect(geiqAllowance({ author: 'employer', criteria: ['DE_45'], date })).toMatchObject({ amount: 814, explanation: { tier: 'annex1', annex1: ['DE_45'] } });
    expect(geiqAllowance({ author: 'employer', criteria: ['TH'], date }).amount).toBe(814);
  });
  it('gives 0 € otherwise', () => {
    expect(geiqAllowance({ author: 'employer', criteria: ['FT'], date })).toMatchObject({ amount: 0, eligible: false });
    expect(geiqAllowance({ author: 'employer', criteria: ['PI'], date }).amount).toBe(0);
  });
  it('gives 0 € and the pairs for incompatible criteria', () => {
    const r = geiqAllowance({ author: 'employer', criteria: ['QPV', 'ZRR', 'JEUNE', 'DE_45'], date });
    expect(r.amount).toBe(0);
    expect(r.conflicts).toEqual([
      ['QPV', 'ZRR'],
      ['JEUNE', 'DE_45'],
    ]);
  });
  it('refuses an unknown criterion, naming its index', () => {
    expect(() => geiqAllowance({ author: 'employer', criteria: ['RSA', 'XX'], date })).toThrow(/criteria\[1\]/);
  });
  // gip-inclusion/les-emplois itou/www/geiq_eligibility_views/forms.py @ be668c3c1b20: RADIO_FIELDS (one France Travail
  // duration), EXCLUSIONS, and _get_administrative_criteria dropping a child checked without its parent
  // (parent_id in itou/eligibility/data/administrative_criteria_geiq.json).
  it('allows one France Travail duration only (the form makes it a radio choice)', () => {
    expect(GEIQ_EXCLUSIVE_GROUPS[0]?.codes).toEqual(['DELD_12', 'DELD', 'DETLD']);
    const r = geiqAllowance({ author: 'employer', criteria: ['FT', 'DELD', 'DETLD'], date });
    expect(r).toMatchObject({ amount: 0, eligible: false, explanation: { tier: 'conflict' } });
    expect(r.criteriaIssues).toEqual([
      expect.objectContaining({ kind: 'exclusive_group', codes: ['DELD', 'DETLD'], messageEn: expect.stringContaining('only one answer') }),
    ]);
    expect(geiqAllowance({ author: 'employer', criteria: ['FT', 'DETLD'], date })).toMatchObject({ amount: 1400, criteriaIssues: [] });
  });
  it('does not count a child criterion without its parent, and says so in French and English', () => {
    expect(GEIQ_CRITERION_PARENTS).toMatchObject({ RSA: 'MINIMA', AUTRE_MINIMA: 'MINIMA', DETLD: 'FT', JEUNE_SQ: 'JEUNE' });
    const r = geiqAllowance({ author: 'employer', criteria: ['RSA'], date });
    expect(r).toMatchObject({ amount: 0, eligible: false, explanation: { level1: [] } });
    expect(r.explanation.summaryFr).toContain('RSA');
    expect(r.criteriaIssues).toEqual([
      expect.objectContaining({ kind: 'missing_parent', codes: ['RSA', 'MINIMA'], messageFr: expect.stringContaining('parent MINIMA'), messageEn: expect.stringContaining('parent criterion MINIMA') }),
    ]);
    // JEUNE_SQ (annex 1) without JEUNE does not give 814 €; with it, it does.
    expect(geiqAllowance({ author: 'employer', criteria: ['JEUNE_SQ'], date }).amount).toBe(0);
    expect(geiqAllowance({ author: 'employer', criteria: ['JEUNE', 'JEUNE_SQ'], date }).amount).toBe(814);
  });
  it('reports incompatible pairs with an explanation', () => {
    expect(checkGeiqCriteria(['REF_DA', 'RS_PS_DA'])).toEqual([
      expect.objectContaining({ kind: 'incompatible', codes: ['REF_DA', 'RS_PS_DA'], messageFr: expect.stringContaining('ne peuvent pas être cumulés') }),
    ]);
    expect(checkGeiqCriteria(['MINIMA', 'RSA', 'AAH'])).toEqual([]);
  });
});
