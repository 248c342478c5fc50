import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExitRecord } from '../exits/exitRecord';
import { classifyPrepared, prepareCohort } from './classify';
import { SiaeValidationError } from '@siae/model';
import { breakdownRate } from './breakdown';
import { isLaterExit, supersededExits } from './latestExit';
import { supersededChecked } from './superseded';

function exit(personId: string, structureId: string | undefined, exitedOn: string, over: Partial<ExitRecord> = {}): ExitRecord {
  return { personId, ...(structureId === undefined ? {} : { structureId }), structureKind: 'ACI', hiredOn: '2024-01-02', exitedOn, hoursWorked: 600, reason: 'CDI_NON_AIDE', ...over };
}

const all = (n: number) => new Uint8Array(n).fill(1);

/** The rule written the plain way, with a Map and a key string: the reference the hash table must agree with. */
function reference(records: readonly ExitRecord[], inScope: Uint8Array, groups?: Int32Array): number[] {
  const latest = new Map<string, number>();
  records.forEach((r, i) => {
    if (!inScope[i]) return;
    const key = JSON.stringify([groups ? groups[i] : 0, r.structureId ?? '', r.personId]);
    const j = latest.get(key);
    if (j === undefined || isLaterExit(r, records[j]!)) latest.set(key, i);
  });
  const winners = new Set(latest.values());
  return records.map((_, i) => (inScope[i] && !winners.has(i) ? 1 : 0));
}

describe('supersededExits', () => {
  it('keeps the latest exit of a person in a structure and marks the earlier one', () => {
    const records = [exit('p1', 's1', '2025-03-01'), exit('p1', 's1', '2025-09-01'), exit('p1', 's2', '2025-01-01')];
    expect([...supersededExits(records, all(3))]).toEqual([1, 0, 0]);
  });
  it('breaks a tie on the exit date with the later hiring, whatever the order', () => {
    const a = exit('p1', 's1', '2025-06-30', { hiredOn: '2025-01-01' });
    const b = exit('p1', 's1', '2025-06-30', { hiredOn: '2025-03-01' });
    expect([...supersededExits([a, b], all(2))]).toEqual([1, 0]);
    expect([...supersededExits([b, a], all(2))]).toEqual([0, 1]);
  });
  it('treats a missing structure as one structure of its own', () => {
    const records = [exit('p1', undefined, '2025-03-01'), exit('p1', undefined, '2025-04-01'), exit('p1', '', '2025-02-01')];
    // structureId '' and a missing structure are the same key (as before: both read as '').
    // An empty structureId is not a valid record: the public function refuses it, the internal one reads it as missing.
    expect(() => supersededExits(records, all(3))).toThrow(SiaeValidationError);
    expect([...supersededChecked(records, all(3))]).toEqual([1, 0, 1]);
  });
  it('ignores records out of scope, both as candidates and as rivals', () => {
    const records = [exit('p1', 's1', '2025-03-01'), exit('p1', 's1', '2026-02-01')];
    expect([...supersededExits(records, Uint8Array.from([1, 0]))]).toEqual([0, 0]);
  });
  it('reads the latest exit within each group when groups are given', () => {
    const records = [exit('p1', 's1', '2025-02-01'), exit('p1', 's1', '2025-03-01'), exit('p1', 's1', '2025-08-01')];
    expect([...supersededExits(records, all(3), Int32Array.from([0, 0, 1]))]).toEqual([1, 0, 0]);
  });
  it('does not confuse ids that concatenate to the same text', () => {
    const records = [exit('1', 'ab', '2025-03-01'), exit('b1', 'a', '2025-04-01')];
    expect([...supersededExits(records, all(2))]).toEqual([0, 0]);
  });
  it('returns, and marks nothing, when the scope is shorter than the records or a record is null', () => {
    const records = Array.from({ length: 40 }, (_, i) => exit(`p${i % 20}`, 's1', i < 20 ? '2025-01-31' : '2025-02-28'));
    expect([...supersededExits(records, new Uint8Array(0))].every((x) => x === 0)).toBe(true);
    expect([...supersededExits([null, exit('p1', 's1', '2025-03-01'), exit('p1', 's1', '2025-04-01')], all(3))]).toEqual([0, 1, 0]);
  });
  it('returns an empty marking for an empty cohort', () => {
    expect(supersededExits([], new Uint8Array(0))).toHaveLength(0);
  });
  it('agrees with the plain Map implementation on random cohorts (many repeated, long and non-ASCII ids)', () => {
    const id = fc.constantFrom('a', 'b', 'é', 'Ω-1', 'x'.repeat(40), '123', '12', '3');
    const record = fc.record({
      personId: id,
      structureId: fc.option(fc.constantFrom('s1', 's2', 's'), { nil: undefined }),
      exitedOn: fc.constantFrom('2025-01-31', '2025-02-01', '2025-12-31'),
      hiredOn: fc.constantFrom('2024-01-01', '2025-01-01'),
      hoursWorked: fc.integer({ min: 0, max: 3 }),
      inScope: fc.boolean(),
      group: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.boolean(), (rows, grouped) => {
        const records = rows.map((r) => exit(r.personId, r.structureId, r.exitedOn, { hiredOn: r.hiredOn, hoursWorked: r.hoursWorked }));
        const scope = Uint8Array.from(rows.map((r) => (r.inScope ? 1 : 0)));
        const groups = grouped ? Int32Array.from(rows.map((r) => r.group)) : undefined;
        expect([...supersededExits(records, scope, groups)]).toEqual(reference(records, scope, groups));
      }),
      { numRuns: 300 },
    );
  });
  it('holds on a large cohort where the table fills and probes', () => {
    const records: ExitRecord[] = [];
    for (let i = 0; i < 20_000; i++) records.push(exit(`p${i % 7_000}`, `s${i % 3}`, i % 2 ? '2025-05-01' : '2025-06-01', { hoursWorked: i }));
    const scope = all(records.length);
    expect([...supersededExits(records, scope)]).toEqual(reference(records, scope));
  });
  it('does not change its inputs', () => {
    const records = [exit('p1', 's1', '2025-03-01'), exit('p1', 's1', '2025-09-01')];
    const copy = structuredClone(records);
    const scope = all(2);
    supersededExits(records, scope);
    expect(records).toEqual(copy);
    expect([...scope]).toEqual([1, 1]);
  });
});

describe('classifyPrepared', () => {
  it('leaves no hole in the members when a record is missing from a cohort taken as valid', () => {
    const cohort = prepareCohort([exit('p1', 's1', '2025-03-01'), null] as unknown[], { assumeValid: true });
    const { members } = classifyPrepared(cohort);
    expect(members).toHaveLength(1);
    expect(members.every((m) => m !== undefined)).toBe(true);
    // plain objects, equal to a literal even under strict equality
    expect(members[0]).toStrictEqual({ index: 0, personId: 'p1', structureId: 's1', exitedOn: '2025-03-01', status: 'denominator', category: 'durable', why: 'not_in_numerator', whyFr: 'sortie examinée hors du numérateur' });
  });
  it('gives each classification its own list of issues', () => {
    const cohort = prepareCohort([exit('p1', 's1', '2025-03-01'), { personId: 'bad' }] as unknown[]);
    const a = classifyPrepared(cohort);
    const b = classifyPrepared(cohort);
    expect(a.issues.length).toBeGreaterThan(0);
    expect(a.issues).not.toBe(b.issues);
    expect(a.issues).not.toBe(cohort.issues);
  });
  it('reads a null period (from a JSON caller) as none, and refuses a period with a null bound, as breakdownRate does', () => {
    expect([...prepareCohort([exit('p1', 's1', '2024-05-01')], { period: JSON.parse('null') }).inPeriod]).toEqual([1]);
    const halfOpen = { period: JSON.parse('{"from": "2024-01-01", "to": null}') };
    expect(() => prepareCohort([exit('p1', 's1', '2024-05-01')], halfOpen)).toThrow(/options\.period\.to/);
    expect(() => breakdownRate([exit('p1', 's1', '2024-05-01')], 'year', halfOpen)).toThrow(SiaeValidationError);
  });
});
