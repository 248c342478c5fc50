import { BREAKDOWN_KEYS, type Breakdown, type BreakdownKey, defaultUnknownFollowUp, EXIT_RATES, isSmallSample, type MemberWhy, type RateMember, type RateResult, rateId, type UnknownFollowUp, WHY_FR, wilsonInterval } from '@siae/indicators';
import { type ExitCategory, exitCategories } from '@siae/model';
import { SiaeSqlError } from './dialect';
import type { ExitRateKey } from './exitRates';

/** A row as a database client gives it: counts as numbers, bigints or strings of digits. */
export type SqlResultRow = Readonly<Record<string, unknown>>;

/** The options the rate rows were computed with (those of the SQL): they name the rate and fill its `parameters`. */
export interface SqlRateResultOptions {
  /** Which rate of `EXIT_RATES` (default `dynamic`). */
  rate?: ExitRateKey;
  /** `dgefp` (default) or `uriae`. */
  variant?: 'dgefp' | 'uriae';
  /** 0 (default): the exit reason; 3, 6 or 12: the situation that many months after the exit. */
  monthsAfterExit?: 0 | 3 | 6 | 12;
  /** At 3, 6 or 12 months, what an unknown situation became (default: the variant's). */
  unknownFollowUp?: UnknownFollowUp;
  /** The period of the SQL (default: none). */
  period?: { from: string; to: string } | null;
}

/** The count columns of a rate row (`RATE_COLUMNS` but the id and the value), and the field of `RateCounts` each fills. */
const COUNT_COLUMNS = [
  ['durable', 'durable'],
  ['transition', 'transition'],
  ['positive', 'positive'],
  ['other', 'other'],
  ['withdrawn', 'withdrawn'],
  ['below_threshold', 'belowThreshold'],
] as const;

/** A whole count of a row: a non-negative safe integer as a number, a bigint or a string of digits. */
function countOf(row: SqlResultRow, column: string, path: string): number {
  const v = row[column];
  const n = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'string' && /^\d{1,16}$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new SiaeSqlError(`${path}.${column}`, 'doit être un entier positif ou nul', 'must be a non-negative whole number');
  return n;
}

/**
 * Checks the options and gives the id of their rate (`rateId` checks the variant, the horizon, the
 * unknown follow-up and the period, and throws the package's `SiaeValidationError` naming the one at fault).
 */
function idOf(o: SqlRateResultOptions): string {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new SiaeSqlError('options', 'doit être un objet', 'must be an object');
  if (o.rate !== undefined && (typeof o.rate !== 'string' || !Object.hasOwn(EXIT_RATES, o.rate))) throw new SiaeSqlError('options.rate', 'taux inconnu', 'unknown rate');
  return rateId(EXIT_RATES[o.rate ?? 'dynamic'].base, {
    ...(o.variant !== undefined ? { variant: o.variant } : {}),
    ...(o.monthsAfterExit !== undefined ? { monthsAfterExit: o.monthsAfterExit } : {}),
    ...(o.unknownFollowUp !== undefined ? { unknownFollowUp: o.unknownFollowUp } : {}),
    ...(o.period !== undefined && o.period !== null ? { period: o.period } : {}),
  });
}

/** {@link rateResultFromSqlRow} for a row at `path` (the checks name it). */
function resultOf(row: SqlResultRow, o: SqlRateResultOptions, indicatorId: string, path: string): RateResult {
  if (row === null || typeof row !== 'object') throw new SiaeSqlError(path, 'doit être une ligne (un objet)', 'must be a row (an object)');
  const numerator = countOf(row, 'numerator', path);
  const denominator = countOf(row, 'denominator', path);
  if (numerator > denominator) throw new SiaeSqlError(`${path}.numerator`, 'dépasse le dénominateur', 'exceeds the denominator');
  const counts = {} as RateResult['counts'];
  for (const [column, field] of COUNT_COLUMNS) counts[field] = countOf(row, column, path);
  const variant = o.variant ?? 'dgefp';
  const monthsAfterExit = o.monthsAfterExit ?? 0;
  return {
    indicatorId,
    value: denominator === 0 ? null : numerator / denominator,
    numerator,
    denominator,
    interval: wilsonInterval(numerator, denominator),
    smallSample: isSmallSample(denominator),
    counts,
    members: [],
    issues: [],
    parameters: {
      variant,
      monthsAfterExit,
      period: o.period ?? null,
      ...(monthsAfterExit ? { unknownFollowUp: o.unknownFollowUp ?? defaultUnknownFollowUp(variant) } : {}),
    },
  };
}

/**
 * A rate row of {@link exitRateSql} or {@link exitRatesSql} (columns `RATE_COLUMNS`) as the
 * `RateResult` the functions give, without its members (the members query lists them): the value
 * is the same division, the interval and the small-sample flag are the functions' own, the id and
 * `parameters` come from the options the SQL was written with. With `assembleReport` of
 * `@siae/indicators`, a warehouse's figures become the report the CLI prints.
 *
 * @example
 * const [row] = (await db.runAndReadAll(exitRateSql({ dialect: 'duckdb', period }))).getRowObjectsJson();
 * const rate = rateResultFromSqlRow(row, { period }); // rate.interval, rate.counts.belowThreshold...
 * @throws {SiaeSqlError} naming the column of a count that is not a whole number (never its value),
 * or a numerator above the denominator; `SiaeValidationError` (of `@siae/model`) naming an option
 * that is not one of the rates'.
 */
export function rateResultFromSqlRow(row: SqlResultRow, options: SqlRateResultOptions = {}): RateResult {
  return resultOf(row, options, idOf(options), 'row');
}

/**
 * The rows of {@link exitRateBreakdownsSql} (columns `BREAKDOWN_COLUMNS`) as the seven breakdowns
 * of a report (`Report.breakdowns`, as `computeReport` and `breakdownRate` give them): each key's
 * groups in the rows' order (the query's: the key's code-unit order), each a `RateResult` without
 * members; a key the rows do not hold has no group.
 *
 * @example
 * const rows = (await db.runAndReadAll(exitRateBreakdownsSql({ dialect: 'duckdb', period }, ['structure', 'quarter']))).getRowObjectsJson();
 * breakdownsFromSqlRows(rows, { period }).quarter.groups; // [{ key: '2025-T1', result }, ...]
 * @throws {SiaeSqlError} naming the row of a `breakdown` that is not a breakdown key, a
 * `group_key` that is not text, a group given twice, or a bad count (see {@link rateResultFromSqlRow}).
 */
export function breakdownsFromSqlRows(rows: readonly SqlResultRow[], options: SqlRateResultOptions = {}): Record<BreakdownKey, Breakdown> {
  if (!Array.isArray(rows)) throw new SiaeSqlError('rows', 'doit être une liste', 'must be a list');
  const indicatorId = idOf(options);
  const out = {} as Record<BreakdownKey, Breakdown>;
  for (const by of BREAKDOWN_KEYS) out[by] = { by, groups: [], issues: [] };
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const path = `rows[${i}]`;
    if (row === null || typeof row !== 'object') throw new SiaeSqlError(path, 'doit être une ligne (un objet)', 'must be a row (an object)');
    const by = row.breakdown;
    if (typeof by !== 'string' || !BREAKDOWN_KEYS.includes(by as BreakdownKey)) throw new SiaeSqlError(`${path}.breakdown`, 'clé de répartition inconnue', 'unknown breakdown key');
    const key = row.group_key;
    if (typeof key !== 'string') throw new SiaeSqlError(`${path}.group_key`, 'doit être un texte', 'must be text');
    const id = JSON.stringify([by, key]);
    if (seen.has(id)) throw new SiaeSqlError(`${path}.group_key`, 'groupe déjà donné par une ligne précédente', 'group already given by an earlier row');
    seen.add(id);
    out[by as BreakdownKey].groups.push({ key, result: resultOf(row, options, indicatorId, path) });
  });
  return out;
}

const STATUSES: ReadonlySet<string> = new Set(['numerator', 'denominator', 'excluded']);

/**
 * The rows of {@link exitRateMembersSql} (columns `MEMBER_COLUMNS`) as the `members` of the
 * functions' `RateResult` (`RateMember`): `index` is the row's `record_index` (number it as the
 * records of your input are numbered: with `row_number() OVER (ORDER BY record_index) - 1` when the
 * functions read the records in that order), `exitedOn` the date as `YYYY-MM-DD`.
 *
 * @example
 * const rows = (await db.runAndReadAll(exitRateMembersSql({ dialect: 'duckdb', period }))).getRowObjectsJson();
 * const rate = { ...rateResultFromSqlRow(row, { period }), members: membersFromSqlRows(rows) };
 * @throws {SiaeSqlError} naming the row and column of a value that is not what the column holds
 * (never the value): an index that is not a whole number, a status, category or why the functions
 * do not give, a date that is not `YYYY-MM-DD`.
 */
export function membersFromSqlRows(rows: readonly SqlResultRow[]): RateMember[] {
  if (!Array.isArray(rows)) throw new SiaeSqlError('rows', 'doit être une liste', 'must be a list');
  const out: RateMember[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const path = `rows[${i}]`;
    if (row === null || typeof row !== 'object') throw new SiaeSqlError(path, 'doit être une ligne (un objet)', 'must be a row (an object)');
    const text = (column: string, nullable = false): string | null => {
      const v = row[column];
      if (typeof v === 'string' || (nullable && (v === null || v === undefined))) return (v as string | null | undefined) ?? null;
      throw new SiaeSqlError(`${path}.${column}`, 'doit être un texte', 'must be text');
    };
    const exitedOn = row.exited_on instanceof Date ? row.exited_on.toISOString().slice(0, 10) : text('exited_on');
    if (typeof exitedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(exitedOn)) throw new SiaeSqlError(`${path}.exited_on`, 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
    const status = text('status')!;
    if (!STATUSES.has(status)) throw new SiaeSqlError(`${path}.status`, 'doit être numerator, denominator ou excluded', 'must be numerator, denominator or excluded');
    const category = text('category', true);
    if (category !== null && !exitCategories.has(category)) throw new SiaeSqlError(`${path}.category`, 'catégorie inconnue', 'unknown category');
    const why = text('why')!;
    if (!Object.hasOwn(WHY_FR, why)) throw new SiaeSqlError(`${path}.why`, 'raison inconnue', 'unknown reason');
    out[i] = {
      index: countOf(row, 'record_index', path),
      personId: text('person_id')!,
      structureId: text('structure_id', true),
      exitedOn,
      status: status as RateMember['status'],
      category: category as ExitCategory | null,
      why: why as MemberWhy,
      whyFr: text('why_fr')!,
    };
  }
  return out;
}
