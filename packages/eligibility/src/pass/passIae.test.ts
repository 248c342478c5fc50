import { describe, expect, it } from 'vitest';
import {
  isNewPassIaeBlocked,
  passIaeDefaultEndDate,
  passIaeStateAt,
  passIaeWaitingPeriod,
  passIaeWaitingPeriodEnd,
  isProlongationRequestOpen,
  prolongationCaps,
  prolongationLimits,
  prolongationRequestWindow,
  suspensionLimits,
} from './passIae';

describe('PASS IAE dates', () => {
  it('lasts 730 days, end inclusive', () => {
    expect(passIaeDefaultEndDate('2025-01-01')).toBe('2026-12-31');
    expect(passIaeDefaultEndDate('2024-03-01')).toBe('2026-02-28');
  });
  it('has a 2-year waiting period starting the day after its end', () => {
    expect(passIaeWaitingPeriodEnd('2026-12-31')).toBe('2028-12-31');
    expect(passIaeWaitingPeriod('2026-12-31')).toEqual({ firstDay: '2027-01-01', lastDay: '2028-12-31' });
  });
  it('is future, valid, suspended or expired', () => {
    const pass = { start: '2025-01-01', end: '2026-12-31', suspensions: [{ start: '2025-06-01', end: '2025-06-30' }] };
    expect(passIaeStateAt(pass, '2024-12-31')).toBe('future');
    expect(passIaeStateAt(pass, '2025-01-01')).toBe('valid');
    expect(passIaeStateAt(pass, '2025-06-30')).toBe('suspended');
    expect(passIaeStateAt(pass, '2026-12-31')).toBe('valid');
    expect(passIaeStateAt(pass, '2027-01-01')).toBe('expired');
  });
  it('rejects a malformed date, naming the field', () => {
    expect(() => passIaeDefaultEndDate('2025-13-01')).toThrow(/start/);
  });
});

describe('isNewPassIaeBlocked', () => {
  const base = { previousEnd: '2026-12-31', structureKind: 'ACI' as const };
  it('blocks a hire on the first day of the waiting period', () => {
    expect(isNewPassIaeBlocked({ ...base, day: '2026-12-31' }).blocked).toBe(false);
    expect(isNewPassIaeBlocked({ ...base, day: '2027-01-01' }).blocked).toBe(true);
    expect(isNewPassIaeBlocked({ ...base, day: '2028-12-31' }).blocked).toBe(true);
    expect(isNewPassIaeBlocked({ ...base, day: '2029-01-01' }).blocked).toBe(false);
  });
  it('is lifted by an authorized prescriber, not by an employer diagnosis, and never blocks a GEIQ', () => {
    expect(isNewPassIaeBlocked({ ...base, day: '2027-06-01', senderIsAuthorizedPrescriber: true }).blocked).toBe(false);
    expect(isNewPassIaeBlocked({ ...base, day: '2027-06-01', hasValidPrescriberDiagnosis: true }).blocked).toBe(false);
    expect(isNewPassIaeBlocked({ ...base, day: '2027-06-01', structureKind: 'GEIQ' }).blocked).toBe(false);
  });
});

describe('suspensionLimits', () => {
  // gip-inclusion/les-emplois CHANGELOG [9] 2020-12-30, [27] 2021-09-24, [56] 2023-02-13 (Suspension.MAX_DURATION_MONTHS 6 → 12 → 36),
  // evaluated on the day the suspension is declared.
  it('allows 6 months from 2020-12-30, 12 months from 2021-09-24, 36 months from 2023-02-13 (day of declaration)', () => {
    const pass = { passStart: '2020-06-01', passEnd: '2026-12-31' };
    expect(suspensionLimits({ ...pass, start: '2020-12-29', today: '2020-12-29' })).toMatchObject({ allowed: false });
    expect(suspensionLimits({ ...pass, start: '2021-01-04', today: '2021-01-04' }).maxEnd).toBe('2021-07-03');
    expect(suspensionLimits({ ...pass, start: '2021-09-23', today: '2021-09-23' }).maxEnd).toBe('2022-03-22');
    expect(suspensionLimits({ ...pass, start: '2021-09-24', today: '2021-09-24' }).maxEnd).toBe('2022-09-23');
    expect(suspensionLimits({ ...pass, start: '2023-01-31', today: '2023-02-12' }).maxEnd).toBe('2024-01-30');
    expect(suspensionLimits({ ...pass, start: '2023-01-31', today: '2023-02-13' }).maxEnd).toBe('2026-01-30');
  });
  it('refuses a start in the future, more than 365 days ago or outside the PASS', () => {
    const pass = { passStart: '2024-01-01', passEnd: '2025-12-31' };
    expect(suspensionLimits({ ...pass, start: '2025-06-02', today: '2025-06-01' }).allowed).toBe(false);
    expect(suspensionLimits({ ...pass, start: '2024-06-01', today: '2025-06-01' }).allowed).toBe(true);
    expect(suspensionLimits({ ...pass, start: '2024-05-31', today: '2025-06-01' }).allowed).toBe(false);
    expect(suspensionLimits({ passStart: '2025-01-01', passEnd: '2026-12-31', start: '2024-12-31', today: '2025-01-10' }).allowed).toBe(false);
  });
  // CHANGELOG [32] 2021-12-02 (30 days, commit 9eba772fde60) and commit 6cc47dcc11b3 (365 days, released 2022-03-25).
  it('had no retroactivity limit before 2021-12-02, 30 days until 2022-03-24, 365 days since', () => {
    const pass = { passStart: '2021-01-01', passEnd: '2023-12-31' };
    expect(suspensionLimits({ ...pass, start: '2021-02-01', today: '2021-12-01' }).allowed).toBe(true);
    expect(suspensionLimits({ ...pass, start: '2021-11-02', today: '2021-12-02' }).allowed).toBe(true);
    expect(suspensionLimits({ ...pass, start: '2021-11-01', today: '2021-12-02' })).toMatchObject({ allowed: false, whyFr: expect.stringContaining('30 jours') });
    expect(suspensionLimits({ ...pass, start: '2021-04-01', today: '2022-03-24' }).allowed).toBe(false);
    expect(suspensionLimits({ ...pass, start: '2021-04-01', today: '2022-03-25' }).allowed).toBe(true);
  });
  // gip-inclusion/les-emplois itou/approvals/models.py Suspension.next_min_start_at.
  it('refuses a start before the last hiring start, or on or before the end of the previous suspension', () => {
    const base = { passStart: '2025-01-01', passEnd: '2026-12-31', today: '2025-06-10' };
    expect(suspensionLimits({ ...base, start: '2025-03-04', lastHiringStart: '2025-03-05' })).toMatchObject({ allowed: false, minStart: '2025-03-05' });
    expect(suspensionLimits({ ...base, start: '2025-03-05', lastHiringStart: '2025-03-05' }).allowed).toBe(true);
    expect(suspensionLimits({ ...base, start: '2025-04-30', lastHiringStart: '2025-03-05', previousSuspensionEnd: '2025-04-30' })).toMatchObject({ allowed: false, minStart: '2025-05-01' });
    expect(suspensionLimits({ ...base, start: '2025-05-01', lastHiringStart: '2025-03-05', previousSuspensionEnd: '2025-04-30' }).allowed).toBe(true);
    // the retroactivity threshold wins over an older hire
    expect(suspensionLimits({ ...base, start: '2025-06-01', lastHiringStart: '2020-01-01' }).minStart).toBe('2024-06-10');
  });
  // CHANGELOG [35] 2022-02-01, commit 0a49c3474552 (displayed_choices_for_siae: CONTRAT_PASSERELLE for EI and ACI).
  it('keeps the CONTRAT_PASSERELLE reason for EI and ACI, from 2022-02-01', () => {
    const base = { passStart: '2022-01-01', passEnd: '2023-12-31', start: '2022-03-01', today: '2022-03-01', reason: 'CONTRAT_PASSERELLE' };
    expect(suspensionLimits({ ...base, structureKind: 'ACI' }).allowed).toBe(true);
    expect(suspensionLimits({ ...base, structureKind: 'EI' }).allowed).toBe(true);
    expect(suspensionLimits({ ...base, structureKind: 'AI' })).toMatchObject({ allowed: false, whyFr: expect.stringContaining('EI et ACI') });
    expect(suspensionLimits({ ...base, structureKind: 'ETTI' }).allowed).toBe(false);
    expect(suspensionLimits({ ...base, structureKind: 'ACI', start: '2022-01-31', today: '2022-01-31' }).allowed).toBe(false);
    expect(suspensionLimits({ ...base, structureKind: 'ACI', reason: 'SICKNESS' }).allowed).toBe(false);
    expect(suspensionLimits({ ...base, structureKind: 'ACI', reason: 'SICKNESS', start: '2021-03-01', today: '2021-03-01', passStart: '2021-01-01' }).allowed).toBe(true);
  });
  it('has nothing to suspend for a GEIQ', () => {
    expect(suspensionLimits({ passStart: '2025-01-01', passEnd: '2026-12-31', start: '2025-03-01', today: '2025-03-01', structureKind: 'GEIQ' }).allowed).toBe(false);
  });
});

describe('prolongationLimits', () => {
  it('caps one prolongation per reason', () => {
    expect(prolongationLimits({ reason: 'SENIOR_CDI', start: '2025-01-01', structureKind: 'EI', usedDays: 0 })).toEqual({
      maxEnd: '2034-12-30',
      maxCumulativeEnd: null,
      allowed: true,
    });
    expect(prolongationLimits({ reason: 'COMPLETE_TRAINING', start: '2025-01-01', structureKind: 'EI', usedDays: 5000 })).toMatchObject({
      maxEnd: '2026-01-01',
      maxCumulativeEnd: null,
      allowed: true,
    });
  });
  it('counts every earlier prolongation against the cumulative cap', () => {
    expect(prolongationLimits({ reason: 'RQTH', start: '2025-01-01', structureKind: 'ACI', usedDays: 900 })).toEqual({
      maxEnd: '2026-01-01',
      maxCumulativeEnd: '2025-07-15',
      allowed: true,
    });
    expect(prolongationLimits({ reason: 'SENIOR', start: '2025-01-01', structureKind: 'ACI', usedDays: 1825 })).toMatchObject({ allowed: false });
    expect(prolongationLimits({ reason: 'SENIOR', start: '2025-01-01', structureKind: 'ACI', usedDays: 1824 })).toMatchObject({
      maxCumulativeEnd: '2025-01-02',
      allowed: true,
    });
  });
  it('keeps PARTICULAR_DIFFICULTIES for AI and ACI', () => {
    expect(prolongationLimits({ reason: 'PARTICULAR_DIFFICULTIES', start: '2025-01-01', structureKind: 'AI', usedDays: 0 }).allowed).toBe(true);
    expect(prolongationLimits({ reason: 'PARTICULAR_DIFFICULTIES', start: '2025-01-01', structureKind: 'ACI', usedDays: 0 }).allowed).toBe(true);
    const ei = prolongationLimits({ reason: 'PARTICULAR_DIFFICULTIES', start: '2025-01-01', structureKind: 'EI', usedDays: 0 });
    expect(ei.allowed).toBe(false);
    expect(ei.why).toContain('AI et ACI');
  });
  it('refuses HEALTH_CONTEXT from 2021-12-01', () => {
    expect(prolongationLimits({ reason: 'HEALTH_CONTEXT', start: '2021-11-30', structureKind: 'ACI', usedDays: 0 }).allowed).toBe(true);
    expect(prolongationLimits({ reason: 'HEALTH_CONTEXT', start: '2021-12-01', structureKind: 'ACI', usedDays: 0 }).allowed).toBe(false);
  });
  // gip-inclusion/les-emplois CHANGELOG 2024-07-08 (PR #4329), commit fcfda3026682: before it the cap counted the same reason only.
  it('counts the same reason only before 2024-07-08, every reason since', () => {
    const base = { reason: 'RQTH' as const, start: '2024-07-01', structureKind: 'ACI', usedDays: 1095, usedDaysSameReason: 0 };
    expect(prolongationLimits({ ...base, asOf: '2024-07-07' })).toMatchObject({ allowed: true, maxCumulativeEnd: '2025-07-01' });
    expect(prolongationLimits({ ...base, asOf: '2024-07-08' })).toMatchObject({ allowed: false });
  });
  // CHANGELOG [14] 2021-03-11 (6 months, commit ac749dd4a207), [31] 2021-11-18 (2 years, 53f574484e1e), 2024-07-08 (365 days, no cumulative cap).
  it('caps training prolongations at 6 months, then 2 years, then 365 days with no cumulative cap', () => {
    const base = { reason: 'COMPLETE_TRAINING' as const, structureKind: 'EI' };
    expect(prolongationLimits({ ...base, start: '2021-06-01' })).toMatchObject({ maxEnd: '2021-11-30', maxCumulativeEnd: '2021-11-30', allowed: true });
    expect(prolongationLimits({ ...base, start: '2021-06-01', usedDaysSameReason: 182 }).allowed).toBe(false);
    expect(prolongationLimits({ ...base, start: '2022-01-01' })).toMatchObject({ maxEnd: '2023-12-31', maxCumulativeEnd: '2023-12-31' });
    expect(prolongationLimits({ ...base, start: '2024-01-01', usedDays: 400 })).toMatchObject({ maxEnd: '2024-12-31', maxCumulativeEnd: '2024-11-26', allowed: true });
    expect(prolongationLimits({ ...base, start: '2024-07-08', usedDays: 5000 })).toMatchObject({ maxEnd: '2025-07-08', maxCumulativeEnd: null, allowed: true });
    expect(prolongationCaps.COMPLETE_TRAINING.values.map((v) => v.from)).toEqual(['2021-03-11', '2021-11-18', '2023-09-11', '2024-07-08']);
  });
  it('did not exist before 2021-03-11 (CHANGELOG [14]) and never applies to a GEIQ', () => {
    expect(prolongationLimits({ reason: 'RQTH', start: '2021-03-10', structureKind: 'ACI' })).toMatchObject({ allowed: false });
    expect(prolongationLimits({ reason: 'RQTH', start: '2021-03-11', structureKind: 'ACI' }).allowed).toBe(true);
    expect(prolongationLimits({ reason: 'SENIOR_CDI', start: '2021-09-23', structureKind: 'ACI' }).allowed).toBe(false);
    const geiq = prolongationLimits({ reason: 'SENIOR', start: '2025-01-01', structureKind: 'GEIQ' });
    expect(geiq.allowed).toBe(false);
    expect(geiq.why).toContain('GEIQ');
  });
  it('opens the request window 12 months before the end and closes it 6 months after (rule of 2026-05-26)', () => {
    expect(prolongationRequestWindow('2026-12-31')).toEqual({ opensOn: '2025-12-31', closesOn: '2027-06-30' });
  });
  // is_open_to_prolongation history: CHANGELOG [14] 2021-03-11, [30] 2021-11-05, [53] 2022-12-16, [69] 2023-08-16,
  // 2025-10-20 (PR #7004), commit 5378195e8371 (2026-05-26).
  it('dates the request window from the platform history', () => {
    const end = '2024-06-30';
    expect(prolongationRequestWindow(end, { asOf: '2021-06-01' })).toEqual({ opensOn: '2024-03-30', closesOn: '2024-06-30' });
    expect(prolongationRequestWindow(end, { asOf: '2021-11-05' })).toEqual({ opensOn: '2024-03-30', closesOn: '2024-09-30' });
    expect(prolongationRequestWindow(end, { asOf: '2023-01-01', passStart: '2022-07-01' })).toEqual({ opensOn: '2023-07-01', closesOn: '2024-09-30' });
    expect(() => prolongationRequestWindow(end, { asOf: '2023-01-01' })).toThrow(/passStart/);
    expect(prolongationRequestWindow(end, { asOf: '2023-09-01' })).toEqual({ opensOn: '2023-11-30', closesOn: '2024-06-30' });
    expect(prolongationRequestWindow(end, { asOf: '2025-10-20' })).toEqual({ opensOn: '2023-06-30', closesOn: '2024-06-30' });
    expect(() => prolongationRequestWindow(end, { asOf: '2021-03-10' })).toThrow(/asOf/);
  });
  it('tells whether a request is open on a day', () => {
    const pass = { passStart: '2024-01-01', passEnd: '2025-12-31' };
    expect(isProlongationRequestOpen({ ...pass, day: '2025-05-30' })).toBe(false);
    expect(isProlongationRequestOpen({ ...pass, day: '2025-05-31' })).toBe(true);
    expect(isProlongationRequestOpen({ ...pass, day: '2025-06-01' })).toBe(true);
    expect(isProlongationRequestOpen({ ...pass, day: '2026-01-01' })).toBe(false);
    expect(isProlongationRequestOpen({ ...pass, day: '2026-06-01' })).toBe(true);
    expect(isProlongationRequestOpen({ ...pass, day: '2021-03-10' })).toBe(false);
  });
});
