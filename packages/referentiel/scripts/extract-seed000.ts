// Regenerates src/data/referentiel-<edition>.json (one file per edition) from seed 000 (run: pnpm --filter @siae/referentiel run extract).
// The JSON is committed; a test checks that it still matches the seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referentielFromSeed } from '../src/seed/buildReferentiel';

const here = dirname(fileURLToPath(import.meta.url));
const seed = join(here, '..', '..', '..', '..', 'shared', 'seeds', '000_c6f285b1c3eab668.txt');
const data = referentielFromSeed(readFileSync(seed, 'utf8'));
for (const edition of data) writeFileSync(join(here, '..', 'src', 'data', `referentiel-${edition.edition}.json`), `${JSON.stringify(edition, null, 2)}\n`);
console.log(data.map((e) => `${e.edition}: ${e.axes.map((a) => a.rows.length).join(' + ')} rows`).join('; '));
