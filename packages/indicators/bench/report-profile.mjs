// Profiles computeReport alone on the dataset of bench:indicators (200,000 parcours), from the built
// packages: writes report.cpuprofile (the profiler runs only around computeReport) and the report's
// JSON digest, to compare two builds. Run after the build:
//   node packages/indicators/bench/report-profile.mjs [out-dir]
// then: node packages/cli/bench/cpuprofile-summary.mjs <out-dir>/report.cpuprofile
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { computeReport } from '@siae/indicators';
import { generateDataset } from '@siae/sample-data';

const out = process.argv[2] ?? '.';
mkdirSync(out, { recursive: true });
const P = Number(process.env.N_PARCOURS ?? 200_000);
const dataset = generateDataset({ seed: 1, parcours: P, structuresPerKind: 200 });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t = performance.now();
const report = computeReport(dataset, { period: { from: '2025-01-01', to: '2025-12-31' }, assumeValid: true });
const ms = performance.now() - t;
const { profile } = await session.post('Profiler.stop');
writeFileSync(join(out, 'report.cpuprofile'), JSON.stringify(profile));
const digest = createHash('sha256').update(JSON.stringify(report)).digest('hex');
console.log(`computeReport on ${P.toLocaleString('en')} parcours (profiled): ${ms.toFixed(0)} ms; report sha256 ${digest}`);
