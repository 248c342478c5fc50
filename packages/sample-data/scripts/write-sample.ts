// Writes the bundled sample (deterministic): data/sample/sample.json (the model's shape, the same
// dataset as the CLI's CSV files) and data/malformed/sample-malformed.json (a few bad rows).
// Run: pnpm --filter @siae/sample-data run sample   (a test fails when the committed files are stale)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetToJson, malformedDataset, sampleDataset } from '../src/sample';

const data = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
mkdirSync(join(data, 'sample'), { recursive: true });
mkdirSync(join(data, 'malformed'), { recursive: true });
const dataset = sampleDataset();
writeFileSync(join(data, 'sample', 'sample.json'), datasetToJson(dataset));
writeFileSync(join(data, 'malformed', 'sample-malformed.json'), `${JSON.stringify(malformedDataset(dataset), null, 2)}\n`);
console.log(`wrote ${join(data, 'sample', 'sample.json')} and ${join(data, 'malformed', 'sample-malformed.json')}`);
