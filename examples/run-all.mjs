// Runs every example script of this folder (files named *.example.ts) with tsx, against the
// built packages (the default export conditions resolve to dist, as for a user). Any failure
// fails the whole run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.example.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], { stdio: 'inherit', cwd: here });
  if (r.status !== 0) {
    failed++;
    console.error(`example failed: ${file}`);
  } else {
    console.log(`example ok: ${file}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
