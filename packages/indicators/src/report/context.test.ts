import { type DatasetInput, validateDataset } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { buildReportContext, exitRecordsFromDataset } from './context';

const structures = [
  { id: 'aci1', kind: 'ACI', siret: '73282932000074', name: 'Chantier', departement: '59' },
  { id: 'aci2', kind: 'ACI', siret: '35600000000001', name: 'Autre chantier', departement: '62' },
] as const;

// p1 comes twice to aci1: hired 2024-02-05, leaves 2024-06-28; hired again 2025-01-06 (a second
// contract 2025-04-01), leaves 2025-07-31. p1 also works in aci2 (hours there never count for aci1).
const input: DatasetInput = {
  structures: [...structures],
  people: [{ id: 'p1', birthDate: '1980-01-01' }, { id: 'p2', birthDate: '1985-01-01' }],
  contracts: [
    { id: 'c3', personId: 'p1', structureId: 'aci1', kind: 'CDDI', startDate: '2025-04-01', endDate: '2025-07-31' },
    { id: 'c1', personId: 'p1', structureId: 'aci1', kind: 'CDDI', startDate: '2024-02-05', endDate: '2024-06-28' },
    { id: 'c2', personId: 'p1', structureId: 'aci1', kind: 'CDDI', startDate: '2025-01-06', endDate: '2025-03-31' },
    { id: 'c4', personId: 'p1', structureId: 'aci2', kind: 'CDDI', startDate: '2024-09-02', endDate: '2024-12-20' },
    { id: 'c5', personId: 'p2', structureId: 'aci2', kind: 'CDDI', startDate: '2025-10-01' },
  ],
  monthlyHours: [
    { personId: 'p1', structureId: 'aci1', month: '2024-03', hours: 100 },
    { personId: 'p1', structureId: 'aci1', month: '2024-06', hours: 50 },
    { personId: 'p1', structureId: 'aci1', month: '2025-01', hours: 120 },
    { personId: 'p1', structureId: 'aci1', month: '2025-07', hours: 60 },
    { personId: 'p1', structureId: 'aci1', month: '2025-08', hours: 999 },
    { personId: 'p1', structureId: 'aci2', month: '2025-02', hours: 999 },
  ],
  exits: [
    { personId: 'p1', structureId: 'aci1', date: '2025-07-31', reason: 'CDI_NON_AIDE', followUp: { 6: 'CDI_NON_AIDE' } },
    { personId: 'p1', structureId: 'aci1', date: '2024-06-28', reason: 'CHOMAGE' },
    { personId: 'p2', structureId: 'aci2', date: '2025-09-30', reason: 'CHOMAGE' },
    { personId: 'p1', structureId: 'nowhere', date: '2025-01-31', reason: 'CHOMAGE' },
  ],
};
const dataset = validateDataset(input).dataset;

describe('exitRecordsFromDataset', () => {
  const { records, issues } = exitRecordsFromDataset(dataset);
  it('hires each exit at the first contract after the previous exit from the same structure', () => {
    expect(records.map((r) => [r.personId, r.hiredOn, r.exitedOn])).toEqual([
      ['p1', '2025-01-06', '2025-07-31'],
      ['p1', '2024-02-05', '2024-06-28'],
    ]);
  });
  it('sums the hours of the structure from the hiring month to the exit month only', () => {
    expect(records.map((r) => r.hoursWorked)).toEqual([180, 150]);
  });
  it('carries the kind, the département and the follow-up of the exit', () => {
    expect(records[0]).toEqual({ personId: 'p1', structureId: 'aci1', structureKind: 'ACI', hiredOn: '2025-01-06', exitedOn: '2025-07-31', hoursWorked: 180, reason: 'CDI_NON_AIDE', followUp: { 6: 'CDI_NON_AIDE' }, departement: '59' });
    expect(records[1]).not.toHaveProperty('followUp');
  });
  it('reports, with their path and never their values, an exit with no contract before it and one from an unknown structure', () => {
    expect(issues.map((i) => [i.pathText, i.code])).toEqual([
      ['exits[2]', 'no_contract'],
      ['exits[3].structureId', 'unknown_structure'],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/p2|nowhere|2025-09-30/);
  });
  it('does not change the dataset', () => {
    const copy = structuredClone(dataset);
    exitRecordsFromDataset(dataset);
    expect(dataset).toEqual(copy);
  });
});

describe('buildReportContext', () => {
  it('counts as hired in the period only the people whose first contract in a structure starts in it', () => {
    const ctx = buildReportContext(dataset, { from: '2025-01-01', to: '2025-12-31' });
    // p1's first contract in aci1 is in 2024 and in aci2 in 2024; p2's first (and only) one starts in 2025.
    expect([...ctx.hired]).toEqual(['p2']);
    expect([...ctx.followed].sort()).toEqual(['p1', 'p2']);
  });
  it('lists the hired people in the order they first appear among the contracts', () => {
    const d = validateDataset({
      structures: [...structures],
      contracts: [
        { id: 'a1', personId: 'A', structureId: 'aci1', kind: 'CDDI', startDate: '2023-05-02' },
        { id: 'b1', personId: 'B', structureId: 'aci1', kind: 'CDDI', startDate: '2024-03-04' },
        { id: 'a2', personId: 'A', structureId: 'aci2', kind: 'CDDI', startDate: '2024-04-01' },
      ],
    }).dataset;
    expect([...buildReportContext(d, { from: '2024-01-01', to: '2024-12-31' }).hired]).toEqual(['A', 'B']);
  });
  it('prepares the period once: the earlier exit of p1 is outside it, the later one is the latest', () => {
    const ctx = buildReportContext(dataset, { from: '2025-01-01', to: '2025-12-31' });
    expect([...ctx.cohort.inPeriod]).toEqual([1, 0]);
    expect([...ctx.cohort.superseded]).toEqual([0, 0]);
    const all = buildReportContext(dataset, { from: '2024-01-01', to: '2025-12-31' });
    expect([...all.cohort.superseded]).toEqual([0, 1]);
  });
  it('memoises a value for the report only', () => {
    const ctx = buildReportContext(dataset, { from: '2025-01-01', to: '2025-12-31' });
    let calls = 0;
    const a = ctx.memo('k', () => ({ n: ++calls }));
    const b = ctx.memo('k', () => ({ n: ++calls }));
    expect(a).toBe(b);
    expect(calls).toBe(1);
    const other = buildReportContext(dataset, { from: '2025-01-01', to: '2025-12-31' });
    expect(other.memo('k', () => ({ n: 99 }))).toEqual({ n: 99 });
  });
});
