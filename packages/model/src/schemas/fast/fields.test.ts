import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idSchema } from '../../primitives';
import { isoMonthSchema, timeSchema } from '../common';
import { isMonth, isNumberIn, isText, isTime } from './fields';

/** Every string of `length` characters taken from `alphabet`. */
function* strings(alphabet: string, length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of alphabet) for (const tail of strings(alphabet, length - 1)) yield head + tail;
}

describe('isTime', () => {
  it('agrees with timeSchema on every string of 5 characters of digits, colon and a letter, and of 4 and 6', () => {
    const disagree: string[] = [];
    for (const [alphabet, length] of [['0123456789:a', 5], ['0129:', 4], ['0129:', 6]] as const) {
      for (const s of strings(alphabet, length)) if (isTime(s) !== timeSchema.safeParse(s).success) disagree.push(s);
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with timeSchema on any value', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 7 }), fc.anything()), (v) => isTime(v) === timeSchema.safeParse(v).success));
  });
});

describe('isMonth', () => {
  it('agrees with isoMonthSchema on strings of digits and dashes around YYYY-MM', () => {
    const disagree: string[] = [];
    const check = (s: string) => {
      if (isMonth(s) !== isoMonthSchema.safeParse(s).success) disagree.push(s);
    };
    for (const s of strings('0129-', 7)) check(s);
    for (let m = -1; m <= 100; m++) for (const s of [`2025-${m}`, `2025-${String(m).padStart(2, '0')}`, `0000-${m}`]) check(s);
    expect(disagree).toEqual([]);
  });

  it('agrees with isoMonthSchema on any value', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^\d{4}-\d{1,3}$/), fc.anything()), (v) => isMonth(v) === isoMonthSchema.safeParse(v).success));
  });
});

describe('isText', () => {
  it('counts characters as zod does, in code points (an emoji is one, a lone surrogate one)', () => {
    for (const s of ['', 'x', '😀', '\ud83d', '\ude00', 'x'.repeat(200), 'x'.repeat(201), '😀'.repeat(200), '😀'.repeat(201), `${'😀'.repeat(199)}\ud83d`, `${'😀'.repeat(200)}\ud83d`]) {
      expect(isText(s, 1, 200), JSON.stringify(s)).toBe(idSchema.safeParse(s).success);
      expect(isText(s, 0, 300), JSON.stringify(s)).toBe(z.string().max(300).safeParse(s).success);
    }
  });

  it('agrees with zod on any string', () => {
    const unit = fc.constantFrom('x', '😀', '\ud83d', '\ude00');
    const text = fc.array(unit, { maxLength: 320 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.constantFrom([1, 200], [1, 300], [0, 200], [0, 300], [2, 3]), (s, [min, max]) => isText(s, min!, max!) === z.string().min(min!).max(max!).safeParse(s).success));
  });
});

describe('isNumberIn', () => {
  it('refuses NaN, infinities and non-numbers, and keeps both bounds', () => {
    expect(isNumberIn(0, 0, 48)).toBe(true);
    expect(isNumberIn(-0, 0, 48)).toBe(true);
    expect(isNumberIn(48, 0, 48)).toBe(true);
    expect(isNumberIn(48.0001, 0, 48)).toBe(false);
    expect(isNumberIn(-1e-9, 0, 48)).toBe(false);
    expect(isNumberIn(Number.NaN, 0, 48)).toBe(false);
    expect(isNumberIn(Number.POSITIVE_INFINITY, 0, Number.POSITIVE_INFINITY)).toBe(false);
    expect(isNumberIn('1', 0, 48)).toBe(false);
  });
});
