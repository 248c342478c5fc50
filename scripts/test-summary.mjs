// Prints one closing line for CI from the vitest JSON reports of the three time-zone runs and the
// checks that record themselves in .test-results/checks/ (the HTML check writes `skipped` there
// when no Chromium can be found or installed): "tests: N passed, N failed, N skipped", with the
// skipped suites and checks named on the lines above it (the PostgreSQL equality tests without a
// server say so in their names). Exits 1 when a report is missing or anything failed; a skipped
// check does not fail the run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = '.test-results';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = new Set();
for (const f of files) {
  const r = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A skipped test says why in its name (the PostgreSQL equality tests without a server).
  for (const t of r.testResults ?? []) for (const a of t.assertionResults ?? []) if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') skippedNames.add(a.ancestorTitles?.[0] ?? a.title);
}
const checks = join(dir, 'checks');
if (existsSync(checks)) {
  for (const f of readdirSync(checks).filter((x) => x.endsWith('.json')).sort()) {
    const c = JSON.parse(readFileSync(join(checks, f), 'utf8'));
    if (c.status === 'passed') passed++;
    else if (c.status === 'skipped') {
      skipped++;
      skippedNames.add(`${c.name} (${c.reason})`);
    } else failed++;
  }
}
if (files.length === 0 || passed === 0) {
  console.log(`tests: 0 passed, 1 failed, ${skipped} skipped`);
  process.exit(1);
}
for (const name of skippedNames) console.log(`skipped: ${name}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
