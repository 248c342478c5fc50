import { describe, expect, it } from 'vitest';
import { convertCell, parseFrenchDate, parseFrenchMonth, parseFrenchNumber } from './convert';
import { checkPlausibleDate, frenchDatesInJson } from './plausible';

describe('French numbers, dates, months and times', () => {
  it('reads numbers with a decimal comma or point and spaces between thousands; refuses ambiguous ones', () => {
    expect(parseFrenchNumber('118,5')).toBe(118.5);
    expect(parseFrenchNumber('26.5')).toBe(26.5);
    expect(parseFrenchNumber('1 234,5')).toBe(1234.5);
    expect(parseFrenchNumber('1\u202f234')).toBe(1234);
    expect(parseFrenchNumber('-3')).toBe(-3);
    expect(parseFrenchNumber('1.234,5')).toBeNull();
    expect(parseFrenchNumber('1,2,3')).toBeNull();
    expect(parseFrenchNumber('12,')).toBeNull();
    expect(parseFrenchNumber('douze')).toBeNull();
    expect(parseFrenchNumber('Infinity')).toBeNull();
  });
  it('reads dates JJ/MM/AAAA and AAAA-MM-JJ; refuses two-digit years and days that do not exist', () => {
    expect(parseFrenchDate('31/07/2025')).toEqual({ value: '2025-07-31' });
    expect(parseFrenchDate('1/2/2025')).toEqual({ value: '2025-02-01' });
    expect(parseFrenchDate('31/07/2025 00:00:00')).toEqual({ value: '2025-07-31' });
    expect(parseFrenchDate('2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseFrenchDate('29/02/2025')).toMatchObject({ code: 'invalid_date' });
    expect(parseFrenchDate('31/07/25')).toMatchObject({ code: 'two_digit_year' });
    expect(parseFrenchDate('07/31/2025')).toMatchObject({ code: 'invalid_date' });
  });
  it('reads months MM/AAAA, AAAA-MM and the first day of a month', () => {
    expect(parseFrenchMonth('03/2025')).toEqual({ value: '2025-03' });
    expect(parseFrenchMonth('3/2025')).toEqual({ value: '2025-03' });
    expect(parseFrenchMonth('2025-03')).toEqual({ value: '2025-03' });
    expect(parseFrenchMonth('01/03/2025')).toEqual({ value: '2025-03' });
    expect(parseFrenchMonth('15/03/2025')).toMatchObject({ code: 'invalid_month' });
    expect(parseFrenchMonth('03/25')).toMatchObject({ code: 'two_digit_year' });
    expect(parseFrenchMonth('2025-13')).toMatchObject({ code: 'invalid_month' });
  });
  it('reads times HH:MM, 9h30 and HH:MM:00', () => {
    expect(convertCell('9h30', { field: 'startTime', type: 'time' })).toEqual({ value: '09:30' });
    expect(convertCell('09:30:00', { field: 'startTime', type: 'time' })).toEqual({ value: '09:30' });
    expect(convertCell('09:30:15', { field: 'startTime', type: 'time' })).toMatchObject({ code: 'invalid_time' });
  });
});

describe('plausible dates', () => {
  it('keeps events within 1990-2100 and birth dates within 1900-2100', () => {
    expect(checkPlausibleDate('1990-01-01', 'date')).toBeNull();
    expect(checkPlausibleDate('1989-12-31', 'startDate')).toMatchObject({ code: 'implausible_date' });
    expect(checkPlausibleDate('2101-01-01', 'date')).toMatchObject({ code: 'implausible_date' });
    expect(checkPlausibleDate('1950-06-01', 'birthDate')).toBeNull();
    expect(checkPlausibleDate('1899-12-31', 'birthDate')).toMatchObject({ code: 'implausible_date' });
    expect(convertCell('12/05/1962', { field: 'birthDate', type: 'date' })).toEqual({ value: '1962-05-12' });
    expect(convertCell('12/05/1962', { field: 'startDate', type: 'date' })).toMatchObject({ code: 'implausible_date' });
  });
  it('reads the dates of a JSON record the French way, without changing the input', () => {
    const input = { personId: 'X', events: [{ type: 'hired', date: '06/01/2025', passIae: { start: '06/01/2025', end: '9999-12-31' } }], title: '01/02/2025' };
    const copy = structuredClone(input);
    const r = frenchDatesInJson(input);
    expect(input).toEqual(copy);
    expect(r.value).toEqual({ personId: 'X', events: [{ type: 'hired', date: '2025-01-06', passIae: { start: '2025-01-06', end: '9999-12-31' } }], title: '01/02/2025' });
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([['events[0].passIae.end', 'implausible_date']]);
  });
});
