import { describe, expect, it } from 'vitest';
import type { ParcoursEvent } from './events';
import { dutiesAt } from './dutiesAt';
import { applyParcoursEvent, parcoursGuards, parcoursTransitions } from './machine';
import { replayParcours } from './replay';
import { initialParcoursState } from './state';

/** An ACI parcours of about a year that goes all the way to a CDI, with a reorientation. */
const aciHistory: ParcoursEvent[] = [
  { type: 'oriented', date: '2025-01-06', authorized: true },
  { type: 'diagnosed', date: '2025-01-08', authorKind: 'prescriber' },
  { type: 'interview', date: '2025-01-10', kind: 'hiring' },
  { type: 'hired', date: '2025-01-13', contractKind: 'CDDI', contractEndDate: '2025-07-12', trialPeriodEndDate: '2025-01-27', passIae: { start: '2025-01-13', end: '2027-01-12' }, plie: true },
  { type: 'interview', date: '2025-01-15', kind: 'welcome' },
  { type: 'interview', date: '2025-01-24', kind: 'trial_period', withReferent: true },
  { type: 'plan_signed', date: '2025-02-03' },
  { type: 'stage_changed', date: '2025-02-17', to: 'deployment' },
  { type: 'interview', date: '2025-03-14', kind: 'individual' },
  { type: 'interview', date: '2025-04-11', kind: 'tripartite' },
  { type: 'reoriented', date: '2025-04-30', to: 'integration' },
  { type: 'interview', date: '2025-05-09', kind: 'individual' },
  { type: 'stage_changed', date: '2025-06-02', to: 'deployment' },
  { type: 'interview', date: '2025-07-01', kind: 'renewal' },
  { type: 'contract_renewed', date: '2025-07-10', newEndDate: '2026-01-09' },
  { type: 'interview', date: '2025-08-05', kind: 'individual' },
  { type: 'interview', date: '2025-09-04', kind: 'individual' },
  { type: 'interview', date: '2025-10-02', kind: 'tripartite' },
  { type: 'stage_changed', date: '2025-10-20', to: 'exit_preparation' },
  { type: 'interview', date: '2025-11-06', kind: 'individual' },
  { type: 'skills_attested', date: '2025-12-01' },
  { type: 'interview', date: '2025-12-04', kind: 'final' },
  { type: 'exited', date: '2025-12-19', reason: 'CDI_NON_AIDE' },
  { type: 'follow_up', date: '2026-03-20', months: 3, situation: 'CDI_NON_AIDE' },
];

describe('replayParcours: an ACI parcours with a reorientation', () => {
  const { state, timeline, rejected } = replayParcours('ACI', aciHistory);
  it('accepts every event', () => {
    expect(rejected).toEqual([]);
  });
  it('gives the timeline of stages with dates', () => {
    expect(timeline).toEqual([
      { stage: 'orientation', from: '2025-01-06', to: '2025-01-08' },
      { stage: 'recruitment', from: '2025-01-08', to: '2025-01-13' },
      { stage: 'integration', from: '2025-01-13', to: '2025-02-17' },
      { stage: 'deployment', from: '2025-02-17', to: '2025-04-30' },
      { stage: 'integration', from: '2025-04-30', to: '2025-06-02' },
      { stage: 'deployment', from: '2025-06-02', to: '2025-10-20' },
      { stage: 'exit_preparation', from: '2025-10-20', to: '2025-12-19' },
      { stage: 'exit', from: '2025-12-19', to: null },
    ]);
  });
  it('records the reorientation as a warning and no skipped duty', () => {
    expect(state.warnings.map((w) => w.code)).toEqual(['reoriented']);
    expect(state.earlyExit).toBe(false);
  });
  it('lists the duties at a date during the parcours', () => {
    const midway = replayParcours('ACI', aciHistory.slice(0, 17)).state;
    const duties = dutiesAt(midway, '2025-10-10');
    const byId = Object.fromEntries(duties.map((d) => [d.dutyId, d]));
    expect(byId['pass-iae-valid-at-hire']?.status).toBe('done');
    expect(byId['welcome-meeting']).toMatchObject({ status: 'done', doneOn: '2025-01-15' });
    expect(byId['trial-period-interview']).toMatchObject({ status: 'done', doneOn: '2025-01-24' });
    expect(byId['renewal-review']).toMatchObject({ status: 'done', doneOn: '2025-07-01', dueDate: '2025-07-10' });
    // last interview 2025-09-04: next one due 2025-10-04, so overdue on 2025-10-10.
    expect(byId['monthly-interview']).toMatchObject({ status: 'overdue', dueDate: '2025-10-04' });
    expect(byId['tripartite-review']).toMatchObject({ status: 'due', dueDate: '2025-10-11' });
    expect(byId['prolongation-window']).toBeUndefined();
  });
  it('lists follow-up duties after the exit', () => {
    const duties = dutiesAt(state, '2026-06-25');
    const byId = Object.fromEntries(duties.map((d) => [d.dutyId, d]));
    expect(byId['final-review']?.status).toBe('done');
    expect(byId['skills-attestation']?.status).toBe('done');
    expect(byId['follow-up-3-months']).toMatchObject({ status: 'done', dueDate: '2026-03-19' });
    expect(byId['follow-up-6-months']).toMatchObject({ status: 'due', dueDate: '2026-06-19' });
    expect(byId['follow-up-12-months']).toMatchObject({ status: 'upcoming', dueDate: '2026-12-19' });
    expect(byId['monthly-interview']).toBeUndefined();
  });
});

describe('an AI parcours with mises à disposition and an early exit', () => {
  const history: ParcoursEvent[] = [
    { type: 'oriented', date: '2025-03-03' },
    { type: 'diagnosed', date: '2025-03-04', authorKind: 'employer' },
    { type: 'hired', date: '2025-03-10', contractKind: 'MAD', passIae: { start: '2025-03-10', end: '2027-03-09' }, plie: true },
    { type: 'interview', date: '2025-03-12', kind: 'welcome' },
    { type: 'contract_broken', date: '2025-05-16' },
    { type: 'exited', date: '2025-05-16', reason: 'CDD_MOINS_6_MOIS' },
  ];
  const { state, rejected } = replayParcours('AI', history);
  it('allows an exit from integration and flags it as early, with the skipped duties', () => {
    expect(rejected).toEqual([]);
    expect(state.stage).toBe('exit');
    expect(state.earlyExit).toBe(true);
    expect(state.warnings.map((w) => [w.code, w.dutyId ?? null])).toEqual([
      ['early_exit', null],
      ['skipped_duty', 'final-review'],
    ]);
  });
  it('reports the référents to inform, the missed plan, the missed final review', () => {
    const duties = dutiesAt(state, '2025-06-01');
    const byId = Object.fromEntries(duties.map((d) => [d.dutyId, d]));
    expect(byId['inform-referent-early-end']).toMatchObject({ status: 'overdue', dueDate: '2025-05-24' });
    expect(byId['parcours-plan']).toMatchObject({ status: 'missed', dueDate: '2025-05-09' });
    expect(byId['final-review']?.status).toBe('missed');
  });
});

describe('an ETTI parcours without PASS IAE at hire, with a renewal missing its review', () => {
  const history: ParcoursEvent[] = [
    { type: 'diagnosed', date: '2025-09-01', authorKind: 'prescriber' },
    { type: 'hired', date: '2025-09-08', contractKind: 'MISSION_INTERIM', contractEndDate: '2025-10-31', plie: true },
    { type: 'contract_renewed', date: '2025-10-31', newEndDate: '2025-12-31' },
    { type: 'stage_changed', date: '2025-11-03', to: 'exit_preparation' },
  ];
  const { state } = replayParcours('ETTI', history);
  it('warns about the missing PASS IAE and the skipped deployment stage', () => {
    expect(state.warnings.map((w) => w.code)).toEqual(['no_pass_iae', 'skipped_stage']);
    const duties = dutiesAt(state, '2025-11-20');
    const byId = Object.fromEntries(duties.map((d) => [d.dutyId, d]));
    expect(byId['pass-iae-valid-at-hire']?.status).toBe('missed');
    expect(byId['renewal-review']).toMatchObject({ status: 'missed', dueDate: '2025-10-31' });
    expect(byId['final-review']?.status).toBe('due');
    expect(byId['welcome-meeting']?.status).toBe('overdue');
  });
});

describe('applyParcoursEvent refusals', () => {
  const start = initialParcoursState('EI');
  it('refuses an invalid event with its path, without echoing values', () => {
    const r = applyParcoursEvent(start, { type: 'hired', date: 'SECRET', contractKind: 'CDDI' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.code).toBe('invalid_event');
      expect(r.refusal.issues?.[0]?.pathText).toBe('date');
      expect(JSON.stringify(r.refusal)).not.toContain('SECRET');
    }
  });
  it('refuses an event not allowed in the stage, out of order, or going the wrong way', () => {
    const followUp = applyParcoursEvent(start, { type: 'follow_up', date: '2025-01-01', months: 3, situation: 'CHOMAGE' });
    expect(followUp.ok || followUp.refusal.code).toBe('not_allowed_in_stage');
    const hired = applyParcoursEvent(start, { type: 'hired', date: '2025-02-01', contractKind: 'CDDI', passIae: { start: '2025-02-01', end: '2027-01-31' } });
    if (!hired.ok) throw new Error('hire refused');
    const early = applyParcoursEvent(hired.state, { type: 'interview', date: '2025-01-15', kind: 'individual' });
    expect(early.ok || early.refusal.code).toBe('out_of_order');
    const back = applyParcoursEvent(hired.state, { type: 'stage_changed', date: '2025-03-01', to: 'recruitment' });
    expect(back.ok || back.refusal.code).toBe('not_forward');
    const forward = applyParcoursEvent(hired.state, { type: 'reoriented', date: '2025-03-01', to: 'deployment' });
    expect(forward.ok || forward.refusal.code).toBe('not_backward');
  });
  it('goes on after a refused event in a replay and reports its index', () => {
    const { rejected, state } = replayParcours('EI', [
      { type: 'oriented', date: '2025-01-01' },
      { type: 'exited', date: '2025-01-02', reason: 'CHOMAGE' },
      { type: 'diagnosed', date: '2025-01-03', authorKind: 'prescriber' },
    ]);
    expect(rejected.map((r) => [r.index, r.refusal.code])).toEqual([[1, 'not_allowed_in_stage']]);
    expect(state.stage).toBe('recruitment');
  });
  it('never mutates the state it is given', () => {
    const frozen = Object.freeze({ ...start, interviews: Object.freeze([]), timeline: Object.freeze([]), warnings: Object.freeze([]) });
    const r = applyParcoursEvent(frozen as never, { type: 'oriented', date: '2025-01-01' });
    expect(r.ok).toBe(true);
    expect(frozen.timeline).toEqual([]);
  });
  it('opens a new parcours on a re-hire after an exit', () => {
    const { state } = replayParcours('ACI', [
      { type: 'hired', date: '2025-01-06', contractKind: 'CDDI', passIae: { start: '2025-01-06', end: '2027-01-05' } },
      { type: 'exited', date: '2025-03-01', reason: 'CHOMAGE' },
      { type: 'hired', date: '2025-04-01', contractKind: 'CDDI', passIae: { start: '2025-01-06', end: '2027-01-05' } },
    ]);
    expect(state.stage).toBe('integration');
    expect(state.exitedOn).toBeNull();
    expect(state.warnings.at(-1)?.code).toBe('rehired');
  });
});

describe('PASS IAE duties', () => {
  it('opens the prolongation window 12 months before the end and warns 3 months before', () => {
    const { state } = replayParcours('ACI', [{ type: 'hired', date: '2025-01-06', contractKind: 'CDDI', passIae: { start: '2025-01-06', end: '2027-01-05' } }]);
    const at = (d: string) => Object.fromEntries(dutiesAt(state, d).map((x) => [x.dutyId, x.status]));
    expect(at('2026-01-04')['prolongation-window']).toBeUndefined();
    expect(at('2026-01-05')['prolongation-window']).toBe('due');
    expect(at('2026-10-04')['pass-iae-expiring']).toBeUndefined();
    expect(at('2026-10-05')['pass-iae-expiring']).toBe('due');
    expect(at('2027-01-06')['pass-iae-expiring']).toBe('overdue');
  });
});

describe('transition table and guards', () => {
  it('gives a guard to every transition whose target comes from the event', () => {
    for (const t of parcoursTransitions.filter((x) => x.to === 'target')) expect(t.guard).toBeDefined();
    expect(parcoursGuards.forward_before_exit.check('integration', 'deployment')).toBe(true);
    expect(parcoursGuards.forward_before_exit.check('integration', 'exit_preparation')).toBe(true);
    expect(parcoursGuards.forward_before_exit.check('deployment', 'exit')).toBe(false);
    expect(parcoursGuards.forward_before_exit.check('deployment', 'integration')).toBe(false);
    expect(parcoursGuards.backward.check('deployment', 'integration')).toBe(true);
    expect(parcoursGuards.backward.check('deployment', 'deployment')).toBe(false);
    expect(parcoursTransitions.every((t) => t.source.length > 0)).toBe(true);
  });
});

describe('replayParcours with sortByDate', () => {
  it('applies events by date, keeping same-day order and the input indexes of refused events', () => {
    const events: ParcoursEvent[] = [
      { type: 'interview', date: '2025-03-12', kind: 'welcome' },
      { type: 'hired', date: '2025-03-10', contractKind: 'CDDI', passIae: { start: '2025-03-10', end: '2027-03-09' } },
      { type: 'exited', date: '2025-03-01', reason: 'CHOMAGE' },
      { type: 'oriented', date: '2025-03-01' },
    ];
    expect(replayParcours('ACI', events).rejected.map((r) => [r.index, r.refusal.code])).toEqual([
      [1, 'out_of_order'],
      [2, 'out_of_order'],
      [3, 'out_of_order'],
    ]);
    const sorted = replayParcours('ACI', events, { sortByDate: true });
    expect(sorted.rejected.map((r) => [r.index, r.refusal.code])).toEqual([[2, 'not_allowed_in_stage']]);
    expect(sorted.state.interviews).toEqual([{ date: '2025-03-12', kind: 'welcome' }]);
    expect(sorted.timeline.map((t) => [t.stage, t.from])).toEqual([
      ['orientation', '2025-03-01'],
      ['integration', '2025-03-10'],
    ]);
    expect(events[0]?.type).toBe('interview');
  });
});
