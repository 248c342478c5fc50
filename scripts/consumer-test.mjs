// The consumer test (run after the build): packs every package as it would be published, installs
// the tarballs with npm in a scratch project outside the workspace (third-party dependencies come
// from the npm registry, or npm's cache), then checks what a user gets:
// 1. `import` of every package (ESM) and `require` of every package (CJS) give the same exports;
// 2. the `siae` bin runs on the sample bundled in @siae/cli;
// 3. `tsc` type-checks a consumer file importing every package, with moduleResolution node16 (ESM
//    and CJS files) and bundler, strict, WITHOUT skipLibCheck and WITHOUT @types/node.
// Exits 1 on the first failing step. Set KEEP=1 to keep the scratch project.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir)
  .map((d) => ({ dir: join(packagesDir, d), json: JSON.parse(readFileSync(join(packagesDir, d, 'package.json'), 'utf8')) }))
  .filter((p) => !p.json.private);
const work = mkdtempSync(join(tmpdir(), 'siae-consumer-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
mkdirSync(app);

function run(step, cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    console.error(`consumer-test: ${step} failed (${r.error?.message ?? `exit ${r.status}`})\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
    if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
  return r.stdout;
}

// 1. Pack (pnpm turns `workspace:^` into the version range users get).
const pnpm = process.env.npm_execpath?.includes('pnpm') ? [process.execPath, [process.env.npm_execpath]] : ['npx', ['--yes', 'pnpm@10.34.8']];
const files = {};
for (const p of packages) {
  run(`pack ${p.json.name}`, pnpm[0], [...pnpm[1], 'pack', '--pack-destination', tarballs], { cwd: p.dir });
}
for (const f of readdirSync(tarballs)) {
  const p = packages.find((x) => f === `${x.json.name.replace('@', '').replace('/', '-')}-${x.json.version}.tgz`);
  if (p) files[p.json.name] = join(tarballs, f);
}
for (const p of packages) if (!files[p.json.name]) run(`find the tarball of ${p.json.name}`, 'false', []);
// Each tarball holds its README and LICENSE.
for (const [name, file] of Object.entries(files)) {
  const list = run(`list ${name}`, 'tar', ['-tzf', file]);
  for (const needed of ['package/README.md', 'package/LICENSE', 'package/package.json']) {
    if (!list.split('\n').includes(needed)) run(`${name} tarball holds ${needed}`, 'false', []);
  }
}

// 2. Install the tarballs with npm in a scratch project (no workspace, no @types/node).
writeFileSync(
  join(app, 'package.json'),
  JSON.stringify({ name: 'siae-consumer', private: true, version: '1.0.0', dependencies: Object.fromEntries(Object.entries(files).map(([n, f]) => [n, `file:${f}`])) }, null, 2),
);
run('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], { cwd: app });
const installed = readdirSync(join(app, 'node_modules'));
if (installed.includes('@types')) {
  const types = readdirSync(join(app, 'node_modules', '@types'));
  if (types.includes('node')) run('no @types/node in the consumer (a package pulls it in)', 'false', []);
}

// 3. ESM import and CJS require of every package: the same, non-empty, export names.
const names = Object.keys(files);
const esm = run('ESM import', process.execPath, ['--input-type=module', '-e', `const out = {}; for (const n of ${JSON.stringify(names)}) out[n] = Object.keys(await import(n)).sort(); console.log(JSON.stringify(out));`], { cwd: app });
const cjs = run('CJS require', process.execPath, ['-e', `const out = {}; for (const n of ${JSON.stringify(names)}) out[n] = Object.keys(require(n)).filter((k) => k !== 'default' && k !== '__esModule').sort(); console.log(JSON.stringify(out));`], { cwd: app });
const esmExports = JSON.parse(esm);
const cjsExports = JSON.parse(cjs);
for (const n of names) {
  const a = esmExports[n].filter((k) => k !== 'default');
  if (a.length === 0) run(`${n} exports something`, 'false', []);
  if (JSON.stringify(a) !== JSON.stringify(cjsExports[n])) run(`${n}: ESM and CJS export the same names`, 'false', []);
}
const behaviour = run(
  'ESM and CJS compute',
  process.execPath,
  [
    '-e',
    `const { dynamicExitRate, wilsonInterval } = require('@siae/indicators');
     const r = dynamicExitRate([{ personId: 'A', structureKind: 'EITI', hiredOn: '2025-01-06', exitedOn: '2025-07-04', hoursWorked: 0, reason: 'CDI_NON_AIDE' }]);
     const w = wilsonInterval(5, 10);
     console.log(r.value, r.smallSample, w.low.toFixed(4));`,
  ],
  { cwd: app },
);
if (behaviour.trim() !== '1 true 0.2366') run(`the CJS build computes (got ${behaviour.trim()})`, 'false', []);
// The JSON subpaths of @siae/sample-data, by require and by import.
run('the JSON datasets of @siae/sample-data', process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const a = require('@siae/sample-data/sample.json'); const b = (await import('@siae/sample-data/malformed.json', { with: { type: 'json' } })).default; if (!Array.isArray(a.exits) || a.exits.length === 0 || !Array.isArray(b.exits)) process.exit(1);`], { cwd: app });

// 4. The siae bin, on the sample bundled in @siae/cli.
const sample = join(app, 'node_modules', '@siae', 'cli', 'sample');
const bin = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'siae.cmd' : 'siae');
const tables = readdirSync(sample).filter((f) => f.endsWith('.csv'));
const report = JSON.parse(run('siae report', bin, ['report', ...tables.map((t) => join(sample, t)), '--from', '2025-01-01', '--to', '2025-12-31', '--format', 'json'], { cwd: app }));
if (typeof report.dynamicExitRate?.value !== 'number' || !Array.isArray(report.grids)) run('siae report gives a rate and grids', 'false', []);
for (const args of [['eligibility', join(sample, 'eligibilite', 'candidats.csv')], ['parcours', join(sample, 'parcours', 'parcours.json'), '--at', '2025-06-30'], ['referentiel', 'orientation'], ['--help']]) {
  run(`siae ${args[0]}`, bin, args, { cwd: app });
}

// 5. tsc without skipLibCheck and without @types/node, in node16 (ESM and CJS) and bundler.
const consumer = `import { dutiesAt, replayParcours, type Dataset } from '@siae/model';
import { evaluateIaeEligibility } from '@siae/eligibility';
import { computeReport, dynamicExitRate, wilsonInterval, type RateInterval, type Report } from '@siae/indicators';
import { findActions } from '@siae/referentiel';
import { generateDataset } from '@siae/sample-data';
import { renderReportMarkdown, type CliIo } from '@siae/cli';

const { state } = replayParcours('ACI', [{ type: 'hired', date: '2025-01-06', contractKind: 'CDDI', passIae: { start: '2025-01-06', end: '2027-01-05' } }]);
const duties: number = dutiesAt(state, '2025-03-01').length;
const dataset: Dataset = generateDataset({ seed: 1, parcours: 5 });
const report: Report = computeReport(dataset, { period: { from: '2025-01-01', to: '2025-12-31' } });
const interval: RateInterval | null = wilsonInterval(1, 2);
const md: string = renderReportMarkdown(report);
const io: CliIo | undefined = undefined;
export const all = [duties, report.dynamicExitRate.interval, interval, md, io, dynamicExitRate([]).value, findActions({ text: 'emploi' }).length, evaluateIaeEligibility];
`;
const cjsConsumer = `import model = require('@siae/model');
import indicators = require('@siae/indicators');
import eligibility = require('@siae/eligibility');
import referentiel = require('@siae/referentiel');
import sample = require('@siae/sample-data');
import cli = require('@siae/cli');
export const all = [model.isIsoDate('2025-01-01'), indicators.wilsonInterval(1, 2), eligibility.evaluateIaeEligibility, referentiel.getReferentiel, sample.generateDataset, cli.renderReportText];
`;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const common = { strict: true, noEmit: true, skipLibCheck: false, types: [], target: 'es2022', noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
for (const [name, options, sources] of [
  ['node16', { module: 'node16', moduleResolution: 'node16' }, { 'consumer.mts': consumer, 'consumer.cts': cjsConsumer }],
  ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, { 'consumer.ts': consumer }],
]) {
  const dir = join(app, `tsc-${name}`);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...common, ...options }, include: Object.keys(sources) }, null, 2));
  run(`tsc (${name}, no skipLibCheck, no @types/node)`, process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: app });
}

if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
else console.log(`consumer-test: kept ${work}`);
console.log(`consumer-test: ok (${names.length} packages: ESM import, CJS require, the siae bin, tsc node16 and bundler without skipLibCheck nor @types/node)`);
