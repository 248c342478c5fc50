import type { ExitRecord } from '../exits/exitRecord';
import type { DatasetInput } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { breakdownRate } from '../rates/breakdown';
import { computeReport } from './computeReport';

const structures = [
  { id: 'aci1', kind: 'ACI', siret: '73282932000074', name: 'Chantier', departement: '59' },
  { id: 'ai1', kind: 'AI', siret: '35600000000001', name: 'Asso', departement: '62' },
] as const;

// p1: ACI, Jan-Sep 2025, 8 months × 100 h, exits to a CDI. p2: ACI, Mar-Apr (below 3 months), unemployed.
// p3: AI, 200 h, CDD < 6 months. p4: still in the ACI at the end of the period.
const dataset: DatasetInput = {
  structures: [...structures],
  people: [
    { id: 'p1', birthDate: '1980-01-01', qpv: true, minimaSociaux: true },
    { id: 'p2', birthDate: '1990-01-01' },
    { id: 'p3', birthDate: '2001-01-01', qpv: true },
    { id: 'p4', birthDate: '1970-01-01', minimaSociaux: true },
  ],
  prescriptions: [
    { id: 'r1', personId: 'p1', structureId: 'aci1', date: '2024-12-15', prescriberKind: 'FRANCE_TRAVAIL', authorized: true, outcome: 'hired' },
    { id: 'r2', personId: 'p4', structureId: 'aci1', date: '2025-05-01', prescriberKind: 'MISSION_LOCALE', authorized: true, outcome: 'hired' },
    { id: 'r3', personId: 'p9', structureId: 'aci1', date: '2025-05-01', prescriberKind: 'MISSION_LOCALE', authorized: true, outcome: 'refused' },
  ],
  contracts: [
    { id: 'c1', personId: 'p1', structureId: 'aci1', kind: 'CDDI', startDate: '2025-01-06', endDate: '2025-09-30' },
    { id: 'c2', personId: 'p2', structureId: 'aci1', kind: 'CDDI', startDate: '2025-03-03', endDate: '2025-04-30' },
    { id: 'c3', personId: 'p3', structureId: 'ai1', kind: 'MAD', startDate: '2025-02-01', endDate: '2025-06-30' },
    { id: 'c4', personId: 'p4', structureId: 'aci1', kind: 'CDDI', startDate: '2025-06-02' },
  ],
  monthlyHours: [
    ...['01', '02', '03', '04', '05', '06', '07', '08'].map((m) => ({ personId: 'p1', structureId: 'aci1', month: `2025-${m}`, hours: 100 })),
    { personId: 'p2', structureId: 'aci1', month: '2025-03', hours: 80 },
    { personId: 'p3', structureId: 'ai1', month: '2025-03', hours: 200 },
  ],
  interviews: [
    { id: 'i1', personId: 'p1', structureId: 'aci1', kind: 'individual', date: '2025-02-03', startTime: '09:00', endTime: '10:00', participants: [{ role: 'participant' }], reportWritten: true },
    { id: 'i2', personId: 'p1', structureId: 'aci1', kind: 'tripartite', date: '2025-05-05', startTime: '14:00', endTime: '15:30', participants: [{ role: 'participant' }, { role: 'referent' }] },
    { id: 'i3', personId: 'p1', structureId: 'aci1', kind: 'final', date: '2025-09-15', startTime: '10:00', endTime: '10:30', participants: [{ role: 'participant' }] },
  ],
  barriers: [
    { id: 'b1', personId: 'p1', kind: 'mobilite', identifiedOn: '2025-01-10', liftedOn: '2025-06-01' },
    { id: 'b2', personId: 'p4', kind: 'logement', identifiedOn: '2025-06-10' },
  ],
  trainings: [{ id: 't1', personId: 'p1', title: 'CACES', startDate: '2025-04-01', hours: 35, qualifying: true }],
  pmsmps: [{ id: 'm1', personId: 'p3', startDate: '2025-04-07', endDate: '2025-04-11' }],
  skillsAttestations: [{ id: 'k1', personId: 'p1', date: '2025-09-20', kind: 'attestation' }],
  exits: [
    { personId: 'p1', structureId: 'aci1', date: '2025-09-30', reason: 'CDI_NON_AIDE', followUp: { 3: 'CDI_NON_AIDE' } },
    { personId: 'p2', structureId: 'aci1', date: '2025-04-30', reason: 'CHOMAGE' },
    { personId: 'p3', structureId: 'ai1', date: '2025-06-30', reason: 'CDD_MOINS_6_MOIS' },
  ],
};

const period = { from: '2025-01-01', to: '2025-12-31' };

describe('computeReport', () => {
  const report = computeReport(dataset, { period });
  const ind = (id: string) => report.indicators.find((i) => i.id === id);
  it('computes the dynamic rate from contracts and monthly hours', () => {
    // p1 in (durable), p2 below threshold (under 3 months), p3 in (transition, 200 h >= 150).
    expect([report.dynamicExitRate.numerator, report.dynamicExitRate.denominator]).toEqual([2, 2]);
    expect(report.dynamicExitRate.counts.belowThreshold).toBe(1);
    expect(ind('dynamic-exit-rate')?.value).toBe(1);
    expect(ind('durable-employment-rate')?.value).toBe(0.5);
    expect(ind('dynamic-exit-rate.3m')).toMatchObject({ numerator: 1, denominator: 1 });
  });
  it('computes the seed-001 complements', () => {
    // positioned in 2025 by a prescriber: p4 (hired), p9 (refused).
    expect(ind('prescription-to-hire-ratio')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    // 3 hours of interviews (1 + 1.5 + 0.5) for 4 people followed; 1.5 h with a referent.
    expect(ind('follow-up-time')).toMatchObject({ value: 0.75, detail: { totalHours: 3, hoursWithReferent: 1.5 } });
    expect(ind('training-actions')?.value).toBe(1);
  });
  it('computes the PLIE indicators', () => {
    expect(ind('plie.ramp-up')).toMatchObject({ value: 4, detail: { entrants: 4 } });
    expect(ind('plie.qpv-share')).toMatchObject({ value: 0.5 });
    expect(ind('plie.hours-worked')?.value).toBe(1080);
    expect(ind('plie.mad-contracts')?.value).toBe(1);
    expect(ind('plie.tripartite-per-participant')?.value).toBe(0.25);
    expect(ind('plie.positive-exits')).toMatchObject({ value: 1, denominator: 3 });
    expect(ind('plie.barriers-identified-handled')).toMatchObject({ value: 0.5 });
  });
  it('computes the INAÉ indicators the data holds', () => {
    expect(ind('inae.modalites.interview-duration')?.value).toBe(45);
    expect(ind('inae.outils-salaries.final-review')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(ind('inae.outils-salaries.attestations-rate')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(ind('inae.modalites.pmsmp-rate')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(ind('inae.gouvernance.people-supported')?.value).toBe(4);
    expect(ind('modulation.public')).toMatchObject({ value: 0.5 });
    // p1: 2025-01-06 to 2025-09-30 = 268 days; p2: 59 days; p3: 150 days.
    expect(ind('inae.modalites.average-parcours-length')?.value).toBeCloseTo((268 + 59 + 150) / 3, 10);
  });
  it('breaks the rate down and lists the declared indicators', () => {
    expect(report.breakdowns.structure.groups.map((g) => [g.key, g.result.value])).toEqual([
      ['aci1', 1],
      ['ai1', 1],
    ]);
    expect(report.breakdowns.departement.groups.map((g) => g.key)).toEqual(['59', '62']);
    expect(report.breakdowns.quarter.groups.map((g) => g.key)).toEqual(['2025-T2', '2025-T3']);
    expect(report.declared).toContain('inae.sep.satisfaction-rate');
  });
  it('reports bad rows with their path and uses the others', () => {
    const bad = { ...dataset, exits: [...(dataset.exits ?? []), { personId: 'p5', structureId: 'nope', date: '2025-07-01', reason: 'CHOMAGE' }, { personId: 'x', structureId: 'aci1', date: 'x', reason: 'CHOMAGE' }] };
    const r = computeReport(bad, { period });
    expect(r.issues.map((i) => i.pathText)).toEqual(['exits[4].date', 'exits[3].structureId']);
    expect(r.dynamicExitRate.denominator).toBe(2);
  });
  it('gives null, not NaN, on an empty period', () => {
    const r = computeReport(dataset, { period: { from: '2030-01-01', to: '2030-12-31' } });
    expect(r.dynamicExitRate.value).toBeNull();
    expect(r.indicators.every((i) => i.value === null || Number.isFinite(i.value))).toBe(true);
  });
  it('rejects a malformed period, naming the field', () => {
    expect(() => computeReport(dataset, { period: { from: '2025-13-01', to: '2025-12-31' } })).toThrow(/period.from/);
  });
});

describe('breakdownRate', () => {
  it('keeps the index of each member in the whole input', () => {
    const exits: ExitRecord[] = [
      { personId: 'a', structureId: 's1', structureKind: 'EITI', hiredOn: '2025-01-01', exitedOn: '2025-02-01', hoursWorked: 0, reason: 'CHOMAGE' },
      { personId: 'b', structureId: 's2', structureKind: 'EITI', hiredOn: '2025-01-01', exitedOn: '2025-02-01', hoursWorked: 0, reason: 'CDI_AIDE' },
      { personId: 'c', structureId: 's1', structureKind: 'EITI', hiredOn: '2025-01-01', exitedOn: '2025-02-01', hoursWorked: 0, reason: 'CDI_AIDE' },
    ];
    const b = breakdownRate(exits, 'structure');
    expect(b.groups.map((g) => [g.key, g.result.value, g.result.members.map((m) => m.index)])).toEqual([
      ['s1', 0.5, [0, 2]],
      ['s2', 1, [1]],
    ]);
    expect(breakdownRate(exits, 'entryCohort').groups.map((g) => g.key)).toEqual(['2025']);
  });
});

describe('computeReport breakdowns', () => {
  it('gives, for structure, kind and département, the same groups as rating each group on its own', async () => {
    const { generateDataset } = await import('@siae/sample-data');
    const { buildReportContext } = await import('./context');
    const data = generateDataset({ seed: 3, parcours: 600 });
    const report = computeReport(data, { period });
    const ctx = buildReportContext(data, period);
    for (const by of ['structure', 'structureKind', 'departement'] as const) {
      const shape = (groups: { key: string; result: { numerator: number; denominator: number; counts: object } }[]) => groups.map((g) => [g.key, g.result.numerator, g.result.denominator, g.result.counts]);
      expect(shape(report.breakdowns[by].groups)).toEqual(shape(breakdownRate(ctx.exitRecords, by, { period }).groups));
    }
  });
});
