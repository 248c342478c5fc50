import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DATASET_TABLES, datasetTables } from '../dataset';
import { anyRows, validRows } from './arbitraries.fixture';
import { canonicalRowChecks } from './index';

/** What zod says of a row: whether it accepts it and returns it unchanged (deep and strict). */
function zodKeepsUnchanged(table: (typeof DATASET_TABLES)[number], row: unknown): boolean {
  const r = (datasetTables[table] as z.ZodType).safeParse(row);
  return r.success && isDeepStrictEqual(r.data, row);
}

/** The fast check must never say yes when zod would refuse the row or change it. */
function expectSound(table: (typeof DATASET_TABLES)[number], row: unknown): void {
  if (!canonicalRowChecks[table](row)) return;
  const r = (datasetTables[table] as z.ZodType).safeParse(row);
  expect(r.success).toBe(true);
  expect(r.data).toStrictEqual(row);
}

const sample = (dir: string) => JSON.parse(readFileSync(new URL(`../../../../sample-data/data/${dir}`, import.meta.url), 'utf8')) as Record<string, unknown[]>;

describe.each(DATASET_TABLES)('canonicalRowChecks.%s', (table) => {
  it('says yes to every valid row, which zod returns unchanged', () => {
    fc.assert(
      fc.property(validRows[table], (row) => {
        const r = (datasetTables[table] as z.ZodType).safeParse(row);
        expect(r.success).toBe(true);
        expect(r.data).toStrictEqual(row);
        expect(canonicalRowChecks[table](row)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('says yes exactly when zod accepts the row and returns it unchanged, on mutated rows', () => {
    fc.assert(
      fc.property(anyRows(table), (row) => {
        expectSound(table, row);
        expect(canonicalRowChecks[table](row)).toBe(zodKeepsUnchanged(table, row));
      }),
      { numRuns: 2500 },
    );
  });

  it('says yes to every row of the bundled sample (generateDataset of @siae/sample-data)', () => {
    const rows = sample('sample/sample.json')[table] ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expectSound(table, row);
      expect(canonicalRowChecks[table](row)).toBe(true);
    }
  });

  it('agrees with zod on the bundled malformed sample', () => {
    for (const row of sample('malformed/sample-malformed.json')[table] ?? []) {
      expectSound(table, row);
      expect(canonicalRowChecks[table](row)).toBe(zodKeepsUnchanged(table, row));
    }
  });
});

describe('canonicalRowChecks', () => {
  it('says no to a row zod would change: a missing default, an unknown key, a null prototype', () => {
    const interview = { id: 'i1', personId: 'p1', structureId: 's1', kind: 'individual', date: '2025-02-03', startTime: '09:00', endTime: '10:00', participants: [] };
    expect(canonicalRowChecks.interviews(interview)).toBe(true);
    const { participants: _, ...withoutParticipants } = interview;
    expect(canonicalRowChecks.interviews(withoutParticipants)).toBe(false);
    expect(canonicalRowChecks.interviews({ ...interview, note: 'x' })).toBe(false);
    expect(canonicalRowChecks.interviews(JSON.parse(`{"__proto__":1,${JSON.stringify(interview).slice(1)}`))).toBe(false);
    expect(canonicalRowChecks.interviews(Object.assign(Object.create(null), interview))).toBe(false);
    expect(canonicalRowChecks.interviews({ ...interview, endTime: '09:00' })).toBe(false);
    expect(canonicalRowChecks.diagnoses({ id: 'd1', personId: 'p1', authorKind: 'prescriber', date: '2025-01-02', criteria: [] })).toBe(false);
    expect(canonicalRowChecks.exits({ personId: 'p1', structureId: 's1', date: '2025-01-02', reason: 'CHOMAGE', followUp: { 3: 'CHOMAGE', 4: 'CHOMAGE' } })).toBe(false);
  });

  it('accepts an optional field given as undefined, as zod keeps it', () => {
    const row = { personId: 'p1', structureId: 's1', date: '2025-01-02', reason: 'CHOMAGE', followUp: undefined };
    expect(canonicalRowChecks.exits(row)).toBe(true);
    expectSound('exits', row);
  });
});
