import { describe, expect, it } from 'vitest';
import { createPairSet } from './pairSet';

describe('createPairSet', () => {
  it('tells a new pair from one already added, on both numbers', () => {
    const s = createPairSet(4);
    expect(s.add(1, 20250101)).toBe(true);
    expect(s.add(1, 20250101)).toBe(false);
    expect(s.add(2, 20250101)).toBe(true);
    expect(s.add(1, 20250102)).toBe(true);
    expect(s.size).toBe(3);
  });
  it('keeps apart large second numbers that share their low 32 bits', () => {
    const s = createPairSet(3);
    const b = (20251231 * 1440 + 600) * 1440 + 720; // a day and two times packed, above 2^32
    expect(s.add(0, b)).toBe(true);
    expect(s.add(0, b + 2 ** 32)).toBe(true);
    expect(s.add(0, b)).toBe(false);
    expect(s.size).toBe(2);
  });
  it('refuses more pairs than it was sized for', () => {
    const s = createPairSet(1);
    s.add(0, 0);
    expect(() => s.add(0, 1)).toThrow(RangeError);
  });
});
