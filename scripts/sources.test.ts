// Every source a user reads must be one they can follow (issue 12, point 17): no string of the
// packages' exported data (code lists, catalogue, rules, référentiel, grids, parameters, duties)
// names a file of the authors' workspace (a `shared/...` path or a source file name such as
// `000_<16 hex>.txt`), and every `docs/sources.md#anchor` cited, in the data or in the docs,
// exists in docs/sources.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as eligibility from '../packages/eligibility/src/index';
import * as indicators from '../packages/indicators/src/index';
import * as model from '../packages/model/src/index';
import * as referentiel from '../packages/referentiel/src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A workspace path or a source file name: what a user's clone does not have. */
const WORKSPACE_PATH = /shared\/|\d{3}_[0-9a-f]{16}/;

/** Every string reachable from a value (objects, arrays, maps, sets), with its path; functions are skipped. */
function strings(value: unknown, path: string, out: { path: string; text: string }[], seen: Set<unknown>): void {
  if (typeof value === 'string') {
    out.push({ path, text: value });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) strings(v, `${path}.${String(k)}`, out, seen);
    return;
  }
  if (value instanceof Set) {
    for (const v of value) strings(v, `${path}[]`, out, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out, seen);
}

/** The data the packages export, plus what their data functions return (each référentiel edition). */
function exportedStrings(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const seen = new Set<unknown>();
  for (const [name, mod] of Object.entries({ model, eligibility, indicators, referentiel })) {
    for (const [key, value] of Object.entries(mod)) strings(value, `${name}.${key}`, out, seen);
  }
  for (const e of referentiel.listEditions()) {
    strings(referentiel.getReferentiel(e.edition), `referentiel.getReferentiel(${e.edition})`, out, seen);
    strings(referentiel.allActions(e.edition), `referentiel.allActions(${e.edition})`, out, seen);
  }
  strings(referentiel.listEditions(), 'referentiel.listEditions()', out, seen);
  strings(referentiel.allActionLinks(), 'referentiel.allActionLinks()', out, seen);
  return out;
}

/** The Markdown files of the docs and the README (generated pages and the API reference aside). */
function markdownFiles(): string[] {
  const files = [join(root, 'README.md')];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'generated' && f !== 'api') walk(p);
      } else if (f.endsWith('.md')) files.push(p);
    }
  };
  walk(join(root, 'docs'));
  return files;
}

const sourcesMd = readFileSync(join(root, 'docs', 'sources.md'), 'utf8');
const anchors = new Set([...sourcesMd.matchAll(/<a\s+id="([^"]+)"/g)].map((m) => m[1]!));
const cited = (text: string) => [...text.matchAll(/sources\.md#([a-z0-9-]+)/g)].map((m) => m[1]!);

describe('sources a user can follow', () => {
  const all = exportedStrings();

  it('reads a large part of the exported data (the walk is not empty)', () => {
    expect(all.filter((s) => s.path.endsWith('.source')).length).toBeGreaterThan(300);
  });

  it('never names a workspace path or a source file name in the exported data', () => {
    expect(all.filter((s) => WORKSPACE_PATH.test(s.text)).map((s) => s.path)).toEqual([]);
  });

  it('never names one in the README, the docs or the examples', () => {
    const files = [...markdownFiles(), ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'examples', f))];
    expect(files.filter((f) => WORKSPACE_PATH.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('describes the documents the brief names, each under its stable anchor', () => {
    for (const a of ['referentiel-insertion', 'uriae-npdc', 'plie', 'ai-parcours', 'inae', 'les-emplois', 'pilotage-airflow', 'circulaire-2008-21', 'instruction-2014-2']) {
      expect(anchors, a).toContain(a);
    }
  });

  it('cites only anchors that exist in docs/sources.md, in the data and in the docs', () => {
    const missing = all.flatMap((s) => cited(s.text).filter((a) => !anchors.has(a)).map((a) => `${s.path}: #${a}`));
    for (const f of markdownFiles()) for (const a of cited(readFileSync(f, 'utf8'))) if (!anchors.has(a)) missing.push(`${f}: #${a}`);
    expect(missing).toEqual([]);
  });

  it('cites docs/sources.md from the seed-based data (no bare « seed 00N » left)', () => {
    const sources = all.filter((s) => s.path.endsWith('.source'));
    expect(sources.filter((s) => /\bseed 00\d\b/.test(s.text)).map((s) => s.path)).toEqual([]);
    expect(sources.some((s) => s.text.includes('docs/sources.md#plie'))).toBe(true);
  });
});
