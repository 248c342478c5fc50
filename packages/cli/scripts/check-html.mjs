// Renders the HTML report of the bundled sample in headless Chromium, takes a screenshot, and fails
// on a script error or an empty page. Run after the build: pnpm run check:html
// Chromium is $CHROMIUM when set, else looked for on the PATH (chromium, chromium-browser, google-chrome);
// when it is missing and this runs as root with apt-get, Debian's package `chromium` is installed.
// Otherwise the check is skipped with a message, and recorded as skipped for the test summary
// (.test-results/checks/html.json), so the README's test command passes with only Node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cli = join(here, '..', 'dist', 'cli.js');
const sample = join(here, '..', 'sample');
const out = join(root, 'docs', 'site');

/** Records the outcome for scripts/test-summary.mjs. */
function record(status, reason = '') {
  const dir = join(root, '.test-results', 'checks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'html.json'), JSON.stringify({ name: 'rapport HTML dans Chromium', status, reason }));
}

function findChromium() {
  // An explicit CHROMIUM is the only one tried (a missing one skips the check, nothing installed).
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const d of [...dirs, '/usr/bin', '/snap/bin']) {
      const p = join(d, name);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

let chromium = findChromium();
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (process.env.PATH ?? '').split(delimiter).some((d) => existsSync(join(d, 'apt-get')));
if (!chromium && !process.env.CHROMIUM && isRoot && hasApt && process.platform === 'linux') {
  console.log('check-html: Chromium not found; installing Debian\'s package chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  chromium = findChromium();
}
if (!chromium) {
  const reason = process.env.CHROMIUM
    ? 'le chemin donné par CHROMIUM n’existe pas'
    : isRoot
      ? 'Chromium introuvable et non installable (apt-get absent ou en échec)'
      : 'Chromium introuvable (installer chromium, ou lancer en root avec apt-get, ou CHROMIUM=/chemin)';
  console.log(`check-html: SKIPPED — ${reason} / Chromium not found: the HTML report was not checked in a browser.`);
  record('skipped', reason);
  process.exit(0);
}
const tables = ['structures', 'personnes', 'prescriptions', 'diagnostics', 'pass_iae', 'contrats', 'heures', 'entretiens', 'freins', 'formations', 'pmsmp', 'attestations', 'sorties'];
mkdirSync(out, { recursive: true });
const html = join(out, 'rapport-exemple.html');
const r = spawnSync(process.execPath, [cli, 'report', ...tables.map((t) => join(sample, `${t}.csv`)), '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'html', '--title', 'Rapport exemple', '-o', html], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(`check-html: siae report failed (${r.status})\n${r.stderr}`);
  record('failed', 'siae report');
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
if (!dom.stdout.includes('objectif ≥') || !dom.stdout.includes('IC 95 %')) problems.push('the rendered page lacks the targets or the intervals');
if (readFileSync(html, 'utf8').includes('<script')) problems.push('the report must not contain scripts');
if (problems.length > 0) {
  console.error(`check-html: ${problems.join('; ')}`);
  record('failed', problems.join('; '));
  process.exit(1);
}
record('passed');
console.log(`check-html: ok (${png}, ${statSync(png).size} bytes)`);
