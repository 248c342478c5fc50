// Writes a generated dataset as synthetic FluxIAE files (deterministic), for trying
// `siae report --input-format fluxiae DIR/` on a dataset of any size.
// Run: pnpm --filter @siae/sample-data run fluxiae -- <dir> [--seed 1] [--parcours 300] [--structures 3] [--no-categories]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateFluxIae } from '../src/fluxiae';

const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
const value = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const dir = args[0];
if (!dir || dir.startsWith('--')) {
  console.error('usage: write-fluxiae.ts <dir> [--seed 1] [--parcours 300] [--structures 3] [--no-categories]');
  process.exit(2);
}
const out = resolve(dir);
mkdirSync(out, { recursive: true });
const files = generateFluxIae({ seed: value('--seed', 1), parcours: value('--parcours', 300), structuresPerKind: value('--structures', 3), withCategories: !args.includes('--no-categories') });
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
console.log(`wrote ${Object.keys(files).length} FluxIAE files in ${out}`);
