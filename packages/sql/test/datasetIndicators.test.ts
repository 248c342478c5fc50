import { computeReport } from '@siae/indicators';
import { type Contract, type Dataset, exitReasons, interviewKinds, type Prescription, prescriptionOutcomes, SIAE_KINDS, skillsAttestationKinds } from '@siae/model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_INDICATOR_VIEWS, datasetIndicatorSql, datasetIndicatorsSql, exitRecordsFromDatasetSql } from '../src/index';
import { generateDataset } from '@siae/sample-data';
import { datasetSql } from './datasetTables';
import { openDuckDb, openPostgres, type TestEngine } from './engines';

type Row = { value: number | null; numerator: number | null; denominator: number | null; nullReason?: string };

const EMPTY: Dataset = { structures: [], people: [], prescriptions: [], diagnoses: [], passes: [], contracts: [], monthlyHours: [], interviews: [], barriers: [], trainings: [], pmsmps: [], skillsAttestations: [], exits: [] };
const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** The rows of every covered indicator, by id, from one query. */
async function sqlRows(e: TestEngine, dataset: Dataset, period: { from: string; to: string }): Promise<Record<string, Row>> {
  for (const s of datasetSql(e.dialect, dataset)) await e.query(s);
  const rows = await e.query(datasetIndicatorsSql({ dialect: e.dialect, period }));
  expect(rows.map((r) => r.indicator_id)).toEqual(DATASET_INDICATOR_VIEWS.map((v) => v.id));
  return Object.fromEntries(rows.map((r) => [r.indicator_id, { value: num(r.value), numerator: num(r.numerator), denominator: num(r.denominator), ...(r.null_reason === null ? {} : { nullReason: r.null_reason }) }]));
}

/** The catalogue's values (computeReport) of the covered indicators, by id. */
function jsRows(dataset: Dataset, period: { from: string; to: string }): Record<string, Row> {
  const report = computeReport(dataset, { period, assumeValid: true, withMembers: false });
  const out: Record<string, Row> = {};
  for (const v of DATASET_INDICATOR_VIEWS) {
    const i = report.indicators.find((x) => x.id === v.id);
    expect(i, v.id).toBeDefined();
    out[v.id] = { value: i!.value, numerator: i!.numerator ?? null, denominator: i!.denominator ?? null, ...(i!.nullReason ? { nullReason: i!.nullReason } : {}) };
  }
  return out;
}

const total = (value: number): Row => ({ value, numerator: null, denominator: null });
const ratio = (numerator: number, denominator: number): Row => ({ value: denominator === 0 ? null : numerator / denominator, numerator, denominator });
const H1 = { from: '2025-01-01', to: '2025-06-30' };
const contract = (personId: string, structureId: string, startDate: string, endDate?: string, kind: Contract['kind'] = 'CDDI'): Contract => ({
  id: `c-${personId}-${structureId}-${startDate}`,
  personId,
  structureId,
  kind,
  startDate,
  ...(endDate ? { endDate } : {}),
});
const STRUCTURES: Dataset['structures'] = [
  { id: 's1', kind: 'ACI', departement: '59' },
  { id: 's2', kind: 'AI', departement: '62' },
] as Dataset['structures'];

/** People, contracts and exits, checked by hand (see the comments). */
const PEOPLE_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  contracts: [
    contract('a', 's1', '2024-06-01'), // no end date: followed; first start before the period
    contract('b', 's1', '2024-01-01', '2024-12-31'), // ended before: followed by the exit of Jan 15
    contract('c', 's2', '2025-06-30', '2025-09-30', 'MAD'), // starts on the last day: followed, hired, MAD
    contract('c', 's1', '2023-05-01', '2023-12-31'),
    contract('d', 's2', '2024-12-01', undefined, 'MAD'), // MAD without end date before the period: not a MAD of the period
    contract('e', 's1', '2025-07-01'), // after the period
    contract('f', 's1', '2025-02-01', '2025-03-31'), // hired; exits Mar 31
  ],
  people: [
    { id: 'a', birthDate: '1990-01-01', minimaSociaux: true },
    { id: 'b', birthDate: '1990-01-01', minimaSociaux: false },
    { id: 'd', birthDate: '1990-01-01', minimaSociaux: true },
    { id: 'e', birthDate: '1990-01-01', minimaSociaux: true },
  ],
  exits: [
    { personId: 'b', structureId: 's1', date: '2025-01-15', reason: 'CHOMAGE' }, // 381 days (2024 leap year)
    { personId: 'f', structureId: 's1', date: '2025-03-31', reason: 'CDI_NON_AIDE' }, // 59 days, under the ACI threshold
  ],
  // b worked (ACI: at least 1 hour), f too but for less than 3 months.
  monthlyHours: [
    { personId: 'b', structureId: 's1', month: '2024-03', hours: 100 },
    { personId: 'f', structureId: 's1', month: '2025-02', hours: 100 },
  ],
} as Dataset;

/** Trainings and PMSMP: a and b followed, z not. */
const TRAININGS_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  contracts: [contract('a', 's1', '2024-06-01'), contract('b', 's1', '2025-01-01', '2025-01-01')],
  trainings: [
    { id: 't1', personId: 'a', title: 'x', startDate: '2025-01-01', hours: 7 },
    { id: 't2', personId: 'a', title: 'x', startDate: '2025-06-30', hours: 3.5, preparation: true },
    { id: 't3', personId: 'b', title: 'x', startDate: '2024-12-31', hours: 10 },
    { id: 't4', personId: 'z', title: 'x', startDate: '2025-03-01', hours: 2, preparation: false },
  ],
  pmsmps: [
    { id: 'm1', personId: 'a', startDate: '2024-12-20', endDate: '2025-01-02' }, // overlaps, started before
    { id: 'm2', personId: 'b', startDate: '2025-07-01', endDate: '2025-07-10' }, // after
    { id: 'm3', personId: 'z', startDate: '2025-02-01', endDate: '2025-02-05' }, // not followed, started in the period
  ],
} as Dataset;

const interview = (n: number, personId: string, structureId: string, kind: string, date: string, startTime: string, endTime: string, reportWritten?: boolean) => ({
  id: `i${n}`,
  personId,
  structureId,
  kind,
  date,
  startTime,
  endTime,
  participants: [],
  ...(reportWritten === undefined ? {} : { reportWritten }),
});

/** Interviews: a and b followed; one collective session of s1 with three rows, one of s2. */
const INTERVIEWS_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  contracts: [contract('a', 's1', '2024-06-01'), contract('b', 's1', '2025-01-01', '2025-01-01')],
  interviews: [
    interview(1, 'a', 's1', 'individual', '2025-01-01', '09:00', '10:00', true), // 60
    interview(2, 'a', 's1', 'final', '2025-06-30', '14:00', '14:45'), // 45
    interview(3, 'b', 's1', 'collective', '2025-03-01', '09:00', '11:00', true), // 120
    interview(4, 'a', 's1', 'collective', '2025-03-01', '09:00', '11:00', false), // 120, same session
    interview(5, 'b', 's1', 'collective', '2025-03-01', '09:00', '10:30'), // 90, same workshop (start)
    interview(6, 'b', 's2', 'collective', '2025-03-01', '09:00', '11:00'), // 120, another structure
    interview(7, 'a', 's1', 'welcome', '2024-12-31', '09:00', '10:00', true), // before the period
  ],
} as Dataset;

/** Barriers, exits with a final review or an attestation before them, assessments: a, b, c followed. */
const FOLLOW_UP_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  contracts: [contract('a', 's1', '2024-06-01'), contract('b', 's1', '2024-06-01', '2025-02-28'), contract('c', 's2', '2024-01-01', '2025-01-01')],
  exits: [
    { personId: 'a', structureId: 's1', date: '2025-06-30', reason: 'CDI_NON_AIDE' },
    { personId: 'b', structureId: 's1', date: '2025-02-28', reason: 'CHOMAGE' },
    { personId: 'c', structureId: 's2', date: '2025-01-01', reason: 'CHOMAGE' },
    { personId: 'c', structureId: 's2', date: '2024-12-31', reason: 'CHOMAGE' }, // before the period
  ],
  interviews: [
    interview(1, 'a', 's2', 'final', '2025-03-01', '09:00', '10:00'), // another structure: counts
    interview(2, 'b', 's1', 'final', '2025-03-01', '09:00', '10:00'), // after b's exit
    interview(3, 'c', 's2', 'individual', '2024-12-01', '09:00', '10:00'), // not a final review
  ],
  skillsAttestations: [
    { id: 'k1', personId: 'a', date: '2023-01-01', kind: 'vae' },
    { id: 'k2', personId: 'b', date: '2025-02-28', kind: 'attestation' },
    { id: 'k3', personId: 'c', date: '2024-05-01', kind: 'assessment_start' },
    { id: 'k4', personId: 'a', date: '2025-06-30', kind: 'assessment_end' },
    { id: 'k5', personId: 'b', date: '2025-07-01', kind: 'assessment_end' }, // after the period
    { id: 'k6', personId: 'z', date: '2025-03-01', kind: 'assessment_end' }, // not followed
  ],
  barriers: [
    { id: 'b1', personId: 'a', kind: 'logement', identifiedOn: '2024-01-01', liftedOn: '2025-06-30' },
    { id: 'b2', personId: 'a', kind: 'mobilite', identifiedOn: '2025-03-01', liftedOn: '2025-07-01' },
    { id: 'b3', personId: 'b', kind: 'logement', identifiedOn: '2025-06-30' },
    { id: 'b4', personId: 'b', kind: 'logement', identifiedOn: '2025-07-01', liftedOn: '2025-07-02' },
    { id: 'b5', personId: 'z', kind: 'logement', identifiedOn: '2025-01-01', liftedOn: '2025-01-02' },
  ],
} as Dataset;

/** PLIE participants a and b followed; c a participant not followed; d followed, not a participant. */
const PLIE_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  people: [
    { id: 'a', birthDate: '1990-01-01', plieParticipant: true, qpv: true },
    { id: 'b', birthDate: '1990-01-01', plieParticipant: true, qpv: false },
    { id: 'c', birthDate: '1990-01-01', plieParticipant: true, qpv: true },
    { id: 'd', birthDate: '1990-01-01', qpv: true },
  ],
  contracts: [contract('a', 's1', '2024-06-01'), contract('b', 's2', '2025-03-01', '2025-07-31', 'MAD'), contract('c', 's1', '2024-01-01', '2024-12-31'), contract('d', 's1', '2025-01-01', undefined, 'MAD')],
  monthlyHours: [
    { personId: 'a', structureId: 's1', month: '2024-12', hours: 100 },
    { personId: 'a', structureId: 's1', month: '2025-01', hours: 10.25 },
    { personId: 'a', structureId: 's1', month: '2025-06', hours: 10.25 },
    { personId: 'b', structureId: 's2', month: '2025-07', hours: 50 },
    { personId: 'd', structureId: 's1', month: '2025-02', hours: 70 },
  ],
  exits: [
    { personId: 'a', structureId: 's1', date: '2025-06-30', reason: 'CDI_NON_AIDE' },
    { personId: 'b', structureId: 's2', date: '2025-05-31', reason: 'CHOMAGE' },
    { personId: 'd', structureId: 's1', date: '2025-05-31', reason: 'CDI_NON_AIDE' },
  ],
  interviews: [
    interview(1, 'a', 's1', 'tripartite', '2025-02-01', '09:00', '10:00'),
    interview(2, 'b', 's2', 'tripartite', '2025-03-01', '09:00', '09:30'),
    interview(3, 'a', 's1', 'collective', '2025-04-01', '14:00', '16:00'),
    interview(4, 'b', 's1', 'collective', '2025-04-01', '14:00', '16:00'),
    interview(5, 'd', 's1', 'collective', '2025-05-01', '14:00', '16:00'), // not a participant: not a PLIE session
  ],
  trainings: [
    { id: 't1', personId: 'a', title: 'x', startDate: '2025-03-01', hours: 7 },
    { id: 't2', personId: 'd', title: 'x', startDate: '2025-03-01', hours: 7 },
  ],
  pmsmps: [{ id: 'm1', personId: 'b', startDate: '2025-04-01', endDate: '2025-04-10' }],
  barriers: [
    { id: 'b1', personId: 'a', kind: 'logement', identifiedOn: '2025-01-01', liftedOn: '2025-06-30' },
    { id: 'b2', personId: 'b', kind: 'mobilite', identifiedOn: '2025-02-01' },
    { id: 'b3', personId: 'b', kind: 'mobilite', identifiedOn: '2024-02-01' }, // identified before the period
  ],
  skillsAttestations: [
    { id: 'k1', personId: 'a', date: '2025-03-01', kind: 'attestation' },
    { id: 'k2', personId: 'd', date: '2025-03-01', kind: 'attestation' },
  ],
} as Dataset;

const prescription = (n: number, personId: string, structureId: string, date: string, prescriberKind: Prescription['prescriberKind'], outcome: Prescription['outcome']): Prescription => ({
  id: `r${n}`,
  personId,
  structureId,
  date,
  prescriberKind,
  authorized: true,
  outcome,
});

/**
 * Prescriptions, in table order: for each person and structure the catalogue keeps the last
 * prescription of the period in this order (not the latest date).
 */
const PRESCRIPTIONS_CASE: Dataset = {
  ...EMPTY,
  structures: STRUCTURES,
  prescriptions: [
    prescription(1, 'a', 's1', '2025-02-01', 'FRANCE_TRAVAIL', 'pending'),
    prescription(2, 'a', 's1', '2025-05-01', 'MISSION_LOCALE', 'refused'),
    prescription(3, 'a', 's1', '2025-03-01', 'FRANCE_TRAVAIL', 'pending'), // a's last in table order: Mar 1, before the contract of Apr 1
    prescription(4, 'b', 's1', '2025-01-01', 'CAP_EMPLOI', 'accepted'), // first day of the period
    prescription(5, 'b', 's1', '2025-07-01', 'PLIE', 'hired'), // after the period, but hired: b is hired
    prescription(6, 'b', 's2', '2025-06-30', 'SPONTANEOUS', 'pending'), // a spontaneous application: not positioned
    prescription(7, 'c', 's2', '2024-12-31', 'DEPARTEMENT', 'pending'), // before the period
    prescription(8, 'c', 's2', '2025-06-30', 'DEPARTEMENT', 'pending'), // contract the same day: hired
    prescription(9, 'd', 's1', '2025-03-01', 'SPIP', 'pending'),
    prescription(10, 'd', 's1', '2025-03-01', 'SPIP', 'pending'), // same pair, same day; contracts before, or in another structure
    prescription(11, 'e', 's1', '2025-04-01', 'SPONTANEOUS', 'hired'), // spontaneous, but its outcome counts for the pair
    prescription(12, 'e', 's1', '2025-04-01', 'FRANCE_TRAVAIL', 'pending'),
    prescription(13, 'f', 's1', '2025-05-01', 'ORIENTEUR', 'pending'),
    prescription(14, 'f', 's1', '2025-06-01', 'ORIENTEUR', 'pending'), // f's last: after its contract of May 15
  ],
  contracts: [
    contract('a', 's1', '2025-04-01'),
    contract('c', 's2', '2025-06-30'),
    contract('d', 's1', '2025-02-28'),
    contract('d', 's2', '2025-04-01'),
    contract('f', 's1', '2025-05-15'),
  ],
} as Dataset;

/** The dataset as a SQL table without order reads it: the rows with no `row_order` by date (stable), then the numbered ones. */
function withoutOrder(d: Dataset, unordered: ReadonlySet<number>): Dataset {
  const loose = d.prescriptions.filter((_, n) => unordered.has(n)).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return { ...d, prescriptions: [...loose, ...d.prescriptions.filter((_, n) => !unordered.has(n))] };
}

/** `prescription-to-hire-ratio` in SQL after the `row_order` of these rows is set to null. */
async function ratioWithoutOrder(e: TestEngine, d: Dataset, period: { from: string; to: string }, unordered: ReadonlySet<number>): Promise<Row> {
  for (const s of datasetSql(e.dialect, d)) await e.query(s);
  if (unordered.size > 0) await e.query(`UPDATE prescriptions SET row_order = NULL WHERE row_order IN (${[...unordered].join(', ')})`);
  const [r] = await e.query(datasetIndicatorSql({ dialect: e.dialect, period, indicatorId: 'prescription-to-hire-ratio' }));
  return { value: num(r!.value), numerator: num(r!.numerator), denominator: num(r!.denominator) };
}

function handChecks(engine: () => TestEngine) {
  it('people, contracts and exits: followed, hired, MAD, days in the structure, other exits', async () => {
    const e = engine();
    const sql = await sqlRows(e, PEOPLE_CASE, H1);
    const expected: Record<string, Row> = {
      'inae.gouvernance.people-supported': total(5), // a, b, c, d, f
      'inae.gouvernance.employees-welcomed': total(2), // c, f
      'inae.modalites.mad-employees': total(1), // c
      'inae.modalites.average-parcours-length': ratio(381 + 59, 2),
      'inae.gouvernance.time-in-structure': ratio(381 + 59, 2),
      'inae.sep.other-exits-rate': ratio(1, 1), // b (chômage); f under the threshold
      'inae.sep.employment-exit-rate': ratio(0, 1),
      'modulation.resultats': ratio(0, 1),
      'modulation.public': ratio(2, 5), // a and d (b's row says false, e is not followed)
    };
    for (const [id, row] of Object.entries(expected)) expect(sql[id], id).toEqual(row);
    expect(sql).toEqual(jsRows(PEOPLE_CASE, H1));
  }, 60_000);
  it('trainings and PMSMP: started in the period, preparation, followed people', async () => {
    const e = engine();
    const sql = await sqlRows(e, TRAININGS_CASE, H1);
    const expected: Record<string, Row> = {
      'inae.modalites.training-entries': total(2), // t1, t4
      'inae.modalites.training-hours': total(12.5), // t1, t2, t4
      'training-actions': total(3),
      'inae.modalites.pmsmp-rate': ratio(1, 2), // a (m1 overlaps); z is not followed
      'inae.modalites.actions-per-person': ratio(3 + 1, 2), // 3 trainings, m3 started in the period
    };
    for (const [id, row] of Object.entries(expected)) expect(sql[id], id).toEqual(row);
    expect(sql).toEqual(jsRows(TRAININGS_CASE, H1));
  }, 60_000);
  it('interviews: individual kinds, minutes, distinct workshops, reports, hours per person', async () => {
    const e = engine();
    const sql = await sqlRows(e, INTERVIEWS_CASE, H1);
    const minutes = 60 + 45 + 120 + 120 + 90 + 120;
    const expected: Record<string, Row> = {
      'inae.modalites.individual-interviews': total(2),
      'inae.modalites.interview-duration': ratio(105, 2),
      'inae.modalites.workshop-participants': total(4),
      'inae.modalites.workshops': total(2),
      'inae.modalites.action-reports': ratio(2, 6),
      'inae.gouvernance.support-time': ratio(minutes / 60, 2),
      'follow-up-time': ratio(minutes / 60, 2),
      'inae.modalites.actions-per-person': ratio(4, 2),
    };
    for (const [id, row] of Object.entries(expected)) expect(sql[id], id).toEqual(row);
    expect(sql).toEqual(jsRows(INTERVIEWS_CASE, H1));
  }, 60_000);
  it('barriers, final reviews, attestations and assessments', async () => {
    const e = engine();
    const sql = await sqlRows(e, FOLLOW_UP_CASE, H1);
    const expected: Record<string, Row> = {
      'inae.sep.barriers-lifted-rate': ratio(1, 3), // a: b1 (lifted on Jun 30), b2, b3; b4 identified after, z not followed
      'inae.outils-salaries.final-review': ratio(1, 3), // a's exit after its final review (in another structure); b's exit before its review; c none
      'inae.outils-salaries.attestations-rate': ratio(2, 3), // a (vae before), b (attestation the same day); c's assessment is not an attestation
      'inae.outils-salaries.assessments-rate': ratio(2, 3), // a (end, Jun 30), c (start, 2024); b's is after the period
      'inae.situations-formatives.people-assessed': total(2),
    };
    for (const [id, row] of Object.entries(expected)) expect(sql[id], id).toEqual(row);
    expect(sql).toEqual(jsRows(FOLLOW_UP_CASE, H1));
  }, 60_000);
  it('PLIE: over the followed PLIE participants, null with the reason when there is none', async () => {
    const e = engine();
    const sql = await sqlRows(e, PLIE_CASE, H1);
    const expected: Record<string, Row> = {
      'plie.ramp-up': total(2), // a, b (c is a participant not followed, d is followed not a participant)
      'plie.qpv-share': ratio(1, 2), // a
      'plie.hours-worked': total(20.5), // a's January and June (b's July is after, d not a participant)
      'plie.mad-contracts': total(1), // b's MAD started in March
      'plie.tripartite-per-participant': ratio(2, 2),
      'plie.positive-exits': { value: 1, numerator: 1, denominator: 2 }, // a: CDI; b: chômage
      'plie.barriers-identified-handled': ratio(1, 2),
      'plie.actions-mobilised': total(1 + 1 + 2), // a's training, b's PMSMP, two workshop rows
      'plie.skills-formalised': total(1),
      'plie.time.individual-interviews': total(1.5), // the two tripartite reviews: 60 + 30 minutes
      'plie.time.workshops': total(2), // one session of 120 minutes, a and b in it
    };
    for (const [id, row] of Object.entries(expected)) expect(sql[id], id).toEqual(row);
    expect(sql).toEqual(jsRows(PLIE_CASE, H1));
    const none = await sqlRows(e, { ...PLIE_CASE, people: PLIE_CASE.people.map((p) => ({ ...p, plieParticipant: false })) }, H1);
    for (const id of Object.keys(expected)) expect(none[id], id).toEqual({ value: null, numerator: null, denominator: null, nullReason: 'no_plie_participant' });
  }, 60_000);
  it('prescriptions: the last of the period in table order for each person and structure, hired by outcome or a later contract', async () => {
    const e = engine();
    const sql = await sqlRows(e, PRESCRIPTIONS_CASE, H1);
    // a (contract after its last prescription), b (an outcome hired), c (contract the same day), e (outcome); not d, f.
    expect(sql['prescription-to-hire-ratio']).toEqual(ratio(4, 6));
    expect(sql).toEqual(jsRows(PRESCRIPTIONS_CASE, H1));
    // Reversed table order: a's last is Feb 1, f's is May 1 (before its contract): both hired.
    const reversed = { ...PRESCRIPTIONS_CASE, prescriptions: [...PRESCRIPTIONS_CASE.prescriptions].reverse() };
    expect((await sqlRows(e, reversed, H1))['prescription-to-hire-ratio']).toEqual(ratio(5, 6));
    expect(jsRows(reversed, H1)['prescription-to-hire-ratio']).toEqual(ratio(5, 6));
    // No row_order: the latest date is the last (a's May 1, after its contract: not hired).
    const all = new Set(PRESCRIPTIONS_CASE.prescriptions.map((_, n) => n));
    expect(await ratioWithoutOrder(e, PRESCRIPTIONS_CASE, H1, all)).toEqual(ratio(3, 6));
    expect(jsRows(withoutOrder(PRESCRIPTIONS_CASE, all), H1)['prescription-to-hire-ratio']).toEqual(ratio(3, 6));
  }, 60_000);
  it('gives null on empty denominators and 0 counts on an empty dataset', async () => {
    const e = engine();
    const sql = await sqlRows(e, EMPTY, H1);
    expect(sql['inae.modalites.pmsmp-rate']).toEqual(ratio(0, 0));
    expect(sql['inae.modalites.interview-duration']).toEqual(ratio(0, 0));
    expect(sql['inae.modalites.average-parcours-length']).toEqual(ratio(0, 0));
    expect(sql['inae.gouvernance.people-supported']).toEqual(total(0));
    expect(sql['inae.modalites.training-hours']).toEqual(total(0));
    expect(sql).toEqual(jsRows(EMPTY, H1));
    const [one] = await e.query(datasetIndicatorSql({ dialect: e.dialect, period: H1, indicatorId: 'inae.sep.other-exits-rate' }));
    expect([one!.indicator_id, one!.value, Number(one!.denominator)]).toEqual(['inae.sep.other-exits-rate', null, 0]);
  }, 60_000);
  it('equals computeReport on generated datasets (period boundaries, open contracts, repeated people, shared sessions, prescriptions in any order)', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, period, async (d, p) => {
        expect(await sqlRows(engine(), d, p)).toEqual(jsRows(d, p));
      }),
      { numRuns: 60 },
    );
  }, 300_000);
  it('prescription-to-hire-ratio equals computeReport with row_order, and without it on some rows as the table sorted as documented (those rows first, by date)', async () => {
    await fc.assert(
      fc.asyncProperty(prescriptionDataset, prescriptionPeriod, fc.oneof(fc.constant([]), fc.array(fc.nat(9), { maxLength: 10 })), async (d, p, unorderedRows) => {
        const unordered = new Set(unorderedRows.filter((n) => n < d.prescriptions.length));
        const js = jsRows(withoutOrder(d, unordered), p)['prescription-to-hire-ratio'];
        expect(await ratioWithoutOrder(engine(), d, p, unordered)).toEqual(js);
      }),
      // The table order changes the ratio in about one run in twenty-five: many runs.
      { numRuns: 300 },
    );
  }, 300_000);
}

// Dates on both sides of every period bound below.
const DATES = ['2024-06-01', '2024-12-31', '2025-01-01', '2025-01-02', '2025-02-28', '2025-03-01', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-12-31', '2026-01-01'];
const period = fc
  .tuple(fc.constantFrom('2025-01-01', '2025-03-01', '2025-04-01'), fc.constantFrom('2025-03-31', '2025-06-30', '2025-12-31'))
  .filter(([from, to]) => from <= to)
  .map(([from, to]) => ({ from, to }));
const personId = fc.constantFrom('p1', 'p2', 'p3', "p'4", 'p5');
const structureId = fc.constantFrom('s1', 's2', 's3');
const date = fc.constantFrom(...DATES);
const later = (start: string) => fc.constantFrom(...DATES.filter((d) => d >= start));
const time = fc.constantFrom('08:30', '09:00', '14:00');
const duration = fc.constantFrom(15, 45, 60, 90);
const endOf = (start: string, minutes: number) => {
  const m = Number(start.slice(0, 2)) * 60 + Number(start.slice(3)) + minutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

const contractArb = fc
  .record({ personId, structureId, kind: fc.constantFrom('CDDI' as const, 'MAD' as const, 'CDDU' as const), startDate: date, open: fc.boolean() })
  .chain((c): fc.Arbitrary<typeof c & { endDate: string | undefined }> => (c.open ? fc.constant({ ...c, endDate: undefined }) : later(c.startDate).map((endDate) => ({ ...c, endDate }))));
const interviewArb = fc
  .record({ personId, structureId, kind: fc.constantFrom(...interviewKinds.codes, 'collective', 'collective'), date, startTime: time, minutes: duration, reportWritten: fc.option(fc.boolean(), { nil: undefined }) })
  .map((i) => ({ personId: i.personId, structureId: i.structureId, kind: i.kind, date: i.date, startTime: i.startTime, endTime: endOf(i.startTime, i.minutes), participants: [], ...(i.reportWritten === undefined ? {} : { reportWritten: i.reportWritten }) }));

const dataset: fc.Arbitrary<Dataset> = fc
  .record({
    kinds: fc.tuple(fc.constantFrom(...SIAE_KINDS), fc.constantFrom(...SIAE_KINDS)),
    contracts: fc.array(contractArb, { maxLength: 12 }),
    exits: fc.array(fc.record({ personId, structureId, date, reason: fc.constantFrom(...exitReasons.codes) }), { maxLength: 8 }),
    interviews: fc.array(interviewArb, { maxLength: 12 }),
    // Other people in the same collective sessions (same structure, day and times).
    sessionCopies: fc.array(fc.record({ from: fc.nat(), personId, otherLength: fc.option(duration, { nil: undefined }) }), { maxLength: 4 }),
    trainings: fc.array(fc.record({ personId, startDate: date, hours: fc.constantFrom(0, 0.25, 3.5, 7, 35), preparation: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 6 }),
    pmsmps: fc.array(fc.record({ personId, startDate: date }).chain((p) => later(p.startDate).map((endDate) => ({ ...p, endDate }))), { maxLength: 5 }),
    hours: fc.array(fc.record({ personId, structureId, month: fc.constantFrom('2024-12', '2025-01', '2025-03', '2025-06'), hours: fc.constantFrom(10, 151.5) }), { maxLength: 5 }),
    // Repeated people rows are possible (the catalogue reads them as rows).
    people: fc.array(fc.record({ id: personId, plieParticipant: fc.option(fc.boolean(), { nil: undefined }), qpv: fc.option(fc.boolean(), { nil: undefined }), minimaSociaux: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 6 }),
    barriers: fc.array(fc.record({ personId, identifiedOn: date, lifted: fc.boolean() }).chain((b) => (b.lifted ? later(b.identifiedOn).map((liftedOn) => ({ ...b, liftedOn })) : fc.constant({ ...b, liftedOn: undefined as string | undefined }))), { maxLength: 5 }),
    attestations: fc.array(fc.record({ personId, date, kind: fc.constantFrom(...skillsAttestationKinds.codes) }), { maxLength: 6 }),
    // Several prescriptions of a person to a structure, in and out of the period, on the same days, in any order.
    prescriptions: fc.array(fc.record({ personId, structureId, date, prescriberKind: fc.constantFrom('FRANCE_TRAVAIL' as const, 'PLIE' as const, 'SPONTANEOUS' as const), outcome: fc.constantFrom(...prescriptionOutcomes.codes) }), { maxLength: 10 }),
  })
  .map((g) => {
    // A copy is a collective row of the same structure, day and start: same session, or the same
    // workshop with another end time.
    const interviews = [
      ...g.interviews,
      ...g.sessionCopies.flatMap((c) => {
        if (g.interviews.length === 0) return [];
        const base = g.interviews[c.from % g.interviews.length]!;
        return [{ ...base, kind: 'collective', personId: c.personId, endTime: c.otherLength === undefined ? base.endTime : endOf(base.startTime, c.otherLength) }];
      }),
    ];
    return {
      ...EMPTY,
      // s3 is unknown: its exits are not exit records.
      structures: [
        { id: 's1', kind: g.kinds[0], siret: '', name: 's1', departement: '59' },
        { id: 's2', kind: g.kinds[1], siret: '', name: 's2', departement: '62' },
      ],
      contracts: g.contracts.map((c, n) => ({ id: `c${n}`, personId: c.personId, structureId: c.structureId, kind: c.kind, startDate: c.startDate, ...(c.endDate ? { endDate: c.endDate } : {}) })),
      exits: g.exits,
      interviews: interviews.map((i, n) => ({ id: `i${n}`, ...i })),
      trainings: g.trainings.map((t, n) => ({ id: `t${n}`, title: 'formation', personId: t.personId, startDate: t.startDate, hours: t.hours, ...(t.preparation === undefined ? {} : { preparation: t.preparation }) })),
      pmsmps: g.pmsmps.map((p, n) => ({ id: `m${n}`, ...p })),
      monthlyHours: g.hours,
      people: g.people.map((p) => ({ id: p.id, birthDate: '1990-01-01', ...(p.plieParticipant === undefined ? {} : { plieParticipant: p.plieParticipant }), ...(p.qpv === undefined ? {} : { qpv: p.qpv }), ...(p.minimaSociaux === undefined ? {} : { minimaSociaux: p.minimaSociaux }) })),
      barriers: g.barriers.map((b, n) => ({ id: `b${n}`, personId: b.personId, kind: 'logement', identifiedOn: b.identifiedOn, ...(b.liftedOn ? { liftedOn: b.liftedOn } : {}) })),
      skillsAttestations: g.attestations.map((a, n) => ({ id: `k${n}`, ...a })),
      prescriptions: g.prescriptions.map((r, n) => ({ id: `r${n}`, authorized: r.prescriberKind !== 'SPONTANEOUS', ...r })),
    } as unknown as Dataset;
  });

/**
 * Prescriptions of two people to two structures (most to one pair): a pair often has several
 * prescriptions in and out of the period, on the same day or in reverse date order; its contracts
 * start near its prescriptions (the day before, the same day, the day after); an outcome `hired`
 * (which decides alone) is rare. Periods that hold most of the dates.
 */
const PRESCRIPTION_DATES = ['2024-12-31', '2025-01-01', '2025-03-01', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01'];
const prescriptionDataset: fc.Arbitrary<Dataset> = fc
  .record({
    prescriptions: fc.array(
      fc.record({
        personId: fc.constantFrom('p1', 'p1', "p'2"),
        structureId: fc.constantFrom('s1', 's1', 's2'),
        date: fc.constantFrom(...PRESCRIPTION_DATES),
        prescriberKind: fc.constantFrom('FRANCE_TRAVAIL' as const, 'MISSION_LOCALE' as const, 'SPONTANEOUS' as const),
        outcome: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('pending' as const, 'accepted' as const, 'refused' as const) }, { weight: 1, arbitrary: fc.constant('hired' as const) }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    // A contract of a prescribed pair, starting near one of the pair's prescriptions (the day before, the same day, the day after).
    contracts: fc.array(fc.record({ of: fc.nat(), near: fc.nat(), step: fc.constantFrom(-1, 0, 0, 1) }), { minLength: 1, maxLength: 2 }),
  })
  .map(
    (g) =>
      ({
        ...EMPTY,
        structures: STRUCTURES,
        prescriptions: g.prescriptions.map((r, n) => ({ id: `r${n}`, authorized: true, ...r })),
        contracts: g.contracts.map((c) => {
          const r = g.prescriptions[c.of % g.prescriptions.length]!;
          const pair = g.prescriptions.filter((x) => x.personId === r.personId && x.structureId === r.structureId);
          const at = Math.min(PRESCRIPTION_DATES.length - 1, Math.max(0, PRESCRIPTION_DATES.indexOf(pair[c.near % pair.length]!.date) + c.step));
          return contract(r.personId, r.structureId, PRESCRIPTION_DATES[at]!);
        }),
      }) as Dataset,
  );
const prescriptionPeriod = fc.record({ from: fc.constantFrom('2025-01-01', '2025-03-01'), to: fc.constantFrom('2025-06-30', '2025-12-31') });

describe('indicators of the catalogue in SQL equal computeReport on DuckDB', () => {
  let duck: TestEngine;
  beforeAll(async () => {
    duck = await openDuckDb();
  });
  afterAll(async () => {
    await duck.close();
  });
  handChecks(() => duck);
});

const postgres = await openPostgres();

describe.skipIf(postgres === null)('indicators of the catalogue in SQL equal computeReport on PostgreSQL (skipped when no server is reachable: set SIAE_PG_URL)', () => {
  afterAll(async () => {
    await postgres?.close();
  });
  handChecks(() => postgres!);
});

describe('options of the indicator SQL', () => {
  it('refuses bad options naming them, never echoing the value', () => {
    const period = { from: '2025-01-01', to: '2025-12-31' };
    const refused = (f: () => unknown, path: RegExp) => {
      expect(f).toThrow(path);
      try {
        f();
      } catch (e) {
        expect((e as Error).name).toBe('SiaeSqlError');
        expect((e as Error).message).not.toContain('31/12/2025');
        expect((e as Error).message).not.toContain('DROP');
      }
    };
    refused(() => datasetIndicatorSql({ dialect: 'duckdb', period, indicatorId: 'dynamic-exit-rate' }), /indicatorId/);
    refused(() => datasetIndicatorSql({ dialect: 'duckdb', period, indicatorId: 'toString' }), /indicatorId/);
    refused(() => datasetIndicatorSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '31/12/2025' }, indicatorId: 'training-actions' }), /period\.to/);
    refused(() => datasetIndicatorSql({ dialect: 'duckdb', period: { from: '2025-02-01', to: '2025-01-01' }, indicatorId: 'training-actions' }), /period\.to/);
    refused(() => datasetIndicatorSql({ dialect: 'sqlite' as never, period, indicatorId: 'training-actions' }), /dialect/);
    refused(() => datasetIndicatorSql({ dialect: 'postgres', period, indicatorId: 'training-actions', schema: 'x"; DROP' }), /schema/);
    refused(() => datasetIndicatorSql(null as never), /options/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period: null as never }), /period/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period }, []), /indicatorIds/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period }, ['training-actions', 'training-actions']), /indicatorIds/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period }, 'training-actions' as never), /indicatorIds/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period, exitRecords: 'x"; DROP' }), /exitRecords/);
    refused(() => datasetIndicatorsSql({ dialect: 'duckdb', period, exitRecords: 42 as never }), /exitRecords/);
  });
  it('reads exit records already computed (exitRecords) and gives the same rows as deriving them', async () => {
    const duck = await openDuckDb();
    try {
      const dataset = generateDataset({ seed: 11, parcours: 300, structuresPerKind: 2 });
      for (const s of datasetSql('duckdb', dataset)) await duck.query(s);
      await duck.query(`CREATE TABLE my_exit_records AS ${exitRecordsFromDatasetSql('duckdb')}`);
      const period = { from: '2025-01-01', to: '2025-12-31' };
      const reused = await duck.query(datasetIndicatorsSql({ dialect: 'duckdb', period, exitRecords: 'my_exit_records' }));
      const derived = await duck.query(datasetIndicatorsSql({ dialect: 'duckdb', period }));
      expect(reused).toEqual(derived);
      expect(datasetIndicatorsSql({ dialect: 'duckdb', period, exitRecords: 'my_exit_records' })).not.toContain('siae_previous_exit');
      expect(reused.find((r) => r.indicator_id === 'inae.modalites.average-parcours-length')?.denominator).not.toBe(0);
    } finally {
      await duck.close();
    }
  });
  it('numbers the exit records by an exitOrder column when given one, with the same records and rates', async () => {
    const duck = await openDuckDb();
    try {
      const dataset = generateDataset({ seed: 12, parcours: 300, structuresPerKind: 2 });
      for (const s of datasetSql('duckdb', dataset)) await duck.query(s);
      // A numbering unlike the sorted one: the exits in reverse (person, structure, date) order, times 10.
      await duck.query('CREATE TABLE exits_numbered AS SELECT *, 10 * row_number() OVER (ORDER BY person_id DESC, structure_id DESC, date DESC) AS line_no FROM exits');
      const sorted = await duck.query(`SELECT * FROM (${exitRecordsFromDatasetSql('duckdb')}) ORDER BY person_id, structure_id, exited_on`);
      const numbered = await duck.query(`SELECT * FROM (${exitRecordsFromDatasetSql('duckdb', { relations: { exits: 'exits_numbered' }, exitOrder: 'line_no' })}) ORDER BY person_id, structure_id, exited_on`);
      expect(numbered.length).toBe(sorted.length);
      expect(numbered.length).toBeGreaterThan(100);
      expect(numbered.map(({ record_index: _, ...r }) => r)).toEqual(sorted.map(({ record_index: _, ...r }) => r));
      const lineNo = await duck.query('SELECT person_id, structure_id, date, line_no FROM exits_numbered');
      const key = (r: Record<string, unknown>) => `${r.person_id}|${r.structure_id}|${r.date ?? r.exited_on}`;
      const byKey = new Map(lineNo.map((r) => [key(r), Number(r.line_no)]));
      expect(numbered.every((r) => Number(r.record_index) === byKey.get(key(r)))).toBe(true);
      const period = { from: '2025-01-01', to: '2025-12-31' };
      await duck.query(`CREATE TABLE er_numbered AS ${exitRecordsFromDatasetSql('duckdb', { relations: { exits: 'exits_numbered' }, exitOrder: 'line_no' })}`);
      expect(await duck.query(datasetIndicatorsSql({ dialect: 'duckdb', period, exitRecords: 'er_numbered' }))).toEqual(await duck.query(datasetIndicatorsSql({ dialect: 'duckdb', period })));
      expect(() => exitRecordsFromDatasetSql('duckdb', { exitOrder: 'line_no; DROP TABLE exits' })).toThrow(/exitOrder/);
    } finally {
      await duck.close();
    }
  });
  it('reads the tables of a schema and names each row by its catalogue id', () => {
    const sql = datasetIndicatorSql({ dialect: 'postgres', period: { from: '2025-01-01', to: '2025-12-31' }, indicatorId: 'inae.modalites.pmsmp-rate', schema: 'iae' });
    expect(sql).toContain('"iae"."pmsmps"');
    expect(sql).toContain('"iae"."contracts"');
    expect(sql).toContain("'inae.modalites.pmsmp-rate'");
    expect(sql).not.toContain('interviews');
  });
});
