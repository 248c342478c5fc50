import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { BOOLEAN_FALSE, BOOLEAN_TRUE } from '../../input/convert';
import { booleanSql, rowNeedsTrimSql, trimmedSql } from './cellSql';

/** The characters `String.prototype.trim` removes, as the JS reader trims every cell. */
const WHITESPACE = [...'\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const c = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    c.closeSync();
  }
}

const literal = (s: string | null) => (s === null ? 'CAST(NULL AS VARCHAR)' : `'${s.replace(/'/g, "''")}'`);

describe('trimming as the JS reader trims', () => {
  it('finds a row to trim whatever the whitespace character and the cell, and only then', async () => {
    // Every character String.prototype.trim removes, at the start or the end of the first, a middle
    // (after a NULL cell) or the last cell; and rows with inner spaces only, which need nothing.
    const cases: { cells: (string | null)[]; needs: boolean }[] = [];
    for (const w of WHITESPACE) {
      expect(w.trim()).toBe('');
      cases.push({ cells: [`${w}a`, 'b', 'c'], needs: true }, { cells: ['a', null, `b${w}`, 'c'], needs: true }, { cells: ['a', 'b', `c${w}`], needs: true }, { cells: ['a', `${w}`, 'c'], needs: true });
      cases.push({ cells: [`a${w}b`, `c${w}d`, null], needs: false });
    }
    cases.push({ cells: ['\u0001', 'a'], needs: false }, { cells: ['x\u00a0y', 'é ü'], needs: false });
    const sql = cases.map((k, n) => `SELECT ${n} AS n, ${rowNeedsTrimSql(k.cells.map(literal))} AS needs`).join(' UNION ALL ');
    const got = await rows(`SELECT * FROM (${sql}) ORDER BY n`);
    expect(got.map((r) => r.needs)).toEqual(cases.map((k) => k.needs));
  });
  it('trims a cell to what String.prototype.trim gives, NULL when empty', async () => {
    const cells = ['', ' ', 'a', ' a ', '\u00a0a\u3000', '\ufeffb\u2028', 'a b', '\u0085a'];
    const got = await rows(cells.map((c, n) => `SELECT ${n} AS n, ${trimmedSql(literal(c))} AS t`).join(' UNION ALL ') + ' ORDER BY n');
    expect(got.map((r) => r.t)).toEqual(cells.map((c) => (c.trim() === '' ? null : c.trim())));
  });
});

describe('booleans as the JS reader reads them', () => {
  it('reads every word of its lists, in any case, and nothing else', async () => {
    const words = [...BOOLEAN_TRUE, ...BOOLEAN_FALSE].filter((w) => w !== '');
    const cells = [...words, ...words.map((w) => w.toUpperCase()), 'peut-être', 'ouii', '2'];
    const got = await rows(cells.map((c, n) => `SELECT ${n} AS n, ${booleanSql(literal(c))} AS b`).join(' UNION ALL ') + ' ORDER BY n');
    const expected = cells.map((c) => (BOOLEAN_TRUE.has(c.toLowerCase()) ? true : BOOLEAN_FALSE.has(c.toLowerCase()) ? false : null));
    expect(got.map((r) => r.b)).toEqual(expected);
  });
});
