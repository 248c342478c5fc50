import { describe, expect, it } from 'vitest';
import { SiaeValidationError } from '../errors/validationError';
import { DEFAULT_DUTY_PARAMETERS } from './duties';
import { dutiesAt } from './dutiesAt';
import { replayParcours } from './replay';

type E = Record<string, unknown>;
const hire = (date: string, extra: E = {}): E => ({ type: 'hired', date, contractKind: 'CDDI', passIae: { start: date, end: '2027-12-31' }, ...extra });

/** Status of each duty at a date, after replaying the events (which must all be accepted). */
function statuses(events: E[], asOf: string, parameters = {}) {
  const { state, rejected } = replayParcours('ACI', events);
  expect(rejected).toEqual([]);
  return Object.fromEntries(dutiesAt(state, asOf, parameters).map((d) => [d.dutyId, d.status]));
}

describe('dutiesAt deadlines and boundaries', () => {
  it('refuses a date that does not exist, without showing it', () => {
    const { state } = replayParcours('ACI', [hire('2025-03-03')]);
    expect(() => dutiesAt(state, '2025-02-30')).toThrow(SiaeValidationError);
    try {
      dutiesAt(state, '2025-02-30');
    } catch (e) {
      expect((e as SiaeValidationError).issues[0]).toMatchObject({ code: 'invalid_date', messageEn: 'must be an existing date in YYYY-MM-DD format' });
      expect(String((e as Error).message)).not.toContain('2025-02-30');
    }
  });

  it('lists nothing before the hire', () => {
    const { state } = replayParcours('ACI', [{ type: 'oriented', date: '2025-03-01' }]);
    expect(dutiesAt(state, '2025-03-02')).toEqual([]);
  });

  it('welcome meeting: upcoming, due from 7 days before the 30th day, overdue the day after, missed after the exit', () => {
    const events = [hire('2025-03-03')];
    expect(DEFAULT_DUTY_PARAMETERS.welcomeMeetingDays).toBe(30);
    expect(statuses(events, '2025-03-25')['welcome-meeting']).toBe('upcoming');
    expect(statuses(events, '2025-03-26')['welcome-meeting']).toBe('due');
    expect(statuses(events, '2025-04-02')['welcome-meeting']).toBe('due');
    expect(statuses(events, '2025-04-03')['welcome-meeting']).toBe('overdue');
    const exited = [...events, { type: 'exited', date: '2025-04-10', reason: 'CHOMAGE' }];
    expect(statuses(exited, '2025-04-20')['welcome-meeting']).toBe('missed');
    expect(statuses(events, '2025-04-03', { welcomeMeetingDays: 45 })['welcome-meeting']).toBe('upcoming');
  });

  it('monthly interview: one calendar month after the hire or the last interview (31 January → 28 February)', () => {
    const events = [hire('2025-01-31')];
    const { state } = replayParcours('ACI', events);
    const monthly = dutiesAt(state, '2025-02-28').find((d) => d.dutyId === 'monthly-interview');
    expect(monthly).toMatchObject({ status: 'due', dueDate: '2025-02-28', doneOn: null });
    expect(statuses(events, '2025-03-01')['monthly-interview']).toBe('overdue');
    const withInterview = [...events, { type: 'interview', date: '2025-02-20', kind: 'individual' }];
    const after = dutiesAt(replayParcours('ACI', withInterview).state, '2025-03-01').find((d) => d.dutyId === 'monthly-interview');
    expect(after).toMatchObject({ status: 'upcoming', dueDate: '2025-03-20', doneOn: '2025-02-20' });
  });

  it('trial-period interview: done on the last day of the trial period, missed the day after', () => {
    const events = [hire('2025-03-03', { trialPeriodEndDate: '2025-03-17' })];
    expect(statuses(events, '2025-03-17')['trial-period-interview']).toBe('due');
    expect(statuses(events, '2025-03-18')['trial-period-interview']).toBe('missed');
    expect(statuses([...events, { type: 'interview', date: '2025-03-17', kind: 'trial_period' }], '2025-03-20')['trial-period-interview']).toBe('done');
    expect(statuses([...events, { type: 'interview', date: '2025-03-18', kind: 'trial_period' }], '2025-03-20')['trial-period-interview']).toBe('missed');
    expect(statuses([hire('2025-03-03')], '2025-03-20')['trial-period-interview']).toBeUndefined();
  });

  it("renewal review: counts in the 30 days before the renewal, not the 31st", () => {
    const renewal = { type: 'contract_renewed', date: '2025-06-30' };
    const at = (interviewOn: string) => statuses([hire('2025-01-06'), { type: 'interview', date: interviewOn, kind: 'renewal' }, renewal], '2025-07-01')['renewal-review'];
    expect(at('2025-05-31')).toBe('done');
    expect(at('2025-05-30')).toBe('missed');
  });

  it('early end of contract: the référents are to be informed within 8 days', () => {
    const events = [hire('2025-03-03'), { type: 'contract_broken', date: '2025-04-01' }];
    expect(statuses(events, '2025-04-09')['inform-referent-early-end']).toBe('due');
    expect(statuses(events, '2025-04-10')['inform-referent-early-end']).toBe('overdue');
    expect(statuses([...events, { type: 'referent_informed', date: '2025-04-03' }], '2025-04-10')['inform-referent-early-end']).toBe('done');
  });

  it('follow-ups at 3, 6 and 12 months: due from 7 days before, overdue after 30 days of grace, done once recorded', () => {
    const events = [hire('2025-01-06'), { type: 'exited', date: '2025-06-30', reason: 'CHOMAGE' }];
    expect(statuses(events, '2025-09-22')['follow-up-3-months']).toBe('upcoming');
    expect(statuses(events, '2025-09-23')['follow-up-3-months']).toBe('due');
    expect(statuses(events, '2025-10-30')['follow-up-3-months']).toBe('due');
    expect(statuses(events, '2025-10-31')['follow-up-3-months']).toBe('overdue');
    expect(statuses(events, '2025-10-31')['follow-up-6-months']).toBe('upcoming');
    const recorded = [...events, { type: 'follow_up', date: '2025-10-02', months: 3, situation: 'FORMATION_QUALIFIANTE' }];
    const done = dutiesAt(replayParcours('ACI', recorded).state, '2025-11-15');
    expect(done.find((d) => d.dutyId === 'follow-up-3-months')).toMatchObject({ status: 'done', dueDate: '2025-09-30' });
    expect(done.filter((d) => d.dutyId.startsWith('follow-up'))).toHaveLength(3);
    expect(done.every((d) => d.source.length > 0)).toBe(true);
  });
});
