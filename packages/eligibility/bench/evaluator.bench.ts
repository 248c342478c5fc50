// Benchmark (not a test): the compiled evaluator over 1,000,000 generated diagnoses and the
// json-rules-engine path over 10,000, on one core. Run: pnpm run bench:eligibility
import { performance } from 'node:perf_hooks';
import { createRandom } from '@siae/sample-data';
import { iaeCriteria } from '@siae/model';
import { createIaeEligibilityEvaluator, evaluateIaeEligibility, type IaeEligibilityInput } from '../src/index';

/** The seeded generator of @siae/sample-data, as a plain function. */
const rng = (seed: number) => createRandom(seed).next;

const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
const codes = iaeCriteria.codes;
function generate(n: number, seed: number): IaeEligibilityInput[] {
  const r = rng(seed);
  const out: IaeEligibilityInput[] = [];
  for (let i = 0; i < n; i++) {
    const k = Math.floor(r() * 4);
    const criteria: string[] = [];
    for (let j = 0; j < k; j++) criteria.push(codes[Math.floor(r() * codes.length)]!);
    const day = new Date(Date.UTC(2020, 3, 1) + Math.floor(r() * 2400) * 86400000).toISOString().slice(0, 10);
    out.push({ structureKind: kinds[Math.floor(r() * kinds.length)]!, author: r() < 0.6 ? 'prescriber' : 'employer', criteria, date: day });
  }
  return out;
}

const N_COMPILED = Number(process.env.N_COMPILED ?? 1_000_000);
const N_ENGINE = Number(process.env.N_ENGINE ?? 10_000);
const CHUNK = 10_000;
const evaluator = createIaeEligibilityEvaluator();
const engineInputs = generate(N_ENGINE, 2);

// warm-up
const warm = generate(20_000, 3);
for (const input of warm) evaluator.evaluate(input);
for (let i = 0; i < 500; i++) await evaluateIaeEligibility(engineInputs[i % engineInputs.length]!);

// 1,000,000 distinct generated diagnoses, generated in chunks of 10,000 outside the timed part
// (as a batch job reading records would see them), evaluated one by one with full explanations.
let eligible = 0;
let compiledMs = 0;
for (let done = 0; done < N_COMPILED; done += CHUNK) {
  const chunk = generate(Math.min(CHUNK, N_COMPILED - done), 1000 + done);
  const t = performance.now();
  for (const input of chunk) if (evaluator.evaluate(input).eligible) eligible++;
  compiledMs += performance.now() - t;
}

let t0 = 0;

let eligibleEngine = 0;
t0 = performance.now();
for (const input of engineInputs) if ((await evaluateIaeEligibility(input)).eligible) eligibleEngine++;
const engineMs = performance.now() - t0;

const compiledRate = N_COMPILED / (compiledMs / 1000);
const engineRate = N_ENGINE / (engineMs / 1000);
console.log(`compiled evaluator: ${N_COMPILED} decisions in ${compiledMs.toFixed(0)} ms = ${Math.round(compiledRate).toLocaleString('en')} decisions/s (${eligible} eligible)`);
console.log(`json-rules-engine:  ${N_ENGINE} decisions in ${engineMs.toFixed(0)} ms = ${Math.round(engineRate).toLocaleString('en')} decisions/s (${eligibleEngine} eligible)`);
console.log(`ratio: ${(compiledRate / engineRate).toFixed(1)}x`);
console.log(`targets: >= 1,000,000/s ${compiledRate >= 1e6 ? 'met' : 'NOT met'}; >= 50x ${compiledRate / engineRate >= 50 ? 'met' : 'NOT met'}`);
