// Benchmark helper (not a test): time of each computed indicator of the catalogue over a generated dataset.
// Run: pnpm run bench:indicators:each (env P: number of parcours, default 200,000)
import { performance } from 'node:perf_hooks';
import { generateDataset } from '@siae/sample-data';
import { indicatorCatalogue } from '../src/catalogue';
import { buildReportContext } from '../src/report/context';
const P = Number(process.env.P ?? 200000);
const dataset = generateDataset({ seed: 1, parcours: P, structuresPerKind: 200 });
const period = { from: '2025-01-01', to: '2025-12-31' };
let t = performance.now();
const ctx = buildReportContext(dataset as never, period);
console.log('context', (performance.now() - t).toFixed(0));
const times: [string, number][] = [];
for (const def of indicatorCatalogue) {
  if (def.kind !== 'computed' || !def.compute) continue;
  t = performance.now(); def.compute(ctx, { assumeValid: true } as never); times.push([def.id, performance.now() - t]);
}
times.sort((a, b) => b[1] - a[1]);
console.log('total', times.reduce((s, x) => s + x[1], 0).toFixed(0));
for (const [id, ms] of times.slice(0, 25)) console.log(ms.toFixed(0).padStart(6), id);
