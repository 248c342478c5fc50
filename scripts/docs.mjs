// Builds the docs: the typedoc API reference under docs/api (generated, never committed).
import { spawnSync } from 'node:child_process';

const r = spawnSync('typedoc', ['--options', 'typedoc.json'], { stdio: 'inherit', shell: false });
process.exit(r.status ?? 1);
