// Prints one closing line for CI from the vitest JSON reports of the three time-zone runs:
// "tests: N passed, N failed" (", N skipped" and the skipped suites named above it when some were). Exits 1 when a report is missing or any test failed.
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
  skipped += r.numPendingTests ?? 0;
  // A skipped test says why in its name (the PostgreSQL equality tests without a server).
  for (const t of r.testResults ?? []) for (const a of t.assertionResults ?? []) if (a.status === 'pending' || a.status === 'skipped') skippedNames.add(a.ancestorTitles?.[0] ?? a.title);
}
if (files.length === 0 || passed === 0) {
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
for (const name of skippedNames) console.log(`skipped: ${name}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
