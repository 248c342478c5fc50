import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { safeValidate } from '../errors/fromZod';
import type { ValidationIssue } from '../errors/validationError';
import { DATASET_TABLES, type Dataset, type DatasetValidation, datasetTables, type RejectedRow, validateDataset } from './dataset';
import { anyRows, mutatedRows } from './fast/arbitraries.fixture';
import { canonicalRowChecks } from './fast/index';

/** validateDataset as it was before the fast path: zod on every row. */
function validateWithZodOnly(input: unknown): DatasetValidation {
  const dataset = Object.fromEntries(DATASET_TABLES.map((t) => [t, [] as unknown[]])) as unknown as Dataset;
  const rejected: RejectedRow[] = [];
  const issues: ValidationIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path: [], pathText: '(racine)', code: 'invalid_type', messageFr: 'doit être un objet de tables', messageEn: 'must be an object of tables' });
    return { dataset, rejected, issues };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(datasetTables, key)) issues.push({ path: [key], pathText: key, code: 'unknown_table', messageFr: 'table inconnue', messageEn: 'unknown table' });
  }
  for (const table of DATASET_TABLES) {
    const rows = record[table];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      issues.push({ path: [table], pathText: table, code: 'invalid_type', messageFr: 'doit être une liste', messageEn: 'must be a list' });
      continue;
    }
    const out = (dataset as Record<string, unknown[]>)[table]!;
    rows.forEach((row, index) => {
      const r = safeValidate(datasetTables[table] as z.ZodType, row, [table, index]);
      if (r.success) out.push(r.data);
      else rejected.push({ table, index, issues: r.issues });
    });
  }
  return { dataset, rejected, issues };
}

const read = (dir: string) => JSON.parse(readFileSync(new URL(`../../../sample-data/data/${dir}`, import.meta.url), 'utf8')) as Record<string, unknown[]>;

/** The bundled sample with mutated rows put in: first, last and at random places, plus holes and undefined. */
function sampleWithBadRows(seed: number): Record<string, unknown[]> {
  const sample = read('sample/sample.json');
  const out: Record<string, unknown[]> = {};
  for (const table of DATASET_TABLES) {
    const rows = [...(sample[table] ?? [])];
    const bad = fc.sample(mutatedRows(table), { numRuns: 40, seed });
    const places = fc.sample(fc.nat({ max: rows.length }), { numRuns: bad.length, seed: seed + 1 });
    bad.forEach((row, i) => {
      rows.splice(places[i]!, 0, row);
    });
    if (seed % 2 === 0) rows.unshift(bad[0]);
    rows.push(undefined, bad[1]);
    // a hole, which the list's forEach skipped and the new loop must skip too
    const holey: unknown[] = rows.slice();
    delete holey[Math.floor(holey.length / 2)];
    out[table] = holey;
  }
  return out;
}

describe('validateDataset fast path', () => {
  it('gives the same datasets, rejected rows and issues as zod alone on the bundled sample', () => {
    const sample = read('sample/sample.json');
    const before = JSON.stringify(sample);
    const v = validateDataset(sample);
    expect(v).toStrictEqual(validateWithZodOnly(sample));
    expect(JSON.stringify(sample)).toBe(before);
    // every row of the sample was kept as it is, not copied
    for (const table of DATASET_TABLES) {
      expect(v.dataset[table].length).toBe(sample[table]?.length ?? 0);
      expect(v.dataset[table].every((row, i) => row === sample[table]![i])).toBe(true);
    }
  });

  it.each([1, 2, 3, 4])('gives the same result as zod alone on the sample with malformed rows mixed in (seed %i)', (seed) => {
    const input = sampleWithBadRows(seed);
    const v = validateDataset(input);
    const reference = validateWithZodOnly(input);
    expect(v.rejected.length).toBeGreaterThan(0);
    expect(v).toStrictEqual(reference);
    // rows the fast check accepts are the input's own objects; the others are zod's copies
    for (const table of DATASET_TABLES) {
      const canonical = (input[table] ?? []).filter((row) => canonicalRowChecks[table](row));
      expect(canonical.every((row) => v.dataset[table].includes(row as never))).toBe(true);
    }
  });

  it('gives the same result as zod alone on the bundled malformed sample', () => {
    const input = read('malformed/sample-malformed.json');
    expect(validateDataset(input)).toStrictEqual(validateWithZodOnly(input));
  });

  it('gives the same result as zod alone on random datasets (rows valid, mutated, missing; tables absent or not lists)', () => {
    const table = (t: (typeof DATASET_TABLES)[number]) => fc.oneof({ weight: 8, arbitrary: fc.sparseArray(anyRows(t), { maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, {}, 'rows', undefined) });
    const dataset = fc.record(Object.fromEntries(DATASET_TABLES.map((t) => [t, table(t)])) as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] });
    const input = fc.oneof({ weight: 10, arbitrary: dataset }, { weight: 1, arbitrary: fc.record({ extra: fc.constant([]), people: fc.constant([]) }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, [], 'x') });
    fc.assert(
      fc.property(input, (data) => {
        expect(validateDataset(data)).toStrictEqual(validateWithZodOnly(data));
      }),
      { numRuns: 300 },
    );
  });
});
