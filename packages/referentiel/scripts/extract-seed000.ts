// Regenerates src/data/referentiel-<edition>.json (one file per edition) from seed 000 (run: pnpm --filter @siae/referentiel run extract).
// The JSON is committed; a test checks that it still matches the seed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referentielFromSeed } from '../src/seed/buildReferentiel';

const here = dirname(fileURLToPath(import.meta.url));
const seeds = join(here, '..', '..', '..', '..', 'shared', 'seeds');
// The référentiel's text (docs/sources.md#referentiel-insertion) is the seed numbered 000.
const seed = join(seeds, readdirSync(seeds).find((f) => f.startsWith('000_') && f.endsWith('.txt'))!);
const data = referentielFromSeed(readFileSync(seed, 'utf8'));
for (const edition of data) writeFileSync(join(here, '..', 'src', 'data', `referentiel-${edition.edition}.json`), `${JSON.stringify(edition, null, 2)}\n`);
console.log(data.map((e) => `${e.edition}: ${e.axes.map((a) => a.rows.length).join(' + ')} rows`).join('; '));
