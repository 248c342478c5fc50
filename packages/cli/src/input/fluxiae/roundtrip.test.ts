import { computeReport } from '@siae/indicators';
import { generateDataset, datasetToFluxIae } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import { FLUXIAE_TABLES, type FluxIaeTable } from './format';
import { fluxIaeToDataset } from './session';

function read(files: Record<string, string>) {
  const texts: Partial<Record<FluxIaeTable, { file: string; text: string }>> = {};
  for (const [file, text] of Object.entries(files)) {
    const table = FLUXIAE_TABLES.find((t) => file.startsWith(`${t}_`));
    if (table) texts[table] = { file, text };
  }
  return fluxIaeToDataset(texts);
}

describe('a dataset written as FluxIAE files by @siae/sample-data and read back', () => {
  for (const [label, options] of [
    ['the bundled sample’s seed', { seed: 2025, parcours: 150, structuresPerKind: 2, from: '2024-01-01', to: '2025-12-31' }],
    ['with re-hires (several exits per person and structure)', { seed: 7, parcours: 150, rehires: 0.2 }],
  ] as const) {
    it(`gives the same exit rates (${label})`, () => {
      const dataset = generateDataset(options);
      const period = { from: '2024-01-01', to: '2025-12-31' };
      const expected = computeReport(dataset, { period }).dynamicExitRate;
      for (const withCategories of [true, false]) {
        const loaded = read(datasetToFluxIae(dataset, { withCategories }));
        expect(loaded.issues).toEqual([]);
        expect(loaded.mapping === null).toBe(!withCategories);
        expect(loaded.dataset.exits).toHaveLength(dataset.exits.length);
        const got = computeReport(loaded.dataset, { period, ...(loaded.mapping ? { mapping: loaded.mapping } : {}) }).dynamicExitRate;
        expect(got.counts).toEqual(expected.counts);
        expect([got.numerator, got.denominator, got.value]).toEqual([expected.numerator, expected.denominator, expected.value]);
        expect(expected.denominator).toBeGreaterThan(30);
      }
    }, 60_000);
  }
});
