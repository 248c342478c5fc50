// Property: any CSV the writer produces (any delimiter, encoding, line end, ISO or French style)
// reads back to the same dataset, from a file (encoding detected) and from a stream cut anywhere
// (encoding given).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type Dataset, type DatasetTable, DATASET_TABLES, exitReasons } from '@siae/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultMapping, type TableMapping } from '../mapping/defaultMapping';
import { datasetToCsv } from '../sample/toCsv';
import { encodeWindows1252, type InputEncoding } from './decode';
import { readTableCsv } from './readCsv';

const mapping = defaultMapping as Record<DatasetTable, TableMapping>;
const REASONS = exitReasons.codes.slice(0, 12) as string[];

/** Characters every encoding writes; the accents are bytes ≥ 0xC0 in Windows-1252, so that it is never valid UTF-8. */
const SAFE = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.\'/;,|\t"éèàçôÉîù'.split('');
/** More characters for a given encoding (Windows-1252 bytes 0x80-0xBF could be read as UTF-8 continuation bytes). */
const MORE = [...SAFE, '€', 'œ', '’', '«', '»', '°'];

const text = (chars: string[], max: number) =>
  fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: max })
    .map((a) => a.join('').trim())
    .filter((s) => s.length > 0);

const iso = fc.record({ y: fc.integer({ min: 1990, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

function datasetOf(chars: string[]) {
  return fc
    .record({
      hours: fc.array(fc.record({ structureId: text(chars, 8), month: iso.map((d) => d.slice(0, 7)), hours: fc.integer({ min: 0, max: 7440 }).map((h) => h / 10) }), { maxLength: 8 }),
      trainings: fc.array(fc.record({ title: text(chars, 40), startDate: iso, hours: fc.integer({ min: 0, max: 100_000 }).map((h) => h / 4), qualifying: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 6 }),
      exits: fc.array(fc.record({ structureId: text(chars, 8), date: iso, reason: fc.constantFrom(...REASONS), three: fc.option(fc.constantFrom(...REASONS), { nil: undefined }) }), { maxLength: 6 }),
    })
    .map(({ hours, trainings, exits }) => {
      const d = Object.fromEntries(DATASET_TABLES.map((t) => [t, []])) as unknown as Dataset;
      // Keys made unique by the row's number (a repeated key would be a duplicate: the last one kept).
      d.monthlyHours = hours.map((h, i) => ({ personId: `p${i}é`, ...h }));
      d.trainings = trainings.map((t, i) => ({ id: `F${i}`, personId: `p${i}`, title: t.title, startDate: t.startDate, hours: t.hours, ...(t.qualifying === undefined ? {} : { qualifying: t.qualifying }) }));
      d.exits = exits.map((e, i) => ({ personId: `P${i}`, structureId: e.structureId, date: e.date, reason: e.reason, ...(e.three ? { followUp: { 3: e.three } } : {}) })) as Dataset['exits'];
      return d;
    });
}

function encode(textValue: string, encoding: InputEncoding | 'utf-8-bom' | 'utf-16le-bom'): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(textValue);
  if (encoding === 'utf-16le-bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(textValue, 'utf16le')]);
  if (encoding === 'utf-8-bom') return Buffer.from(`\ufeff${textValue}`);
  return Buffer.from(textValue);
}

async function readBack(input: string | Readable, table: DatasetTable, encoding?: InputEncoding) {
  const rows: unknown[] = [];
  const issues: unknown[] = [];
  await readTableCsv(input, `${table}.csv`, table, mapping[table], { onRow: (r) => rows.push(r), onIssue: (i) => issues.push(i), ...(encoding ? { encoding } : {}) });
  return { rows, issues };
}

const options = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const, '|' as const),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  style: fc.constantFrom('iso' as const, 'fr' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'utf-16le-bom' as const, 'windows-1252' as const),
});

describe('CSV round trip', () => {
  it('a file the writer produced reads back to the same rows, its encoding detected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'siae-roundtrip-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(datasetOf(SAFE), options, async (dataset, o) => {
        const csv = datasetToCsv(dataset, mapping, o);
        for (const table of ['monthlyHours', 'trainings', 'exits'] as const) {
          const path = join(dir, `${n++}.csv`);
          writeFileSync(path, encode(csv[table], o.encoding));
          const back = await readBack(path, table);
          expect(back.issues).toEqual([]);
          expect(back.rows).toEqual(dataset[table]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
  it('a stream cut anywhere reads back to the same rows, its encoding given', async () => {
    await fc.assert(
      fc.asyncProperty(datasetOf(MORE), options, fc.array(fc.nat(), { maxLength: 6 }), async (dataset, o, cuts) => {
        const csv = datasetToCsv(dataset, mapping, o);
        const given: InputEncoding = o.encoding === 'windows-1252' ? 'windows-1252' : o.encoding === 'utf-16le-bom' ? 'utf-16le' : 'utf-8';
        for (const table of ['monthlyHours', 'trainings', 'exits'] as const) {
          const bytes = encode(csv[table], o.encoding);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, k) => Buffer.from(bytes.subarray(from, k < at.length ? at[k] : bytes.length))).filter((c) => c.length > 0);
          const back = await readBack(Readable.from(chunks), table, given);
          expect(back.issues).toEqual([]);
          expect(back.rows).toEqual(dataset[table]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
