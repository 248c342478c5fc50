// Benchmark (not a test): evaluateMany over 1,000,000 generated diagnoses, with full decisions and
// in lean mode ({ explain: false }): throughput and the memory the results keep.
// Run: pnpm run bench:eligibility:batch   (N=200000 pnpm run bench:eligibility:batch for a quick run)
import { performance } from 'node:perf_hooks';
import { iaeCriteria } from '@siae/model';
import { createRandom } from '@siae/sample-data';
import { createIaeEligibilityEvaluator, type IaeEligibilityInput } from '../src/index';

const N = Number(process.env.N ?? 1_000_000);
const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
const codes = iaeCriteria.codes;

function generate(n: number, seed: number): IaeEligibilityInput[] {
  const r = createRandom(seed).next;
  const out: IaeEligibilityInput[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * 4);
    const criteria: string[] = [];
    for (let j = 0; j < k; j++) criteria.push(codes[Math.floor(r() * codes.length)]!);
    const day = new Date(Date.UTC(2020, 3, 1) + Math.floor(r() * 2400) * 86400000).toISOString().slice(0, 10);
    out[i] = { structureKind: kinds[Math.floor(r() * kinds.length)]!, author: r() < 0.6 ? 'prescriber' : 'employer', criteria, date: day };
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const evaluator = createIaeEligibilityEvaluator();
const inputs = generate(N, 1);
evaluator.evaluateMany(inputs.slice(0, 20_000));
evaluator.evaluateMany(inputs.slice(0, 20_000), { explain: false });

for (const explain of [true, false]) {
  const before = heap();
  const t = performance.now();
  let results: unknown[] | null = evaluator.evaluateMany(inputs, { explain });
  const ms = performance.now() - t;
  const kept = heap() - before;
  const eligible = (results as { ok: boolean; decision?: { eligible: boolean } }[]).filter((r) => r.ok && r.decision!.eligible).length;
  console.log(
    `evaluateMany ${explain ? 'full            ' : 'lean (explain: false)'}: ${N.toLocaleString('en')} decisions in ${ms.toFixed(0)} ms = ${Math.round(N / (ms / 1000)).toLocaleString('en')} decisions/s; results keep ${(kept / 1024 / 1024).toFixed(0)} MB (${Math.round(kept / N)} bytes a decision; ${eligible} eligible)`,
  );
  results = null;
}
