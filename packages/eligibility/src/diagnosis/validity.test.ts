import { describe, expect, it } from 'vitest';
import { diagnosisExpiresAt, isDiagnosisValidOn, selectDiagnosis } from './validity';

describe('diagnosisExpiresAt', () => {
  it('gives 6 months to an authorized prescriber', () => {
    expect(diagnosisExpiresAt({ author: 'prescriber', date: '2024-12-03' })).toBe('2025-06-03');
    expect(diagnosisExpiresAt({ author: 'prescriber', date: '2025-08-31' })).toBe('2026-02-28');
  });
  // gip-inclusion/les-emplois CHANGELOG.md, release of 2025-01-13 (PR #5285); commit 6d16bb594349 is dated 2024-12-09
  // but was merged on 2025-01-06: diagnoses made before the release keep 6 months.
  it('gives 92 days to an employer from the release of 2025-01-13, 6 months before', () => {
    expect(diagnosisExpiresAt({ author: 'employer', date: '2025-01-13' })).toBe('2025-04-15');
    expect(diagnosisExpiresAt({ author: 'employer', date: '2025-01-12' })).toBe('2025-07-12');
    expect(diagnosisExpiresAt({ author: 'employer', date: '2024-12-09' })).toBe('2025-06-09');
    expect(diagnosisExpiresAt({ author: 'employer', date: '2025-02-03' })).toBe('2025-05-06');
    expect(diagnosisExpiresAt({ author: 'employer', date: '2025-01-10' })).toBe('2025-07-10');
  });
  it('gives 6 months to a GEIQ diagnosis', () => {
    expect(diagnosisExpiresAt({ author: 'employer', date: '2025-01-10', kind: 'GEIQ' })).toBe('2025-07-10');
  });
  it('counts the last valid day and not the expiry day', () => {
    const diag = { author: 'prescriber' as const, date: '2025-01-15' };
    expect(isDiagnosisValidOn(diag, '2025-07-14')).toBe(true);
    expect(isDiagnosisValidOn(diag, '2025-07-15')).toBe(false);
    expect(isDiagnosisValidOn(diag, '2025-01-14')).toBe(false);
  });
  it('names the field of a bad input', () => {
    expect(() => diagnosisExpiresAt({ author: 'employer', date: '2025-02-30' })).toThrow(/date/);
  });
});

describe('selectDiagnosis', () => {
  const diags = [
    { id: 'e1', author: 'employer' as const, date: '2025-05-01', structureId: 's1' },
    { id: 'p1', author: 'prescriber' as const, date: '2025-01-10' },
    { id: 'e2', author: 'employer' as const, date: '2025-03-05', structureId: 's2' },
  ];
  it("prefers a valid prescriber's diagnosis", () => {
    expect(selectDiagnosis(diags, { day: '2025-05-10', structureId: 's1' }).diagnosis?.id).toBe('p1');
  });
  it("uses the structure's own employer diagnosis once the prescriber's has expired", () => {
    expect(selectDiagnosis(diags, { day: '2025-07-10', structureId: 's1' }).diagnosis?.id).toBe('e1');
    expect(selectDiagnosis(diags, { day: '2025-07-10', structureId: 's3' }).diagnosis).toBeNull();
  });
  it('needs no diagnosis with a valid PASS IAE', () => {
    expect(selectDiagnosis(diags, { day: '2025-03-10', structureId: 's1', hasValidPassIae: true })).toMatchObject({ needed: false, diagnosis: null });
  });
});
