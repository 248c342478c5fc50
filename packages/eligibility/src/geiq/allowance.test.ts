import { describe, expect, it } from 'vitest';
import { geiqAllowance } from './allowance';

describe('geiqAllowance', () => {
  const date = '2025-02-01';
  it('gives 1,400 € to an authorized prescriber, with no criterion', () => {
    expect(geiqAllowance({ author: 'prescriber', criteria: [], date })).toMatchObject({ amount: 1400, eligible: true });
  });
  it('gives 1,400 € for 1 level-1 or 2 level-2 criteria', () => {
    expect(geiqAllowance({ author: 'employer', criteria: ['RSA'], date }).amount).toBe(1400);
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
});
