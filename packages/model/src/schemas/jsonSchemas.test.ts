import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './jsonSchemas';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

describe('jsonSchemas', () => {
  const schemas = jsonSchemas();
  it('covers every table, the dataset and the parcours event', () => {
    expect(Object.keys(schemas)).toHaveLength(15);
    expect(JSON.stringify(schemas.dataset)).toContain('"exits"');
  });
  it('is committed and up to date (run: pnpm --filter @siae/model run json-schemas)', () => {
    expect(existsSync(dir)).toBe(true);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(schemas).map((n) => `${n}.json`).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
