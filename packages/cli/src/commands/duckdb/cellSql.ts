import { stringLiteral } from '@siae/sql';
import { BOOLEAN_FALSE, BOOLEAN_TRUE } from '../../input/convert';
import { PLAUSIBLE_DATES } from '../../input/plausible';

// The DuckDB reading of a CSV cell, written to give what the JS reader gives (`convertCell` in
// input/convert.ts, then the model's schema): the converted value, or NULL when the cell is empty
// or cannot be read. A row is kept when every cell it has can be read (see `rowChecks`), as the JS
// reader rejects a row with one unreadable cell.

/**
 * The characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator): the JS
 * reader trims every cell with it, so the DuckDB reading trims the same set.
 */
const JS_WHITESPACE = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * A cell trimmed like the JS reader, NULL when empty. DuckDB's `trim` with a set of characters is
 * slow (7 s of CPU for three columns of a million rows), so it only runs on the cells that start or
 * end with one of them (1.3 s).
 */
export function trimmedSql(raw: string): string {
  const ws = stringLiteral(JS_WHITESPACE, 'whitespace');
  return `nullif(CASE WHEN contains(${ws}, left(${raw}, 1)) OR contains(${ws}, right(${raw}, 1)) THEN trim(${raw}, ${ws}) ELSE ${raw} END, '')`;
}

/**
 * Whether any of the cells of a row starts or ends with a character {@link trimmedSql} removes: one
 * regular expression over the cells joined by U+0001 (NULL cells skipped), instead of two tests per
 * cell. A row where it is false needs no trimming at all (most rows of an export).
 */
export function rowNeedsTrimSql(cells: readonly string[]): string {
  if (cells.length === 0) return 'false';
  const cls = `[${[...JS_WHITESPACE].map((c) => `\\x{${c.charCodeAt(0).toString(16)}}`).join('')}]`;
  return `regexp_matches(concat_ws(chr(1), ${cells.join(', ')}), ${stringLiteral(`(^|\\x{1})${cls}|${cls}($|\\x{1})`, 'whitespace')})`;
}

/** A text of `min`..`max` characters (an id: 1..200), else NULL. */
export function textSql(v: string, min: number, max: number): string {
  return `CASE WHEN length(${v}) BETWEEN ${min} AND ${max} THEN ${v} END`;
}

/** One of the codes, else NULL. */
export function codeSql(v: string, codes: readonly string[]): string {
  return `CASE WHEN ${v} IN (${codes.map((c) => stringLiteral(c, 'code')).join(', ')}) THEN ${v} END`;
}

/**
 * A date as the JS reader reads it: `AAAA-MM-JJ`, or `JJ/MM/AAAA` (also `J/M/AAAA`, `.` or `-`
 * between the parts), a time ` 00:00(:00)` after it dropped; a real calendar day in the plausible
 * window (1990-01-01 to 2100-12-31); a two-digit year is not read.
 */
export function dateSql(v: string): string {
  // The common case first, without a regular expression: ten characters with `-` at 5 and 8.
  const isoShape = `(length(${v}) = 10 AND substr(${v}, 5, 1) = '-' AND substr(${v}, 8, 1) = '-')`;
  const d = `CASE WHEN length(${v}) > 10 THEN regexp_replace(${v}, ' 00:00(:00)?$', '') ELSE ${v} END`;
  const iso = `CASE WHEN ${isoShape} THEN CASE WHEN regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${v} AS DATE) END
    WHEN regexp_full_match(${d}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${d} AS DATE)
    WHEN regexp_full_match(${d}, '[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}') THEN CAST(try_strptime(regexp_replace(${d}, '[.-]', '/', 'g'), '%d/%m/%Y') AS DATE) END`;
  return within(iso, `DATE '${PLAUSIBLE_DATES.from}'`, `DATE '${PLAUSIBLE_DATES.to}'`);
}

/**
 * A month as the JS reader reads it (`AAAA-MM`, `MM/AAAA`, `M/AAAA`, or a date on the first of a
 * month), as `AAAA-MM` in the plausible window; else NULL.
 */
export function monthSql(v: string): string {
  const m = `CASE
    WHEN regexp_full_match(${v}, '[0-9]{4}-(0[1-9]|1[0-2])') THEN ${v}
    WHEN regexp_full_match(${v}, '(0?[1-9]|1[0-2])[/.-][0-9]{4}') THEN regexp_extract(${v}, '[0-9]{4}$') || '-' || lpad(regexp_extract(${v}, '^[0-9]+'), 2, '0')
    WHEN day(${dateSql(v)}) = 1 THEN strftime(${dateSql(v)}, '%Y-%m')
  END`;
  return within(m, `'${PLAUSIBLE_DATES.from.slice(0, 7)}'`, `'${PLAUSIBLE_DATES.to.slice(0, 7)}'`);
}

/**
 * A number as the JS reader reads it: decimal comma or point, spaces (also non-breaking) between
 * thousands; `1.234,5` (both separators) is not read; then within `[min, max]`.
 */
export function numberSql(v: string, min: number | undefined, max: number | undefined): string {
  const s = `regexp_replace(${v}, '[\\s\u00a0\u202f]', '', 'g')`;
  const t = `CASE WHEN contains(${s}, ',') AND (contains(${s}, '.') OR length(${s}) - length(replace(${s}, ',', '')) > 1) THEN NULL ELSE replace(${s}, ',', '.') END`;
  const slow = `CASE WHEN regexp_full_match(${t}, '[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)([eE][+-]?[0-9]+)?') THEN TRY_CAST(${t} AS DOUBLE) END`;
  // The common case first: digits with at most one decimal comma or point.
  const x = `CASE WHEN regexp_full_match(${v}, '[0-9]+([.,][0-9]+)?') THEN CAST(replace(${v}, ',', '.') AS DOUBLE) ELSE ${slow} END`;
  const bounds = [min === undefined ? null : `${x} >= ${min}`, max === undefined ? null : `${x} <= ${max}`, `isfinite(${x})`].filter((b) => b !== null).join(' AND ');
  return `CASE WHEN ${bounds} THEN ${x} END`;
}

/** A boolean as the JS reader reads it (`oui`, `non`, `1`, `0`, `x`..., in any case), else NULL. */
export function booleanSql(v: string): string {
  const list = (words: ReadonlySet<string>) => [...words].filter((w) => w !== '').map((w) => stringLiteral(w, 'boolean')).join(', ');
  return `CASE WHEN lower(${v}) IN (${list(BOOLEAN_TRUE)}) THEN true WHEN lower(${v}) IN (${list(BOOLEAN_FALSE)}) THEN false END`;
}

/** The value when it lies in `[lo, hi]`, else NULL. */
function within(x: string, lo: string, hi: string): string {
  return `CASE WHEN ${x} BETWEEN ${lo} AND ${hi} THEN ${x} END`;
}
