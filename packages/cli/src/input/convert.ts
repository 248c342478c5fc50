import { isIsoDate } from '@siae/model';
import type { ColumnSpec } from '../mapping/defaultMapping';
import { checkPlausibleDate, checkPlausibleMonth } from './plausible';

/** A problem in one cell or row of an input file: where, and what, in French and English. */
export interface RowIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the problem is not on a line (JSON, a whole file). */
  line: number;
  /** The column (header) concerned, when there is one; for JSON, the field path. */
  column: string | null;
  /** Table the row belongs to. */
  table: string;
  messageFr: string;
  messageEn: string;
  /**
   * What kind of problem (`invalid_date`, `csv_columns`, `duplicate`, `file_missing`...): the same
   * code for the same problem, so that problems can be counted per kind. Always set by this package.
   */
  code?: string;
  /** For a JSON dataset: the index of the record in its table. */
  index?: number;
}

/** The result of converting one cell: its value, or why it cannot be read (never quoting it). */
export type CellResult = { value: unknown } | { errorFr: string; errorEn: string; code?: string };

/** The words the reader takes as true (lower case). */
export const BOOLEAN_TRUE: ReadonlySet<string> = new Set(['oui', 'o', 'true', 'vrai', '1', 'yes', 'x']);
/** The words the reader takes as false (lower case). */
export const BOOLEAN_FALSE: ReadonlySet<string> = new Set(['non', 'n', 'false', 'faux', '0', 'no', '']);

const NOT_A_NUMBER = { errorFr: 'doit être un nombre (virgule décimale acceptée : 12,5)', errorEn: 'must be a number (decimal comma accepted: 12,5)', code: 'invalid_number' };
const NOT_A_BOOLEAN = { errorFr: 'doit valoir oui ou non', errorEn: 'must be yes or no', code: 'invalid_boolean' };
const TWO_DIGIT_YEAR = {
  errorFr: 'année sur deux chiffres : écrivez la date JJ/MM/AAAA ou AAAA-MM-JJ',
  errorEn: 'two-digit year: write the date as DD/MM/YYYY or YYYY-MM-DD',
  code: 'two_digit_year',
};
const NOT_A_DATE = {
  errorFr: 'doit être une date JJ/MM/AAAA ou AAAA-MM-JJ qui existe',
  errorEn: 'must be an existing date, DD/MM/YYYY or YYYY-MM-DD',
  code: 'invalid_date',
};
const NOT_A_MONTH = { errorFr: 'doit être un mois MM/AAAA ou AAAA-MM', errorEn: 'must be a month, MM/YYYY or YYYY-MM', code: 'invalid_month' };
const TWO_DIGIT_YEAR_MONTH = { errorFr: 'année sur deux chiffres : écrivez le mois MM/AAAA ou AAAA-MM', errorEn: 'two-digit year: write the month as MM/YYYY or YYYY-MM', code: 'two_digit_year' };
const NOT_A_TIME = { errorFr: 'doit être une heure HH:MM', errorEn: 'must be a time, HH:MM', code: 'invalid_time' };

const FR_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const FR_DATE_SHORT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const FR_MONTH = /^(\d{1,2})[/.-](\d{4})$/;
const FR_MONTH_SHORT = /^(\d{1,2})[/.-](\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const TIME = /^(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/;

/**
 * Reads a number the French way too: decimal comma (`118,5`), spaces (also non-breaking) between
 * thousands (`1 234,5`). `1.234,5` (a dot for thousands) is refused: it is ambiguous.
 */
export function parseFrenchNumber(text: string): number | null {
  // The common case first: digits with at most one decimal separator (`118`, `118,5`, `26.5`).
  const n = text.length;
  let separator = -1;
  let plain = n > 0 && n < 16;
  for (let i = 0; plain && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46) {
      if (separator >= 0 || i === 0 || i === n - 1) plain = false;
      else separator = i;
    } else if (c < 48 || c > 57) plain = false;
  }
  if (plain) return Number(separator >= 0 && text.charCodeAt(separator) === 44 ? `${text.slice(0, separator)}.${text.slice(separator + 1)}` : text);
  let v = text;
  if (/[\s\u00a0\u202f]/.test(v)) v = v.replace(/[\s\u00a0\u202f]/g, '');
  if (v.indexOf(',') >= 0) {
    if (v.indexOf('.') >= 0 || v.indexOf(',') !== v.lastIndexOf(',')) return null;
    v = v.replace(',', '.');
  }
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)(e[+-]?\d+)?$/i.test(v)) return null;
  const value = Number(v);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a date: `AAAA-MM-JJ`, or the French `JJ/MM/AAAA` (also `J/M/AAAA`, `JJ.MM.AAAA`,
 * `JJ-MM-AAAA`) as spreadsheets write it; a time part `00:00(:00)` after the date is dropped.
 * Two-digit years are refused with their own message (1925 or 2025?). Returns the ISO date, or
 * the problem.
 */
export function parseFrenchDate(text: string): { value: string } | { errorFr: string; errorEn: string; code: string } {
  let v = text;
  if (v.length > 10 && / 00:00(:00)?$/.test(v)) v = v.replace(/ 00:00(:00)?$/, '');
  if (v.length === 10 && v.charCodeAt(4) === 45) return isIsoDate(v) ? { value: v } : NOT_A_DATE;
  const fr = FR_DATE.exec(v);
  if (fr) {
    const iso = `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? { value: iso } : NOT_A_DATE;
  }
  if (FR_DATE_SHORT.test(v)) return TWO_DIGIT_YEAR;
  return NOT_A_DATE;
}

/**
 * Reads a month: `AAAA-MM`, or `MM/AAAA` (also `M/AAAA`); a date on the first of a month
 * (`01/03/2025`, what a spreadsheet makes of a month) stands for that month. Returns `AAAA-MM`.
 */
export function parseFrenchMonth(text: string): { value: string } | { errorFr: string; errorEn: string; code: string } {
  // The common case first: `MM/AAAA`.
  if (text.length === 7 && text.charCodeAt(2) === 47) {
    const m = (text.charCodeAt(0) - 48) * 10 + (text.charCodeAt(1) - 48);
    if (m >= 1 && m <= 12 && /^\d\d\/\d{4}$/.test(text)) return { value: `${text.slice(3)}-${text.slice(0, 2)}` };
  }
  const iso = ISO_MONTH.exec(text);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? { value: text } : NOT_A_MONTH;
  const fr = FR_MONTH.exec(text);
  if (fr) {
    const m = Number(fr[1]);
    return m >= 1 && m <= 12 ? { value: `${fr[2]}-${fr[1]!.padStart(2, '0')}` } : NOT_A_MONTH;
  }
  if (FR_MONTH_SHORT.test(text)) return TWO_DIGIT_YEAR_MONTH;
  const date = parseFrenchDate(text);
  if ('value' in date) return date.value.endsWith('-01') ? { value: date.value.slice(0, 7) } : NOT_A_MONTH;
  if (date.code === 'two_digit_year') return TWO_DIGIT_YEAR_MONTH;
  return NOT_A_MONTH;
}

/**
 * Converts a cell to the value of its column type. Returns `undefined` for an empty cell, or an
 * error message (never quoting the cell: the data is sensitive). Numbers take a decimal comma;
 * dates `JJ/MM/AAAA` or `AAAA-MM-JJ`, within the plausible window (see `checkPlausibleDate`);
 * months `MM/AAAA` or `AAAA-MM`; times `HH:MM` (`9h30`, `09:30:00` too).
 */
export function convertCell(raw: string, spec: ColumnSpec): CellResult {
  const v = raw.trim();
  if (v === '') return { value: spec.type === 'list' || spec.type === 'roles' ? [] : undefined };
  switch (spec.type) {
    case 'number': {
      const n = parseFrenchNumber(v);
      return n === null ? NOT_A_NUMBER : { value: n };
    }
    case 'boolean': {
      const f = v.toLowerCase();
      if (BOOLEAN_TRUE.has(f)) return { value: true };
      if (BOOLEAN_FALSE.has(f)) return { value: false };
      return NOT_A_BOOLEAN;
    }
    case 'date': {
      const d = parseFrenchDate(v);
      if (!('value' in d)) return d;
      return checkPlausibleDate(d.value, spec.field) ?? d;
    }
    case 'month': {
      const m = parseFrenchMonth(v);
      if (!('value' in m)) return m;
      return checkPlausibleMonth(m.value) ?? m;
    }
    case 'time': {
      const t = TIME.exec(v);
      if (!t || (t[3] !== undefined && t[3] !== '00')) return NOT_A_TIME;
      return { value: `${t[1]!.padStart(2, '0')}:${t[2]}` };
    }
    case 'list':
      return { value: v.split('|').map((x) => x.trim()).filter(Boolean) };
    case 'roles':
      return { value: v.split('|').map((x) => x.trim()).filter(Boolean).map((role) => ({ role })) };
    default:
      return { value: v };
  }
}

/** Sets a dotted path (`followUp.3`, `conventionnement.from`) in an object (own keys only). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let o = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    if (!Object.hasOwn(o, k) || typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}
