import { addDaysIso, addMonthsIso } from '@siae/model';
import { describe, expect, it } from 'vitest';
import { createDateCache } from './dates';

describe('createDateCache', () => {
  it('gives the same dates as the model helpers, across month ends, leap days and years', () => {
    const c = createDateCache();
    for (const date of ['2024-01-31', '2024-02-28', '2024-02-29', '2025-12-31', '1962-01-01']) {
      for (const n of [-400, -31, -1, 0, 1, 29, 365, 729]) expect(c.addDays(date, n)).toBe(addDaysIso(date, n));
      for (const n of [-12, -1, 1, 6, 24]) expect(c.addMonths(date, n)).toBe(addMonthsIso(date, n));
    }
    expect(c.addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(c.addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
