// Runs the built `siae` command on the bundled sample, as a user would, and checks its output.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('@siae/cli/package.json'));
const cli = join(pkg, 'dist', 'cli.js');
const sample = join(pkg, 'sample');

const r = spawnSync(process.execPath, [cli, 'report', join(sample, 'structures.csv'), join(sample, 'contrats.csv'), join(sample, 'heures.csv'), join(sample, 'sorties.csv'), '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'markdown'], { encoding: 'utf8' });
console.log(r.stdout.split('\n').slice(0, 12).join('\n'));
if (r.status !== 0) throw new Error(`siae report exited with ${r.status}: ${r.stderr}`);
if (!/\*\*Taux de sortie dynamique : \d+,\d %\*\*/.test(r.stdout)) throw new Error('the report lacks the dynamic rate');

const bad = spawnSync(process.execPath, [cli, 'validate', join(sample, 'malformed', 'sorties.csv')], { encoding: 'utf8' });
console.log(bad.stderr.trim());
if (bad.status !== 1) throw new Error(`a malformed file should exit with 1, got ${bad.status}`);
if (!bad.stderr.includes('ligne 3, colonne date_sortie')) throw new Error('the bad date should be reported with its line and column');
console.log('cli example: ok');
