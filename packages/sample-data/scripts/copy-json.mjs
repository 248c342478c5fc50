// Copies the bundled JSON datasets to the package's root (sample.json, malformed.json), where the
// `./sample.json` and `./malformed.json` subpaths point: so they resolve under every module
// resolution, node10 included (it ignores `exports`). Run by the build; the copies are gitignored.
import { copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
copyFileSync(join(root, 'data', 'sample', 'sample.json'), join(root, 'sample.json'));
copyFileSync(join(root, 'data', 'malformed', 'sample-malformed.json'), join(root, 'malformed.json'));
