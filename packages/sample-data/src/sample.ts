import type { Dataset } from '@siae/model';
import { generateDataset, type GenerateOptions } from './generate';

/**
 * The generator options of the bundled sample (`data/sample/sample.json`), the same as the CLI's
 * bundled CSV files (`packages/cli/sample`): one dataset, in the model's JSON shape and as CSV.
 */
export const SAMPLE_OPTIONS = { seed: 2025, parcours: 400, structuresPerKind: 2, from: '2024-01-01', to: '2025-12-31' } as const satisfies GenerateOptions;

/**
 * Serialises a dataset as JSON with one row per line (readable diffs, small enough to commit).
 *
 * @example datasetToJson(generateDataset({ seed: 1, parcours: 2 })).startsWith('{\n  "structures": [') // true
 */
export function datasetToJson(dataset: Dataset): string {
  const tables = Object.entries(dataset).map(([table, rows]) => {
    const body = (rows as unknown[]).map((row) => `    ${JSON.stringify(row)}`).join(',\n');
    return `  ${JSON.stringify(table)}: [${rows.length > 0 ? `\n${body}\n  ` : ''}]`;
  });
  return `{\n${tables.join(',\n')}\n}\n`;
}

/** The bundled sample's dataset, generated again (what `data/sample/sample.json` holds). */
export function sampleDataset(): Dataset {
  return generateDataset(SAMPLE_OPTIONS);
}

/** What each row of the malformed sample gets wrong, in order (for tests and docs). */
export const MALFORMED_ROWS = [
  { table: 'exits', index: 1, problem: 'impossible date (2025-02-30)' },
  { table: 'exits', index: 2, problem: 'unknown exit reason' },
  { table: 'exits', index: 3, problem: 'missing person id' },
  { table: 'structures', index: 1, problem: 'SIRET with a wrong key' },
  { table: 'monthlyHours', index: 1, problem: 'month not in YYYY-MM form' },
] as const;

/**
 * A deliberately malformed dataset in the model's JSON shape (`data/malformed/sample-malformed.json`):
 * the first rows of the sample, with one bad row per entry of {@link MALFORMED_ROWS} and good rows
 * around them, so a reader can check that bad rows are reported and the good ones still processed.
 */
export function malformedDataset(dataset: Dataset = sampleDataset()): Record<string, unknown[]> {
  const [s0, s1, s2] = dataset.structures;
  const [e0, e1, e2, e3, e4] = dataset.exits;
  const [h0, h1, h2] = dataset.monthlyHours;
  const flip = (siret: string) => `${siret.slice(0, 13)}${(Number(siret[13]) + 1) % 10}`;
  return {
    structures: [s0, s1 && { ...s1, siret: flip(s1.siret) }, s2],
    exits: [e0, e1 && { ...e1, date: '2025-02-30' }, e2 && { ...e2, reason: 'PARTI_EN_VACANCES' }, e3 && { ...e3, personId: '' }, e4],
    monthlyHours: [h0, h1 && { ...h1, month: '2025-13' }, h2],
  };
}
