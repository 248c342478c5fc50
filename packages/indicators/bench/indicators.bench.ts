// Benchmark (not a test): dynamicExitRate over 1,000,000 exit records (with explanations) beside a
// hand-written single-pass loop, and computeReport over a dataset of 200,000 parcours.
// Run: pnpm run bench:indicators
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { exitReasons } from '@siae/model';
import { createRandom, generateDataset } from '@siae/sample-data';
import { computeReport, dynamicExitRate, type ExitRecord } from '../src/index';

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const N = Number(process.env.N_EXITS ?? 1_000_000);
const PART = process.env.BENCH_PART;
if (!PART) {
  // Each part runs in its own process so that its peak memory is its own.
  for (const part of ['rate', 'report']) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, BENCH_PART: part } });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  process.exit(0);
}
const P = Number(process.env.N_PARCOURS ?? 200_000);

/** The seeded generator of @siae/sample-data, as a plain function. */
const rng = (seed: number) => createRandom(seed).next;
async function ratePart() {
const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
const r = rng(3);
const day = (base: number, span: number) => new Date(Date.UTC(2024, 0, 1) + (base + Math.floor(r() * span)) * 86400000).toISOString().slice(0, 10);
const exits: ExitRecord[] = [];
for (let i = 0; i < N; i++) {
  const hired = Math.floor(r() * 500);
  exits.push({
    personId: `p${i}`,
    structureId: `s${i % 2000}`,
    structureKind: kinds[i % 5]!,
    hiredOn: day(hired, 1),
    exitedOn: day(hired + 20, 300),
    hoursWorked: Math.floor(r() * 1500),
    reason: exitReasons.codes[Math.floor(r() * exitReasons.codes.length)]!,
  });
}

function handWritten(list: readonly ExitRecord[]): { numerator: number; denominator: number } {
  // The same rule as dynamicExitRate (default mapping, DGEFP, thresholds), without explanations.
  const cat = new Map(exitReasons.entries.map((e) => [e.code, e.defaultCategory]));
  const latest = new Map<string, ExitRecord>();
  for (const e of list) {
    const k = `${e.personId}\u0000${e.structureId}`;
    const p = latest.get(k);
    if (!p || p.exitedOn <= e.exitedOn) latest.set(k, e);
  }
  let numerator = 0;
  let denominator = 0;
  for (const e of latest.values()) {
    const c = cat.get(e.reason)!;
    if (c === 'withdrawn') continue;
    if ((e.structureKind === 'AI' || e.structureKind === 'ETTI') && e.hoursWorked < 150) continue;
    if (e.structureKind === 'ACI' || e.structureKind === 'EI') {
      if (e.hoursWorked < 1) continue;
      const h = new Date(`${e.hiredOn}T00:00:00Z`);
      // hiring + 3 calendar months, clamped to the end of the target month (as date-fns addMonths).
      const lastDay = new Date(Date.UTC(h.getUTCFullYear(), h.getUTCMonth() + 4, 0)).getUTCDate();
      const limit = new Date(Date.UTC(h.getUTCFullYear(), h.getUTCMonth() + 3, Math.min(h.getUTCDate(), lastDay))).toISOString().slice(0, 10);
      if (e.exitedOn <= limit) continue;
    }
    denominator++;
    if (c === 'durable' || c === 'transition' || c === 'positive') numerator++;
  }
  return { numerator, denominator };
}

// Warm up, then measure the best of 3.
dynamicExitRate(exits.slice(0, 50_000));
handWritten(exits.slice(0, 50_000));
const best = (fn: () => unknown) => {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
};
const rate = dynamicExitRate(exits);
const loop = handWritten(exits);
const rateMs = best(() => dynamicExitRate(exits));
const loopMs = best(() => handWritten(exits));
const countsOnlyMs = best(() => dynamicExitRate(exits, { withoutMembers: true }));
console.log(`dynamicExitRate over ${N.toLocaleString('en')} exits (with members): ${rateMs.toFixed(0)} ms (value ${rate.value?.toFixed(4)}, ${rate.numerator}/${rate.denominator})`);
console.log(`dynamicExitRate without members (counts only): ${countsOnlyMs.toFixed(0)} ms: the explanations cost ${(rateMs - countsOnlyMs).toFixed(0)} ms`);
console.log(`hand-written single pass loop: ${loopMs.toFixed(0)} ms (${loop.numerator}/${loop.denominator}); ratio ${(rateMs / loopMs).toFixed(2)}x`);
console.log(`targets: < 1 s ${rateMs < 1000 ? 'met' : 'NOT met'}; within 3x the loop ${rateMs / loopMs <= 3 ? 'met' : 'NOT met'}`);

console.log(`peak RSS (rate part): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

async function reportPart() {
let t = performance.now();
const dataset = generateDataset({ seed: 1, parcours: P, structuresPerKind: 200 });
const genMs = performance.now() - t;
globalThis.gc?.();
const afterGeneration = process.memoryUsage().rss / 1024 / 1024;
const rows = Object.values(dataset).reduce((s, l) => s + l.length, 0);
// CPU time beside the wall time: on a shared machine the wall time also counts the waits for a core.
// The full (mark-compact) collections during the report: on a 1.2 GB heap one costs 0.6-1.2 s, and
// whether it falls inside the report depends on the garbage left by the generation before it.
const fullGcs: number[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullGcs.push(e.duration);
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpu = process.cpuUsage();
t = performance.now();
const report = computeReport(dataset, { period: { from: '2025-01-01', to: '2025-12-31' }, assumeValid: true });
const reportMs = performance.now() - t;
const { user, system } = process.cpuUsage(cpu);
// The observer is told after the report's synchronous run.
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`generated ${P.toLocaleString('en')} parcours (${rows.toLocaleString('en')} rows) in ${genMs.toFixed(0)} ms; RSS with the dataset held: ${afterGeneration.toFixed(0)} MB`);
console.log(`computeReport (rows already validated, assumeValid): ${reportMs.toFixed(0)} ms (CPU ${((user + system) / 1000).toFixed(0)} ms, user ${(user / 1000).toFixed(0)} ms), ${report.indicators.length} indicators, dynamic rate ${report.dynamicExitRate.value?.toFixed(4)}; peak RSS ${peak.toFixed(0)} MB`);
console.log(`full garbage collections during the report: ${fullGcs.length}${fullGcs.length > 0 ? ` (${fullGcs.map((d) => d.toFixed(0)).join(' + ')} ms)` : ''}`);
// The targets of the SQL issue (#11): < 4 s and < 1.6 GB on 200,000 parcours (the first targets were 10 s and 2 GB).
console.log(`targets: report < 4 s ${reportMs < 4_000 ? 'met' : 'NOT met'}; peak < 1.6 GB ${peak < 1638 ? 'met' : 'NOT met'}`);
if (process.env.WITH_VALIDATION) {
  t = performance.now();
  const validated = computeReport(dataset, { period: { from: '2025-01-01', to: '2025-12-31' } });
  console.log(`computeReport with row validation: ${(performance.now() - t).toFixed(0)} ms (${validated.issues.length} issues); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
}

if (PART === 'rate') await ratePart();
else await reportPart();
