// Writes the bundled sample (packages/cli/sample): one CSV per table, generated with a fixed seed,
// plus a deliberately malformed file. Run: pnpm --filter @siae/cli run sample
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetTable } from '@siae/model';
import { generateDataset } from '@siae/sample-data';
import { defaultMapping, type TableMapping } from '../src/mapping/defaultMapping';
import { SAMPLE_OPTIONS, sampleFiles } from '../src/sample/sampleFiles';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample');
mkdirSync(join(dir, 'malformed'), { recursive: true });
const files = sampleFiles(generateDataset(SAMPLE_OPTIONS), defaultMapping as Record<DatasetTable, TableMapping>);
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
