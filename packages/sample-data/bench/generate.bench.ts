// Throughput and memory of the generator. Run: pnpm --filter @siae/sample-data run bench
// (or: node --import tsx --conditions=@siae/source packages/sample-data/bench/generate.bench.ts)
import { generateDataset, generateParcours } from '../src/index';

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const count = Number(process.argv[2] ?? 200_000);

let t = performance.now();
let rows = 0;
for (const p of generateParcours({ seed: 1, parcours: count })) for (const table of Object.values(p)) rows += table.length;
console.log(`generateParcours: ${count} parcours, ${rows} rows streamed in ${((performance.now() - t) / 1000).toFixed(2)} s (heap ${mb(process.memoryUsage().heapUsed)})`);

globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
t = performance.now();
const dataset = generateDataset({ seed: 1, parcours: count });
const seconds = (performance.now() - t) / 1000;
globalThis.gc?.();
console.log(`generateDataset: ${count} parcours, ${Object.values(dataset).reduce((n, r) => n + r.length, 0)} rows in ${seconds.toFixed(2)} s, dataset holds about ${mb(process.memoryUsage().heapUsed - before)}`);
