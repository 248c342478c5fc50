import { describe, expect, it } from 'vitest';
import { createPairIndex } from './pairIndex';

describe('createPairIndex', () => {
  it('numbers distinct pairs densely, in the order they are added', () => {
    const idx = createPairIndex();
    expect([idx.add('p1', 's1'), idx.add('p1', 's2'), idx.add('p2', 's1'), idx.add('p1', 's1')]).toEqual([0, 1, 2, 0]);
    expect(idx.size).toBe(3);
    expect([idx.first(2), idx.second(2)]).toEqual(['p2', 's1']);
  });
  it('finds added pairs and answers -1 for the others, without adding them', () => {
    const idx = createPairIndex();
    idx.add('a', 'b');
    expect(idx.find('a', 'b')).toBe(0);
    expect(idx.find('b', 'a')).toBe(-1);
    expect(idx.find('ab', '')).toBe(-1);
    expect(idx.size).toBe(1);
  });
  it('keeps every pair when it grows far beyond its first size', () => {
    const idx = createPairIndex(1);
    // (i % 10000, i % 7) are all distinct for i < 70,000 (10,000 and 7 are coprime): pair i gets number i.
    for (let i = 0; i < 50_000; i++) expect(idx.add(`p${i % 10_000}`, `s${i % 7}`)).toBe(i);
    expect(idx.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(idx.find(`p${i % 10_000}`, `s${i % 7}`)).toBe(i);
  });
});
