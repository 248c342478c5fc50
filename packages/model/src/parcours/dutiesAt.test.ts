import { describe, expect, it } from 'vitest';
import { SiaeValidationError } from '../errors/validationError';
import { DEFAULT_DUTY_PARAMETERS, parcoursDuties } from './duties';
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

  it('trial-period interview (PLIE): done on the last day of the trial period, missed the day after', () => {
    const events = [hire('2025-03-03', { trialPeriodEndDate: '2025-03-17', plie: true })];
    expect(statuses(events, '2025-03-17')['trial-period-interview']).toBe('due');
    expect(statuses(events, '2025-03-18')['trial-period-interview']).toBe('missed');
    expect(statuses([...events, { type: 'interview', date: '2025-03-17', kind: 'trial_period', withReferent: true }], '2025-03-20')['trial-period-interview']).toBe('done');
    expect(statuses([...events, { type: 'interview', date: '2025-03-18', kind: 'trial_period', withReferent: true }], '2025-03-20')['trial-period-interview']).toBe('missed');
    expect(statuses([hire('2025-03-03', { plie: true })], '2025-03-20')['trial-period-interview']).toBeUndefined();
  });

  // Référentiel technique PLIE (docs/sources.md#plie), §3.4: « l'employeur sollicite le référent
  // avant la fin de la période d'essai pour un entretien de suivi »; points d'étape at renewal,
  // bilans with the référent, informing the référents of an early end: duties of PLIE parcours.
  it('PLIE duties apply to PLIE parcours only', () => {
    const events = (plie?: boolean) => [
      hire('2025-03-03', { trialPeriodEndDate: '2025-03-17', ...(plie === undefined ? {} : { plie }) }),
      { type: 'contract_renewed', date: '2025-06-30' },
      { type: 'contract_broken', date: '2025-09-01' },
    ];
    const plieOnly = ['trial-period-interview', 'renewal-review', 'tripartite-review', 'inform-referent-early-end'];
    for (const e of [events(), events(false)]) {
      const listed = Object.keys(statuses(e, '2025-09-05'));
      for (const id of plieOnly) expect(listed, id).not.toContain(id);
      expect(listed).toContain('welcome-meeting');
    }
    const plie = statuses(events(true), '2025-09-05');
    expect(plie).toMatchObject({ 'trial-period-interview': 'missed', 'renewal-review': 'missed', 'tripartite-review': 'overdue', 'inform-referent-early-end': 'due' });
  });

  it('PLIE trial-period interview: done only by an interview where the référent takes part', () => {
    const events = [hire('2025-03-03', { trialPeriodEndDate: '2025-03-17', plie: true })];
    const at = (interview: E) => statuses([...events, { type: 'interview', date: '2025-03-10', ...interview }], '2025-03-20')['trial-period-interview'];
    expect(at({ kind: 'trial_period' })).toBe('missed');
    expect(at({ kind: 'individual' })).toBe('missed');
    expect(at({ kind: 'trial_period', withReferent: false })).toBe('missed');
    expect(at({ kind: 'trial_period', withReferent: true })).toBe('done');
    expect(at({ kind: 'individual', withReferent: true })).toBe('done');
    // A tripartite review gathers the participant, the référent, the support worker and the supervisor.
    expect(at({ kind: 'tripartite' })).toBe('done');
  });

  // The deadlines no text gives are marked, with the reason: one AI's monthly interview
  // (docs/sources.md#ai-parcours), the follow-ups only the URIAE synthesis proposes
  // (docs/sources.md#uriae-npdc), the renewal window and the grace periods.
  it('marks the assumed deadlines with their reason', () => {
    for (const id of ['monthly-interview', 'follow-up-3-months', 'follow-up-6-months', 'follow-up-12-months', 'renewal-review', 'tripartite-review', 'inform-referent-early-end', 'welcome-meeting', 'parcours-plan', 'pass-iae-expiring']) {
      const d = parcoursDuties.find((x) => x.id === id)!;
      expect(d.assumedDeadline, id).toBe(true);
      expect(d.assumptionFr, id).toMatch(/\S/);
    }
    expect(parcoursDuties.find((x) => x.id === 'monthly-interview')!.source).toContain('docs/sources.md#ai-parcours');
    expect(parcoursDuties.find((x) => x.id === 'follow-up-3-months')!.assumptionFr).toContain('Seule la synthèse URIAE');
    expect(parcoursDuties.find((x) => x.id === 'trial-period-interview')).toMatchObject({ assumedDeadline: false, plieOnly: true });
    const listed = dutiesAt(replayParcours('ACI', [hire('2025-03-03')]).state, '2025-03-10');
    expect(listed.find((d) => d.dutyId === 'monthly-interview')).toMatchObject({ assumedDeadline: true });
    expect(listed.find((d) => d.dutyId === 'pass-iae-valid-at-hire')).toMatchObject({ assumedDeadline: false });
  });

  // Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion), axe 2,
  // Accompagnement professionnel: « formaliser ces acquis (attestations de compétences, démarches
  // de VAE) » — a practice measured as a rate, not a duty missed at every exit.
  it('skills attestation: cites axe 2, never due nor missed, listed once done', () => {
    const d = parcoursDuties.find((x) => x.id === 'skills-attestation')!;
    expect(d.source).toContain('axe 2');
    expect(d.source).not.toContain('axe 3');
    expect(d.measuredBy).toBe('inae.outils-salaries.attestations-rate');
    const exited = [hire('2025-01-06'), { type: 'stage_changed', date: '2025-03-01', to: 'exit_preparation' }, { type: 'exited', date: '2025-06-30', reason: 'CDI_NON_AIDE' }];
    expect(statuses(exited, '2025-07-01')['skills-attestation']).toBeUndefined();
    const r = replayParcours('ACI', exited);
    expect(r.state.warnings.map((w) => w.dutyId)).not.toContain('skills-attestation');
    const attested = [...exited.slice(0, 2), { type: 'skills_attested', date: '2025-06-01' }, exited[2]!];
    expect(dutiesAt(replayParcours('ACI', attested).state, '2025-07-01').find((x) => x.dutyId === 'skills-attestation')).toMatchObject({ status: 'done', doneOn: '2025-06-01', dueDate: null });
  });

  it("renewal review: counts in the 30 days before the renewal, not the 31st", () => {
    const renewal = { type: 'contract_renewed', date: '2025-06-30' };
    const at = (interviewOn: string) => statuses([hire('2025-01-06', { plie: true }), { type: 'interview', date: interviewOn, kind: 'renewal' }, renewal], '2025-07-01')['renewal-review'];
    expect(at('2025-05-31')).toBe('done');
    expect(at('2025-05-30')).toBe('missed');
  });

  it('early end of contract: the référents are to be informed within 8 days', () => {
    const events = [hire('2025-03-03', { plie: true }), { type: 'contract_broken', date: '2025-04-01' }];
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
