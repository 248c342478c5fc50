import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { isSmallSample, wilsonInterval, Z_95 } from './wilson';

describe('wilsonInterval', () => {
  it('gives the known 95 % Wilson intervals', () => {
    // Hand-computed with the formula (p + z²/2n ∓ z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96.
    const half = wilsonInterval(5, 10)!;
    expect(half.low).toBeCloseTo(0.236593, 6);
    expect(half.high).toBeCloseTo(0.763407, 6);
    // 81 / 263: the textbook example, (0.2553, 0.3662).
    const book = wilsonInterval(81, 263)!;
    expect(book.low).toBeCloseTo(0.255289, 6);
    expect(book.high).toBeCloseTo(0.36621, 5);
    // The sample report's dynamic rate, 56 / 155.
    const sample = wilsonInterval(56, 155)!;
    expect(sample.low).toBeCloseTo(0.289865, 6);
    expect(sample.high).toBeCloseTo(0.439425, 6);
  });

  it('keeps a width on 0 % and 100 % and stays within [0, 1]', () => {
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.277533, 6) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.722467, 6), high: 1 });
    expect(wilsonInterval(1, 1)).toEqual({ low: expect.closeTo(0.206549, 6), high: 1 });
  });

  it('narrows as the cohort grows and always holds the rate', () => {
    const small = wilsonInterval(3, 10)!;
    const large = wilsonInterval(300, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    for (const r of [small, large]) {
      expect(r.low).toBeLessThan(0.3);
      expect(r.high).toBeGreaterThan(0.3);
    }
  });

  it('uses another z when given (z = 1 for about 68 %)', () => {
    const r = wilsonInterval(5, 10, 1)!;
    // centre 0.5, half-width √(0.025 + 0.0025) / 1.1 = 0.150756...
    expect(r.low).toBeCloseTo(0.5 - 0.150756, 6);
    expect(r.high).toBeCloseTo(0.5 + 0.150756, 6);
    expect(Z_95).toBeCloseTo(1.96, 2);
  });

  it('is null for an empty denominator', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('throws a typed error naming the field, never the value', () => {
    for (const [n, d, z, path] of [
      [3, 2, Z_95, 'numerator'],
      [-1, 2, Z_95, 'numerator'],
      [1.5, 2, Z_95, 'numerator'],
      [1, Number.NaN, Z_95, 'denominator'],
      [1, 2, 0, 'z'],
      [1, 2, Number.POSITIVE_INFINITY, 'z'],
    ] as const) {
      let error: unknown;
      try {
        wilsonInterval(n, d, z);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SiaeValidationError);
      expect((error as SiaeValidationError).issues[0]!.pathText).toBe(path);
      expect((error as Error).message).not.toContain('1.5');
    }
  });
});

describe('isSmallSample', () => {
  it('flags fewer than 10 exits', () => {
    expect(isSmallSample(0)).toBe(true);
    expect(isSmallSample(9)).toBe(true);
    expect(isSmallSample(10)).toBe(false);
  });
});
