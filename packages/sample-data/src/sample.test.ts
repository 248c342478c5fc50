import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { generateDataset } from './generate';
import { datasetToJson, MALFORMED_ROWS, malformedDataset, SAMPLE_OPTIONS, sampleDataset } from './sample';

const data = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const read = (path: string) => readFileSync(join(data, path), 'utf8');

describe('bundled sample', () => {
  const dataset = sampleDataset();
  it('is the committed data/sample/sample.json (run `pnpm --filter @siae/sample-data run sample` when this fails)', () => {
    expect(read('sample/sample.json') === datasetToJson(dataset)).toBe(true);
    expect(read('malformed/sample-malformed.json')).toBe(`${JSON.stringify(malformedDataset(dataset), null, 2)}\n`);
  });
  it('has a few hundred parcours in every structure kind and passes the model schemas', () => {
    expect(SAMPLE_OPTIONS.parcours).toBe(400);
    expect(dataset.people).toHaveLength(400);
    expect(dataset.structures).toHaveLength(10);
    const parsed = JSON.parse(read('sample/sample.json'));
    const { rejected, issues } = validateDataset(parsed);
    expect(issues).toEqual([]);
    expect(rejected).toEqual([]);
  });
  it('serialises one row per line and reads back to the same dataset', () => {
    const small = generateDataset({ seed: 3, parcours: 2 });
    const text = datasetToJson(small);
    expect(JSON.parse(text)).toEqual(small);
    const rowLines = text.split('\n').filter((line) => line.startsWith('    {'));
    expect(rowLines).toHaveLength(Object.values(small).reduce((n, rows) => n + rows.length, 0));
    for (const line of rowLines) expect(() => JSON.parse(line.replace(/,$/, ''))).not.toThrow();
  });
  it('malformed sample: exactly the listed rows are rejected, the others kept', () => {
    const { rejected, dataset: kept } = validateDataset(JSON.parse(read('malformed/sample-malformed.json')));
    expect(rejected.map((r) => `${r.table}[${r.index}]`).sort()).toEqual(MALFORMED_ROWS.map((r) => `${r.table}[${r.index}]`).sort());
    expect(kept.exits).toHaveLength(2);
    expect(kept.structures).toHaveLength(2);
    expect(kept.monthlyHours).toHaveLength(2);
    for (const r of rejected) for (const issue of r.issues) expect(issue.messageFr.length).toBeGreaterThan(0);
  });
});
