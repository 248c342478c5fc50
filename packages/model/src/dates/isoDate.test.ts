import { describe, expect, it } from 'vitest';
import { SiaeValidationError } from '../errors/validationError';
import {
  addDaysIso,
  addMonthsIso,
  addYearsIso,
  ageOn,
  calendarMonthsBetween,
  compareIsoDates,
  daysBetween,
  isIsoDate,
  isWithinIso,
  maxIsoDate,
  minIsoDate,
  parseIsoDate,
  toIsoDate,
} from './isoDate';

describe('isIsoDate', () => {
  it('accepts days that exist, including 29 February of a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
  });
  it('refuses days that do not exist and other shapes', () => {
    for (const bad of ['2023-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-1-1', '01/02/2025', '', 20250101, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
});

describe('parseIsoDate / toIsoDate', () => {
  it('round-trips whatever the machine time zone', () => {
    for (const d of ['2025-01-01', '2024-02-29', '2026-03-29', '2025-10-26', '1999-12-31']) {
      expect(toIsoDate(parseIsoDate(d))).toBe(d);
    }
  });
  it('throws a SiaeValidationError that does not echo the value', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(SiaeValidationError);
    expect(() => parseIsoDate('2023-02-29')).not.toThrow(/2023/);
  });
});

describe('date arithmetic', () => {
  it('adds days across a daylight-saving change without moving the day', () => {
    expect(addDaysIso('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDaysIso('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDaysIso('2025-10-25', 2)).toBe('2025-10-27');
  });
  it('gives the PASS IAE default end: 730 days, end inclusive', () => {
    expect(addDaysIso('2025-01-01', 729)).toBe('2026-12-31');
  });
  it('clamps months and years to the end of a shorter month', () => {
    expect(addMonthsIso('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonthsIso('2024-12-03', 6)).toBe('2025-06-03');
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('counts days and calendar months between two dates', () => {
    expect(daysBetween('2025-01-01', '2025-01-31')).toBe(30);
    expect(daysBetween('2025-01-31', '2025-01-01')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarMonthsBetween('2025-01-31', '2025-02-01')).toBe(1);
  });
});

describe('ageOn', () => {
  it('is 50 on the 50th birthday and 49 the day before', () => {
    expect(ageOn('1975-06-15', '2025-06-15')).toBe(50);
    expect(ageOn('1975-06-15', '2025-06-14')).toBe(49);
  });
  it('completes the year of a 29 February birth on 1 March of a common year', () => {
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });
});

describe('comparisons', () => {
  it('orders, bounds and picks dates', () => {
    expect(compareIsoDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareIsoDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareIsoDates('2025-01-03', '2025-01-02')).toBe(1);
    expect(isWithinIso('2025-01-01', '2025-01-01', '2025-12-31')).toBe(true);
    expect(isWithinIso('2025-12-31', '2025-01-01', '2025-12-31')).toBe(true);
    expect(isWithinIso('2026-01-01', '2025-01-01', '2025-12-31')).toBe(false);
    expect(maxIsoDate('2025-01-01', '2024-12-31')).toBe('2025-01-01');
    expect(minIsoDate('2025-01-01', '2024-12-31')).toBe('2024-12-31');
  });
});

describe('date bounds', () => {
  it('reads years 0000 to 0099 as written', () => {
    expect(addDaysIso('0025-01-01', 1)).toBe('0025-01-02');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });
  it('refuses a result after 9999-12-31 with a typed error, not a five-digit year', () => {
    expect(() => addDaysIso('9999-12-31', 1)).toThrow(SiaeValidationError);
    expect(() => addYearsIso('9999-12-31', 1)).toThrow(/date_out_of_range|0000|9999/);
    expect(addDaysIso('9999-12-30', 1)).toBe('9999-12-31');
  });
  it('refuses a non-integer number of days, months or years', () => {
    expect(() => addDaysIso('2025-01-01', 1.5)).toThrow(SiaeValidationError);
    expect(() => addMonthsIso('2025-01-01', Number.NaN)).toThrow(SiaeValidationError);
    expect(() => addYearsIso('2025-01-01', '1' as never)).toThrow(SiaeValidationError);
  });
  it('validates both sides of comparisons', () => {
    expect(() => compareIsoDates('2025-01-01', '06/01/2025')).toThrow(SiaeValidationError);
    expect(() => isWithinIso('2025-3-5', '2025-01-01', '2025-12-31')).toThrow(SiaeValidationError);
  });
});
