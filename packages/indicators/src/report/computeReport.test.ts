import type { ExitRecord } from '../exits/exitRecord';
import type { DatasetInput } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from '../catalogue';
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
    // At 3 months p1 is in a CDI; p3's situation is unknown: « sans nouvelle », examined, not in the numerator.
    expect(ind('dynamic-exit-rate.3m')).toMatchObject({ numerator: 1, denominator: 2 });
  });
  it('computes the seed-001 complements', () => {
    // positioned in 2025 by a prescriber: p4 (hired), p9 (refused).
    expect(ind('prescription-to-hire-ratio')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    // 3 hours of interviews (1 + 1.5 + 0.5) for 4 people followed; 1.5 h with a referent.
    expect(ind('follow-up-time')).toMatchObject({ value: 0.75, detail: { totalHours: 3, hoursWithReferent: 1.5 } });
    expect(ind('training-actions')?.value).toBe(1);
  });
  // Référentiel technique PLIE (docs/sources.md#plie), §3.1: « pour être pris en compte au moment
  // du bilan, les participants doivent être des participants du PLIE ».
  it('gives every computed PLIE indicator as null with its reason when nobody is a PLIE participant', () => {
    const computedIds = indicatorCatalogue.filter((i) => i.id.startsWith('plie.') && i.kind === 'computed').map((i) => i.id);
    expect(computedIds).toHaveLength(11);
    const plie = report.indicators.filter((i) => computedIds.includes(i.id));
    expect(plie).toHaveLength(11);
    for (const i of plie) {
      expect(i.value, i.id).toBeNull();
      expect(i.nullReason, i.id).toBe('no_plie_participant');
      expect(i.explanationFr, i.id).toContain('participants du PLIE');
    }
  });
  it('counts only the PLIE participants in the PLIE indicators', () => {
    // p1 (ACI, QPV, 800 h, CDI) and p3 (AI, QPV, 200 h, MAD, CDD < 6 months) are PLIE participants.
    const flagged = { ...dataset, people: dataset.people!.map((p) => (p.id === 'p1' || p.id === 'p3' ? { ...p, plieParticipant: true } : p)) };
    const r = computeReport(flagged, { period });
    const at = (id: string) => r.indicators.find((i) => i.id === id);
    expect(at('plie.ramp-up')).toMatchObject({ value: 2, detail: { entrants: 2 } });
    expect(at('plie.qpv-share')).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(at('plie.hours-worked')?.value).toBe(1000);
    expect(at('plie.mad-contracts')?.value).toBe(1);
    expect(at('plie.tripartite-per-participant')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(at('plie.positive-exits')).toMatchObject({ value: 1, numerator: 1, denominator: 2 });
    expect(at('plie.barriers-identified-handled')).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(at('plie.actions-mobilised')).toMatchObject({ value: 2, detail: { trainings: 1, pmsmp: 1, workshops: 0 } });
    expect(at('plie.skills-formalised')?.value).toBe(1);
    expect(at('plie.time.individual-interviews')?.value).toBe(3);
    expect(at('plie.time.workshops')?.value).toBe(0);
    expect(at('plie.ramp-up')?.nullReason).toBeUndefined();
  });
  it('honours the PLIE flag in plie.positive-exits', () => {
    // Only p3 (exit to a CDD of less than 6 months) is a PLIE participant: p1's CDI is not counted.
    const onlyP3 = { ...dataset, people: dataset.people!.map((p) => (p.id === 'p3' ? { ...p, plieParticipant: true } : p)) };
    const r = computeReport(onlyP3, { period });
    expect(r.indicators.find((i) => i.id === 'plie.positive-exits')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
    expect(r.indicators.find((i) => i.id === 'plie.qpv-share')).toMatchObject({ value: 1, denominator: 1 });
  });
  it('computes the INAÉ indicators the data holds', () => {
    // i1 60 min, i2 (tripartite) 90 min, i3 30 min: 3 individual interviews of 60 min on average,
    // which makes the 3 hours of the PLIE time of individual interviews (same kinds) once everyone
    // is a PLIE participant; with nobody marked, the PLIE figure is null (référentiel PLIE §3.1).
    expect(ind('inae.modalites.interview-duration')?.value).toBe(60);
    expect(ind('inae.modalites.individual-interviews')?.value).toBe(3);
    expect(ind('plie.time.individual-interviews')?.value).toBeNull();
    const everyonePlie = { ...dataset, people: dataset.people!.map((p) => ({ ...p, plieParticipant: true })) };
    expect(computeReport(everyonePlie, { period }).indicators.find((i) => i.id === 'plie.time.individual-interviews')?.value).toBe(3);
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
  it('groups indicators by grid and links the ones computed twice', () => {
    expect(ind('durable-employment-rate')?.grid).toBe('dgefp');
    expect(ind('dynamic-exit-rate.uriae')?.grid).toBe('uriae');
    expect(ind('plie.hours-worked')?.grid).toBe('plie');
    expect(ind('inae.modalites.interview-duration')?.grid).toBe('inae');
    expect(ind('modulation.public')?.grid).toBe('financing');
    expect(ind('modulation.resultats')).toMatchObject({ grid: 'financing', sameAs: 'dynamic-exit-rate', value: 1 });
    expect(ind('inae.gouvernance.support-time')?.sameAs).toBe('follow-up-time');
    expect(ind('durable-employment-rate')?.sameAs).toBeUndefined();
    expect(report.grids.map((g) => g.id)).toEqual(['dgefp', 'uriae', 'plie', 'inae', 'financing']);
    // Every indicator is in exactly one grid, computed or declared.
    expect(report.grids.flatMap((g) => g.computed)).toEqual(expect.arrayContaining(report.indicators.map((i) => i.id)));
    expect(report.grids.flatMap((g) => g.computed)).toHaveLength(report.indicators.length);
    expect(report.grids.flatMap((g) => g.declared.map((d) => d.id)).sort()).toEqual([...report.declared].sort());
    expect(report.grids.find((g) => g.id === 'financing')?.declared.map((d) => d.id)).toContain('aide-au-poste');
  });
  it('gives every rate its Wilson interval and flags small samples', () => {
    // 1 durable exit of 2 examined: Wilson (0.0945, 0.9055), under 10 exits.
    const durable = ind('durable-employment-rate')!;
    expect(durable.smallSample).toBe(true);
    expect(durable.interval?.low).toBeCloseTo(0.094531, 5);
    expect(durable.interval?.high).toBeCloseTo(0.905469, 5);
    expect(report.dynamicExitRate.interval?.low).toBeCloseTo(0.342380, 5);
    expect(report.dynamicExitRate.interval?.high).toBe(1);
    expect(report.dynamicExitRate.smallSample).toBe(true);
    for (const g of report.breakdowns.structure.groups) expect(g.result.smallSample).toBe(true);
    // Counts and hours carry none.
    expect(ind('plie.hours-worked')).not.toHaveProperty('interval');
  });
  it('gives null, not NaN, on an empty period', () => {
    const r = computeReport(dataset, { period: { from: '2030-01-01', to: '2030-12-31' } });
    expect(r.dynamicExitRate.value).toBeNull();
    expect(r.indicators.every((i) => i.value === null || Number.isFinite(i.value))).toBe(true);
    expect(r.dynamicExitRate.interval).toBeNull();
    expect(r.dynamicExitRate.smallSample).toBe(true);
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
      const shape = (groups: { key: string; result: { numerator: number; denominator: number; counts: object; interval: object | null; smallSample: boolean } }[]) =>
        groups.map((g) => [g.key, g.result.numerator, g.result.denominator, g.result.counts, g.result.interval, g.result.smallSample]);
      expect(shape(report.breakdowns[by].groups)).toEqual(shape(breakdownRate(ctx.exitRecords, by, { period }).groups));
    }
  });
});
