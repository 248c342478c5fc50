import { UTCDate } from '@date-fns/utc';
import {
  addDays,
  addMonths,
  addYears,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInYears,
} from 'date-fns';
import { expectInteger, type FieldPath, invalidArgument } from '../errors/guards';

/**
 * A calendar date as an ISO `YYYY-MM-DD` string. Flavoured: any string is accepted by the
 * type checker, schemas check the shape and that the day exists.
 */
export type IsoDate = string & { readonly __flavor?: 'IsoDate' };

/**
 * Whether a value is an ISO `YYYY-MM-DD` string naming a day that exists (2024-02-29 yes,
 * 2023-02-29 no).
 *
 * @example isIsoDate('2024-02-29') // true
 * @example isIsoDate('2023-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Hand-rolled (no regex, no Date) because batch paths call it once per record.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[m - 1]!;
  return d <= max;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads `length` decimal digits of `s` from `start`; -1 when one is not a digit. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The value as an ISO date naming a day that exists, or a `SiaeValidationError` at `path`
 * (code `invalid_date`, French and English, never the value). The guard of every public
 * function that takes a date.
 */
export function expectIsoDate(value: unknown, path: FieldPath = 'date', what = 'date'): IsoDate {
  if (isIsoDate(value)) return value;
  if (value === undefined) return invalidArgument(what, path, 'required', 'champ obligatoire manquant', 'required field is missing');
  return invalidArgument(what, path, 'invalid_date', 'doit être une date au format AAAA-MM-JJ qui existe', 'must be an existing date in YYYY-MM-DD format');
}

/**
 * Turns an ISO date into a `UTCDate` at midnight UTC, so that date-fns computes in UTC and no
 * time zone of the machine can move the day. Years 0000 to 0099 are read as written (not as
 * 1900 to 1999, as `Date.UTC` would). It is typed as the `Date` that `UTCDate` (from
 * `@date-fns/utc`) extends, so that this package's declarations need no other package's types.
 *
 * @throws {SiaeValidationError} when the value is not a valid ISO date (the message never echoes it).
 */
export function parseIsoDate(value: IsoDate, path: FieldPath = 'date'): Date {
  expectIsoDate(value, path);
  const y = digits(value, 0, 4);
  const d = new UTCDate(Date.UTC(2000, digits(value, 5, 2) - 1, digits(value, 8, 2)));
  if (y !== 2000) d.setUTCFullYear(y);
  return d;
}

/**
 * Formats a date as an ISO `YYYY-MM-DD` string, reading its UTC fields.
 *
 * @throws {SiaeValidationError} (code `date_out_of_range`) for an invalid date or a year outside
 * 0000-9999, which `YYYY-MM-DD` cannot write.
 */
export function toIsoDate(date: Date, path: FieldPath = 'date'): IsoDate {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  const y = Number.isNaN(time) ? Number.NaN : date.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) {
    return invalidArgument('date', path, 'date_out_of_range', 'la date doit tomber entre les années 0000 et 9999', 'the date must fall between the years 0000 and 9999');
  }
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Adds (or with a negative number, subtracts) days to an ISO date.
 *
 * @example addDaysIso('2025-01-01', 729) // '2026-12-31'
 */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  expectInteger(days, 'days', 'date');
  return toIsoDate(addDays(parseIsoDate(date), days));
}

/**
 * Adds months to an ISO date; the day is clamped to the end of a shorter month, as date-fns does.
 *
 * @example addMonthsIso('2024-08-31', 6) // '2025-02-28'
 */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  expectInteger(months, 'months', 'date');
  return toIsoDate(addMonths(parseIsoDate(date), months));
}

/**
 * Adds years to an ISO date (29 February becomes 28 February in a common year).
 *
 * @example addYearsIso('2024-02-29', 1) // '2025-02-28'
 */
export function addYearsIso(date: IsoDate, years: number): IsoDate {
  expectInteger(years, 'years', 'date');
  return toIsoDate(addYears(parseIsoDate(date), years));
}

/**
 * Number of calendar days from `earlier` to `later` (negative when `later` is before).
 *
 * @example daysBetween('2025-01-01', '2025-01-31') // 30
 */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(later, 'later'), parseIsoDate(earlier, 'earlier'));
}

/** Number of calendar months from `earlier` to `later` (month numbers only, days ignored). */
export function calendarMonthsBetween(earlier: IsoDate, later: IsoDate): number {
  return differenceInCalendarMonths(parseIsoDate(later, 'later'), parseIsoDate(earlier, 'earlier'));
}

/**
 * Age in whole years on a day: a person born 1975-06-15 is 50 on 2025-06-15, 49 the day before.
 * A person born on 29 February has their birthday on 1 March in common years (civil-law reading
 * used by date-fns: the year is complete once the same month and day is reached or passed).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  return differenceInYears(parseIsoDate(date, 'date'), parseIsoDate(birthDate, 'birthDate'));
}

/** Compares two ISO dates (-1, 0, 1); ISO strings sort as dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  expectIsoDate(a, 'a');
  expectIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `date` lies in `[from, to]`, both ends inclusive. */
export function isWithinIso(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  expectIsoDate(date, 'date');
  expectIsoDate(from, 'from');
  expectIsoDate(to, 'to');
  return date >= from && date <= to;
}

/** The later of two ISO dates. */
export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  expectIsoDate(a, 'a');
  expectIsoDate(b, 'b');
  return a >= b ? a : b;
}

/** The earlier of two ISO dates. */
export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  expectIsoDate(a, 'a');
  expectIsoDate(b, 'b');
  return a <= b ? a : b;
}
