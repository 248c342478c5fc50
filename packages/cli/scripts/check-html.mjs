// Renders the HTML report of the bundled sample in headless Chromium (Debian's package), takes a
// screenshot, and fails on a script error or an empty page. Run after the build: pnpm run check:html
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const sample = join(here, '..', 'sample');
const out = join(here, '..', '..', '..', 'docs', 'site');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.error('check-html: Chromium not found (.ci/run installs the Debian package chromium)');
  process.exit(1);
}
const tables = ['structures', 'personnes', 'prescriptions', 'diagnostics', 'pass_iae', 'contrats', 'heures', 'entretiens', 'freins', 'formations', 'pmsmp', 'attestations', 'sorties'];
spawnSync('mkdir', ['-p', out]);
const html = join(out, 'rapport-exemple.html');
const r = spawnSync(process.execPath, [cli, 'report', ...tables.map((t) => join(sample, `${t}.csv`)), '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'html', '--title', 'Rapport exemple', '-o', html], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(`check-html: siae report failed (${r.status})\n${r.stderr}`);
  process.exit(1);
}
const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0'];
const png = join(out, 'rapport-exemple.png');
const shot = spawnSync(chromium, [...flags, `--screenshot=${png}`, '--window-size=1000,1600', pathToFileURL(html).href], { encoding: 'utf8', timeout: 60_000 });
const dom = spawnSync(chromium, [...flags, '--dump-dom', pathToFileURL(html).href], { encoding: 'utf8', timeout: 60_000, maxBuffer: 20 * 1024 * 1024 });
const logs = `${shot.stderr}\n${dom.stderr}`;
const scriptErrors = logs.split('\n').filter((l) => /Uncaught|CONSOLE\(\d+\).*(error|Error)|SyntaxError|TypeError/.test(l));
const problems = [];
if (scriptErrors.length > 0) problems.push(`script errors:\n${scriptErrors.join('\n')}`);
if (!existsSync(png) || statSync(png).size < 10_000) problems.push('no screenshot (or an empty one)');
if (!dom.stdout.includes('Taux de sortie dynamique') || !dom.stdout.includes('<svg')) problems.push('the rendered page lacks the rate or the charts');
if (readFileSync(html, 'utf8').includes('<script')) problems.push('the report must not contain scripts');
if (problems.length > 0) {
  console.error(`check-html: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`check-html: ok (${png}, ${statSync(png).size} bytes)`);
