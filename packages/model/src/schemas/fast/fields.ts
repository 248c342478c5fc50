// Field checks for the fast row checks: each answers true only for a value the matching zod
// schema accepts and returns unchanged. No allocation: they run once per field of millions of rows.

/** Whether a value is a plain object (prototype `Object.prototype`), the only kind zod returns equal. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Whether a value is a plain array (prototype `Array.prototype`) with no named property, the only
 * kind zod's copy equals. Its callers check every element, so a hole (which zod refuses) is caught
 * there; with no hole, as many enumerable keys as elements means no named property.
 */
export function isPlainArray(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
  let keys = 0;
  for (const _ in value) keys++;
  return keys === value.length;
}

/** The number of Unicode code points of a string: a surrogate pair counts once, a lone surrogate once. */
function codePointLength(s: string): number {
  const units = s.length;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Whether a value is a string of `min` to `max` characters as zod's `.min()`/`.max()` count them:
 * in Unicode code points (an emoji is one). Counted only when the UTF-16 length leaves a doubt.
 */
export function isText(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string') return false;
  const units = value.length;
  if (units < min) return false;
  if (units <= max && units >= 2 * min) return true;
  const points = codePointLength(value);
  return points >= min && points <= max;
}

/** Whether a value is an id as `idSchema` accepts it: a string of 1 to 200 characters. */
export function isId(value: unknown): value is string {
  return isText(value, 1, 200);
}

/** Whether a value is a finite number in `[min, max]` (zod 4's `z.number()` refuses NaN and ±Infinity). */
export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/** Whether a value is one of the codes of a code list (the list's zod enum). */
export function isCode(list: { has(code: string): boolean }, value: unknown): boolean {
  return typeof value === 'string' && list.has(value);
}

/** Whether a value is absent (undefined) or a boolean: `z.boolean().optional()`. */
export function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

/** Character code of `0`. */
const ZERO = 48;

/** The digit at `i` of `s`, or -1 when it is not an ASCII digit. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Whether a value is a time `HH:MM` (00:00 to 23:59) exactly as `timeSchema`'s pattern accepts it. */
export function isTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return false;
  const h1 = digitAt(value, 0);
  const h2 = digitAt(value, 1);
  const m1 = digitAt(value, 3);
  return h1 >= 0 && h1 <= 2 && h2 >= 0 && (h1 < 2 || h2 <= 3) && m1 >= 0 && m1 <= 5 && digitAt(value, 4) >= 0;
}

/** Whether a value is a month `YYYY-MM` (month 01 to 12) exactly as `isoMonthSchema` accepts it. */
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45) return false;
  for (let i = 0; i < 4; i++) if (digitAt(value, i) < 0) return false;
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  if (m1 < 0 || m2 < 0) return false;
  const month = m1 * 10 + m2;
  return month >= 1 && month <= 12;
}
