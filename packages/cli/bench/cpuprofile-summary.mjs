// Reads a V8 .cpuprofile (from `node --cpu-prof`) and prints where the time went: self time per
// function, and total time (on the stack, counted once per sample) per function.
//   node packages/cli/bench/cpuprofile-summary.mjs <file.cpuprofile> [--top 40] [--match name]
// --match prints only the functions whose name or file contains the text.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: cpuprofile-summary.mjs <file.cpuprofile> [--top N] [--match text]');
  process.exit(2);
}
const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? d : process.argv[i + 1];
};
const top = Number(arg('--top', 40));
const match = arg('--match', null);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  const url = f.url ? f.url.replace(/^.*\/(packages|node_modules)\//, '$1/') : '';
  return `${f.functionName || '(anonymous)'} ${url ? `${url}:${f.lineNumber + 1}` : ''}`.trim();
};
// Time per sample: the deltas (µs).
const self = new Map();
const total = new Map();
let all = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  all += dt;
  const id = profile.samples[i];
  const leaf = nodes.get(id);
  const l = label(leaf);
  self.set(l, (self.get(l) ?? 0) + dt);
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const k = label(nodes.get(n));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + dt);
  }
}
const show = (title, m) => {
  console.log(`\n${title} (of ${(all / 1e6).toFixed(1)} s sampled)`);
  const rows = [...m].filter(([k]) => !match || k.includes(match)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [k, v] of rows) console.log(`${(v / 1e6).toFixed(2).padStart(8)} s ${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`);
};
show('self time', self);
show('total time', total);
