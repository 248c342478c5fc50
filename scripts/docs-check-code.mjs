// Checks the ```ts code blocks of docs/**/*.md and README.md against the built packages (run after
// the build; called by scripts/docs.mjs, or alone: node scripts/docs-check-code.mjs).
// Each block is written to examples/.docs-check/ (inside the repo, so `@siae/*` resolve through the
// examples' node_modules to the packages' dist, as a user's would), then
//   1. all blocks are type-checked together by tsc (strict, each file its own module, without the
//      `@siae/source` condition: the published .d.ts files are what is checked);
//   2. each block is run with tsx (a block that throws, e.g. a failed assertion, fails the check).
// Blocks fenced as ```ts no-check are skipped (partial snippets, shell-like listings).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Markdown files whose code blocks and links are checked (docs/** without generated folders, README). */
export function markdownFiles() {
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (!['api', 'site', 'generated'].includes(f)) walk(p);
      } else if (f.endsWith('.md')) out.push(p);
    }
  };
  walk(join(root, 'docs'));
  out.push(join(root, 'README.md'));
  return out;
}

/** The ```ts blocks of a Markdown text: { index (1-based), code, skip }. */
export function codeBlocks(text) {
  return [...text.matchAll(/^```ts([^\n]*)\n([\s\S]*?)^```/gm)].map((m, i) => ({ index: i + 1, code: m[2], skip: /\bno-check\b/.test(m[1]) }));
}

const run = (file, cwd) =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => done({ status, stderr }));
  });

/** Checks every block; returns the list of failures (strings). */
export async function checkCodeBlocks() {
  const failures = [];
  const examples = join(root, 'examples');
  const dir = join(examples, '.docs-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const blocks = [];
  let skipped = 0;
  for (const file of markdownFiles()) {
    for (const b of codeBlocks(readFileSync(file, 'utf8'))) {
      if (b.skip) {
        skipped++;
        continue;
      }
      const name = `${relative(root, file).replace(/[\\/.]/g, '_')}_${b.index}.ts`;
      writeFileSync(join(dir, name), b.code);
      blocks.push({ name, where: `code block ${b.index} of ${relative(root, file)}` });
    }
  }
  // 1. Type-check (tsc from the root's node_modules, types from the examples' node_modules).
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        moduleDetection: 'force',
        strict: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        resolveJsonModule: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
      },
      include: ['*.ts'],
    }),
  );
  if (blocks.length > 0) {
    const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: dir, encoding: 'utf8' });
    if (tsc.status !== 0) {
      const byFile = new Map(blocks.map((b) => [b.name, b.where]));
      const lines = tsc.stdout.split('\n').filter((l) => /^\S+\.ts\(\d+,\d+\): error/.test(l));
      for (const l of lines.slice(0, 20)) failures.push(`type error in ${byFile.get(l.split('(')[0]) ?? l}: ${l.slice(l.indexOf(': error') + 2)}`);
      if (lines.length === 0) failures.push(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
    }
  }
  // 2. Run them, a few at a time.
  const queue = [...blocks];
  const worker = async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const r = await run(join(dir, b.name), examples);
      if (r.status !== 0) failures.push(`${b.where} failed when run:\n${r.stderr.split('\n').slice(0, 8).join('\n')}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  rmSync(dir, { recursive: true, force: true });
  return { failures, checked: blocks.length, skipped };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { failures, checked, skipped } = await checkCodeBlocks();
  for (const f of failures) console.error(`docs: ${f}`);
  console.log(`docs: ${checked} code blocks type-checked and run (${skipped} marked no-check)`);
  if (failures.length > 0) process.exitCode = 1;
}
