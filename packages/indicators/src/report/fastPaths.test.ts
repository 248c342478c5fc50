import { type DatasetInput, validateDataset } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { breakdownRate } from '../rates/breakdown';
import { classifyPrepared, prepareCohort } from '../rates/classify';
import { generateDataset } from '@siae/sample-data';
import { indicatorCatalogue } from '../catalogue';
import { durableEmploymentRate, dynamicExitRate } from '../rates/exitRates';
import { computeReport } from './computeReport';
import { buildReportContext, exitRecordsFromDataset, type ReportContext } from './context';

// The shortcuts of the report on large files (rows of the previous pair reused, exits out of the
// period not read, hired people read from the contract pairs, PLIE interviews summed per kind) must
// give what the plain computation gives: these tests pin it on rows laid out to trip each shortcut.

const period = { from: '2025-01-01', to: '2025-12-31' };
const structures = [
  { id: 's1', kind: 'ACI', siret: '73282932000074', name: 'Chantier', departement: '59' },
  { id: 's2', kind: 'AI', siret: '35600000000001', name: 'Association', departement: '62' },
] as const;

// a: in s1 twice (2024 and 2025), also in s2 in 2025, rows of a's pairs interleaved.
// b: one exit in 2024 (out of the period) only. c: two exits in 2025 from s1 (the later one counts
// for the year, each counts for its own month).
const input: DatasetInput = {
  structures: [...structures],
  people: [
    { id: 'a', birthDate: '1980-01-01', plieParticipant: true },
    { id: 'b', birthDate: '1981-01-01' },
    { id: 'c', birthDate: '1982-01-01', plieParticipant: true },
    { id: 'd', birthDate: '1983-01-01' },
  ],
  contracts: [
    { id: 'k1', personId: 'a', structureId: 's1', kind: 'CDDI', startDate: '2024-01-08', endDate: '2024-06-28' },
    { id: 'k2', personId: 'b', structureId: 's1', kind: 'CDDI', startDate: '2024-02-01', endDate: '2024-09-30' },
    { id: 'k5', personId: 'c', structureId: 's1', kind: 'CDDI', startDate: '2025-01-02', endDate: '2025-04-30' },
    { id: 'k3', personId: 'a', structureId: 's2', kind: 'CDDI', startDate: '2025-02-03', endDate: '2025-10-31' },
    { id: 'k4', personId: 'a', structureId: 's1', kind: 'CDDI', startDate: '2025-01-06', endDate: '2025-09-30' },
    { id: 'k6', personId: 'c', structureId: 's1', kind: 'CDDI', startDate: '2025-05-05', endDate: '2025-11-28' },
    { id: 'k7', personId: 'd', structureId: 's1', kind: 'CDDI', startDate: '2025-03-03' },
    { id: 'k8', personId: 'd', structureId: 's1', kind: 'CDDI', startDate: '2023-01-02', endDate: '2023-12-29' },
  ],
  monthlyHours: [
    // a/s1, a/s1, a/s2, a/s1: the pair changes back and forth between consecutive rows.
    { personId: 'a', structureId: 's1', month: '2024-02', hours: 100 },
    { personId: 'a', structureId: 's1', month: '2024-03', hours: 110 },
    { personId: 'a', structureId: 's2', month: '2025-03', hours: 200 },
    { personId: 'a', structureId: 's1', month: '2025-02', hours: 120 },
    { personId: 'a', structureId: 's2', month: '2025-04', hours: 210 },
    { personId: 'a', structureId: 's1', month: '2025-03', hours: 130 },
    { personId: 'b', structureId: 's1', month: '2024-03', hours: 300 },
    { personId: 'c', structureId: 's1', month: '2025-02', hours: 90 },
    { personId: 'c', structureId: 's1', month: '2025-06', hours: 95 },
  ],
  interviews: [
    { id: 'i1', personId: 'a', structureId: 's1', kind: 'individual', date: '2025-03-10', startTime: '09:00', endTime: '10:00' },
    { id: 'i2', personId: 'b', structureId: 's1', kind: 'individual', date: '2025-03-10', startTime: '09:00', endTime: '11:00' },
    { id: 'i3', personId: 'c', structureId: 's1', kind: 'tripartite', date: '2025-04-10', startTime: '14:00', endTime: '14:45' },
    { id: 'i4', personId: 'a', structureId: 's1', kind: 'welcome', date: '2025-01-10', startTime: '10:00', endTime: '10:30' },
    { id: 'i5', personId: 'c', structureId: 's1', kind: 'individual', date: '2024-12-10', startTime: '10:00', endTime: '12:00' },
    { id: 'i6', personId: 'c', structureId: 's1', kind: 'collective', date: '2025-05-10', startTime: '10:00', endTime: '12:00' },
  ],
  // Positioned in 2025: c/s1 and a/s2 (a contract starts after), c/s2 (none), a/s1 (hired by an
  // earlier prescription); d's is spontaneous. c comes back after a: the rows are not sorted.
  prescriptions: [
    { id: 'q1', personId: 'c', structureId: 's1', date: '2025-01-01', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: 'refused' },
    { id: 'q2', personId: 'a', structureId: 's2', date: '2025-01-15', prescriberKind: 'PLIE', authorized: true, outcome: 'pending' },
    { id: 'q3', personId: 'c', structureId: 's2', date: '2025-02-01', prescriberKind: 'PLIE', authorized: true, outcome: 'refused' },
    { id: 'q4', personId: 'a', structureId: 's1', date: '2024-12-01', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: 'hired' },
    { id: 'q5', personId: 'a', structureId: 's1', date: '2025-03-01', prescriberKind: 'MISSION_LOCALE', authorized: true, outcome: 'pending' },
    { id: 'q6', personId: 'd', structureId: 's1', date: '2025-04-01', prescriberKind: 'SPONTANEOUS', authorized: false, outcome: 'pending' },
  ],
  exits: [
    { personId: 'a', structureId: 's1', date: '2024-06-28', reason: 'CHOMAGE' },
    { personId: 'a', structureId: 's1', date: '2025-09-30', reason: 'CDI_NON_AIDE' },
    { personId: 'a', structureId: 's2', date: '2025-10-31', reason: 'CDD_MOINS_6_MOIS' },
    { personId: 'b', structureId: 's1', date: '2024-09-30', reason: 'CDI_NON_AIDE' },
    { personId: 'c', structureId: 's1', date: '2025-04-30', reason: 'FORMATION_QUALIFIANTE' },
    { personId: 'c', structureId: 's1', date: '2025-11-28', reason: 'CDI_NON_AIDE' },
  ],
};
const dataset = validateDataset(input).dataset;

describe('exit records when the rows of a pair are interleaved with another pair', () => {
  it('sums the hours of each pair from its hiring month, whatever the order of the rows', () => {
    const { records } = exitRecordsFromDataset(dataset);
    // a/s1 2024: 100 + 110; a/s1 2025 (hired 2025-01-06): 120 + 130; a/s2: 200 + 210; b: 300;
    // c's first exit (hired 2025-01-02): 90; c's second (hired 2025-05-05): 95.
    expect(records.map((r) => [r.personId, r.structureId, r.hiredOn, r.hoursWorked])).toEqual([
      ['a', 's1', '2024-01-08', 210],
      ['a', 's1', '2025-01-06', 250],
      ['a', 's2', '2025-02-03', 410],
      ['b', 's1', '2024-02-01', 300],
      ['c', 's1', '2025-01-02', 90],
      ['c', 's1', '2025-05-05', 95],
    ]);
  });
});

describe('the report context', () => {
  const ctx = buildReportContext(dataset, period);
  it('lists the people hired in the period in the order they first appear among the contracts', () => {
    // a's first contract (k1, 2024) is out of the period but a's first in s2 (k3, after c's k5) is
    // in it: a comes first all the same. d's first contract in s1 is k8 (2023): not hired in the
    // period although k7 starts in it.
    expect([...ctx.hired]).toEqual(['a', 'c']);
  });
  it('follows everyone with a contract overlapping the period or an exit in it, once, in order', () => {
    expect([...ctx.followed]).toEqual(['c', 'a', 'd']);
  });
  it('reads the same people from the rows sorted by person (the shortcut of sorted tables)', () => {
    const sorted = validateDataset(byPerson(input)).dataset;
    const s = buildReportContext(sorted, period);
    expect([...s.hired]).toEqual(['a', 'c']);
    expect([...s.followed]).toEqual(['a', 'c', 'd']);
  });
});

/** The rows of every table that has a person, sorted by person (stable: each person's rows keep their order). */
function byPerson(d: DatasetInput): DatasetInput {
  const out: Record<string, unknown> = {};
  for (const [table, rows] of Object.entries(d)) {
    const list = rows as { personId?: string }[];
    out[table] = list.length > 0 && typeof list[0]!.personId === 'string' ? [...list].sort((x, y) => (x.personId! < y.personId! ? -1 : x.personId! > y.personId! ? 1 : 0)) : list;
  }
  return out as DatasetInput;
}

describe('a report of rows sorted by person', () => {
  it('is the report of the same rows in another order (indicators and rates)', () => {
    const given = computeReport(dataset, { period });
    const sorted = computeReport(validateDataset(byPerson(input)).dataset, { period });
    expect(sorted.indicators).toEqual(given.indicators);
    expect(given.indicators.find((i) => i.id === 'prescription-to-hire-ratio')).toMatchObject({ numerator: 3, denominator: 4 });
  });
});

describe('the time breakdowns of the report', () => {
  const report = computeReport(dataset, { period });
  const { records } = exitRecordsFromDataset(dataset);
  it('are breakdownRate over every exit record (the report only skips reading the exits out of the period)', () => {
    for (const by of ['year', 'quarter', 'month', 'entryCohort'] as const) {
      expect(report.breakdowns[by], by).toEqual(breakdownRate(records, by, { period, withoutMembers: true }));
    }
  });
  it('make no group of an exit out of the period, and read the latest exit within each group', () => {
    // 2024 exits (a's first, b's) form no group; c's two exits are in two months, each its own
    // latest there (April: c's first exit, a qualifying training, 4 months > 3 in an ACI).
    expect(report.breakdowns.month.groups.map((g) => [g.key, g.result.numerator, g.result.denominator])).toEqual([
      ['2025-04', 1, 1],
      ['2025-09', 1, 1],
      ['2025-10', 1, 1],
      ['2025-11', 1, 1],
    ]);
    // Over the year only c's later exit counts: a/s1 (CDI), a/s2 (AI, 410 h, CDD < 6 months), c (CDI).
    expect(report.breakdowns.year.groups.map((g) => [g.key, g.result.numerator, g.result.denominator])).toEqual([['2025', 3, 3]]);
  });
});

describe('classifyPrepared without members', () => {
  it('counts what the classification with members counts (exits out of the period and replaced ones are skipped unread)', () => {
    const { records } = exitRecordsFromDataset(dataset);
    const cohort = prepareCohort(records, { period });
    const full = classifyPrepared(cohort, {});
    const counts = classifyPrepared(cohort, { withoutMembers: true });
    expect(counts.members).toEqual([]);
    expect([counts.counts, counts.examined]).toEqual([full.counts, full.examined]);
    // a/s1 2024 and b: outside the period; c's first exit: replaced by the later one.
    expect(full.members.map((m) => m.why)).toEqual(['outside_period', 'not_in_numerator', 'not_in_numerator', 'outside_period', 'not_latest_exit', 'not_in_numerator']);
    expect(counts.counts).toEqual({ durable: 2, transition: 1, positive: 0, other: 0, withdrawn: 0, belowThreshold: 0 });
  });
  it('still gives no member at all when a record of the cohort is null', () => {
    const { records } = exitRecordsFromDataset(dataset);
    const cohort = prepareCohort([...records, { bad: true }] as unknown[], { period });
    expect(classifyPrepared(cohort, { withoutMembers: true }).counts).toEqual(classifyPrepared(cohort, {}).counts);
    expect(cohort.issues.length).toBeGreaterThan(0);
  });
});

describe('the PLIE interview time, summed per kind once', () => {
  it('counts only the PLIE participants’ interviews of the period, per group of kinds', () => {
    const report = computeReport(dataset, { period });
    const at = (id: string) => report.indicators.find((i) => i.id === id);
    // a (individual 60 min, welcome 30 min) and c (tripartite 45 min; the 2024 interview is out of
    // the period) are PLIE participants; b's 2 hours are not counted. 135 min = 2.25 h.
    expect(at('plie.time.individual-interviews')?.value).toBe(2.25);
    // One tripartite interview (c) for the PLIE participants followed in the period (a, c).
    expect(at('plie.tripartite-per-participant')).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('the indexes the report context builds while reading the tables', () => {
  // The context notes, in its passes over the tables, what several indicators read (interview
  // columns, MAD contracts, runs of monthly hours, pair numbers, the report's classification); an
  // indicator given a context without them reads the tables again: both must give the same values.
  const generated = generateDataset({ seed: 7, parcours: 400, structuresPerKind: 3 });
  for (const [name, data] of [
    ['interleaved rows', dataset],
    ['a generated dataset', validateDataset(generated).dataset],
  ] as const) {
    it(`give what the tables give (${name})`, () => {
      const ctx = buildReportContext(data, period);
      const memos = new Map<string, unknown>();
      const bare: ReportContext = {
        ...ctx,
        memo: <T>(key: string, compute: () => T): T => {
          if (!memos.has(key)) memos.set(key, compute());
          return memos.get(key) as T;
        },
      };
      const options = { period, assumeValid: true };
      for (const def of indicatorCatalogue) {
        if (def.kind !== 'computed' || !def.compute) continue;
        expect(def.compute(ctx, options), def.id).toEqual(def.compute(bare, options));
      }
      expect(ctx.interviewsInPeriod).toEqual(data.interviews.filter((i) => i.date >= period.from && i.date <= period.to));
      // The cohort: prepareCohort's, its latest exits found from the pair numbers.
      expect(ctx.cohort).toEqual(prepareCohort(ctx.exitRecords, { period, assumeValid: true }));
    });
  }
  it('give the breakdowns and rates of the public functions on a generated dataset', () => {
    const data = validateDataset(generated).dataset;
    const report = computeReport(data, { period });
    const { records } = exitRecordsFromDataset(data);
    for (const by of ['year', 'quarter', 'month', 'entryCohort'] as const) {
      expect(report.breakdowns[by], by).toEqual(breakdownRate(records, by, { period, withoutMembers: true }));
    }
    const at = (id: string) => report.indicators.find((i) => i.id === id);
    const dynamic = dynamicExitRate(records, { period });
    expect([at('dynamic-exit-rate')?.value, at('modulation.resultats')?.value, at('inae.sep.employment-exit-rate')?.value]).toEqual([dynamic.value, dynamic.value, dynamic.value]);
    expect(at('durable-employment-rate')?.value).toBe(durableEmploymentRate(records, { period }).value);
    // Interview indicators, written plainly over the rows.
    const inPeriod = (d: string) => d >= period.from && d <= period.to;
    const collective = data.interviews.filter((i) => i.kind === 'collective' && inPeriod(i.date));
    expect(collective.length).toBeGreaterThan(0);
    expect(at('inae.modalites.workshops')?.value).toBe(new Set(collective.map((i) => `${i.structureId}|${i.date}|${i.startTime}`)).size);
    const exits = data.exits.filter((e) => inPeriod(e.date));
    const reviewed = exits.filter((e) => data.interviews.some((i) => i.kind === 'final' && i.personId === e.personId && i.date <= e.date)).length;
    expect(reviewed).toBeGreaterThan(0);
    expect(at('inae.outils-salaries.final-review')).toMatchObject({ numerator: reviewed, denominator: exits.length });
  });
});
