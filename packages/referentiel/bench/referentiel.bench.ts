// Benchmark (not a test): keyword search, self-assessment of a full offre de services and edition
// comparison, on one core. Run: pnpm run bench:referentiel
import { performance } from 'node:perf_hooks';
import { allActions, assessOffreDeServices, compareEditions, findActions } from '../src/index';

function time(label: string, n: number, fn: (i: number) => unknown): void {
  for (let i = 0; i < Math.min(100, n); i++) fn(i); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - t0;
  console.log(`${label}: ${n} runs in ${ms.toFixed(0)} ms (${((ms * 1000) / n).toFixed(1)} µs each)`);
}

const queries = ['référent', 'BILAN FINAL', 'formation', 'partenariat entreprises', 'xyzzy'];
time('findActions (keywords)', 20_000, (i) => findActions(queries[i % queries.length]!));
time('findActions (axis + fonction)', 20_000, (i) => findActions({ axis: 1 + (i % 4), fonction: 'accompagnement' }));

const declaration = {
  structureName: 'Bench',
  actions: Object.fromEntries(
    allActions().map((a, i) => [a.id, { done: i % 3 === 0 ? true : i % 3 === 1 ? ('partial' as const) : false, how: 'Procédure écrite', tools: ['livret'], partners: ['PLIE'], evidence: ['comptes rendus'] }]),
  ),
};
time('assessOffreDeServices (34 actions declared, Markdown included)', 5_000, () => assessOffreDeServices(declaration));
time('compareEditions (2008 → annexe-2)', 2_000, () => compareEditions('2008', 'annexe-2'));
