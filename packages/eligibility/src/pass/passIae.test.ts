import { describe, expect, it } from 'vitest';
import {
  isNewPassIaeBlocked,
  passIaeDefaultEndDate,
  passIaeStateAt,
  passIaeWaitingPeriod,
  passIaeWaitingPeriodEnd,
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
  it('allows 36 months from 2023-01-31 and 12 months before', () => {
    expect(suspensionLimits({ passStart: '2023-01-01', passEnd: '2024-12-31', start: '2023-01-31', today: '2023-02-01' }).maxEnd).toBe('2026-01-30');
    expect(suspensionLimits({ passStart: '2022-01-01', passEnd: '2023-12-31', start: '2023-01-30', today: '2023-02-01' }).maxEnd).toBe('2024-01-29');
  });
  it('refuses a start in the future, more than 365 days ago or outside the PASS', () => {
    const pass = { passStart: '2024-01-01', passEnd: '2025-12-31' };
    expect(suspensionLimits({ ...pass, start: '2025-06-02', today: '2025-06-01' }).allowed).toBe(false);
    expect(suspensionLimits({ ...pass, start: '2024-06-01', today: '2025-06-01' }).allowed).toBe(true);
    expect(suspensionLimits({ ...pass, start: '2024-05-31', today: '2025-06-01' }).allowed).toBe(false);
    expect(suspensionLimits({ passStart: '2025-01-01', passEnd: '2026-12-31', start: '2024-12-31', today: '2025-01-10' }).allowed).toBe(false);
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
  it('opens the request window 12 months before the end and closes it 6 months after', () => {
    expect(prolongationRequestWindow('2026-12-31')).toEqual({ opensOn: '2025-12-31', closesOn: '2027-06-30' });
  });
});
