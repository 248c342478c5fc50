import { type BreakdownKey, defaultUnknownFollowUp, EXIT_RATES, type ExitCategoryMapping, type PresenceThreshold, rateId, type UnknownFollowUp } from '@siae/indicators';
import { type ExitReasonCode, isIsoDate, type SiaeKind } from '@siae/model';
import { addMonthsSql, binaryOrder, type Dialect, DIALECTS, daysBetweenSql, monthOfSql, relationName, SiaeSqlError, sqlType } from './dialect';
import { mappingList, parameterCtes } from './parameters';

/** The exit rates this package writes as SQL (the keys of `EXIT_RATES`). */
export type ExitRateKey = keyof typeof EXIT_RATES;

/** Options of the exit-rate SQL: the rates' options (`RateOptions`) plus the dialect and the input. */
export interface ExitRateSqlOptions {
  dialect: Dialect;
  /** Which rate of `EXIT_RATES` (default `dynamic`: the taux de sortie dynamique). */
  rate?: ExitRateKey;
  /** `dgefp` (default) or `uriae`. */
  variant?: 'dgefp' | 'uriae';
  /** 0 (default): the exit reason; 3, 6 or 12: the situation that many months after the exit. */
  monthsAfterExit?: 0 | 3 | 6 | 12;
  /**
   * At 3, 6 or 12 months, what an exit whose situation at that horizon is unknown becomes, as in
   * the rates' `unknownFollowUp`: `sans_nouvelle` (default under `dgefp`): read as « sans
   * nouvelle », examined and not in the numerator (why `unknown_follow_up`); `excluded` (default
   * under `uriae`): left out (why `no_follow_up`).
   */
  unknownFollowUp?: UnknownFollowUp;
  /** Only exits whose date is in `[from, to]`, both inclusive. */
  period?: { from: string; to: string } | null;
  /** A mapping, or several dated ones, instead of the default (DGEFP) one. */
  mapping?: ExitCategoryMapping | readonly ExitCategoryMapping[];
  /** Presence thresholds per kind replacing the dated defaults. */
  thresholds?: Partial<Record<SiaeKind, PresenceThreshold>>;
  /** The relation holding the exit records (default `exit_records`; see {@link EXIT_RECORD_COLUMNS}). */
  source?: string;
  /** The schema of `source`, when it is not on the search path. */
  schema?: string;
  /** The `indicator_id` of the rate row (default: the functions' id for these options). */
  indicatorId?: string;
}

/**
 * The columns of the exit records the rate reads (one row per exit, as `ExitRecord`). The
 * `record_index` (unique, not null) orders the records like the input array of the functions: among
 * exits equal on every other field, the first one is kept as the latest.
 */
export const EXIT_RECORD_COLUMNS = [
  { name: 'record_index', type: 'bigint', doc: 'position of the record (the `index` of a member), unique and not null' },
  { name: 'person_id', type: 'text', doc: 'personId' },
  { name: 'structure_id', type: 'text', doc: 'structureId (nullable)' },
  { name: 'structure_kind', type: 'text', doc: 'ACI, AI, EI, EITI or ETTI' },
  { name: 'hired_on', type: 'date', doc: 'first day in the structure' },
  { name: 'exited_on', type: 'date', doc: 'exit date' },
  { name: 'hours_worked', type: 'double', doc: 'hours worked in the structure in total' },
  { name: 'reason', type: 'text', doc: 'exit reason (ASP motif code)' },
  { name: 'follow_up_3', type: 'text', doc: 'situation 3 months after the exit (nullable)' },
  { name: 'follow_up_6', type: 'text', doc: 'situation 6 months after the exit (nullable)' },
  { name: 'follow_up_12', type: 'text', doc: 'situation 12 months after the exit (nullable)' },
] as const;

/** The columns of the members query (one row per exit, as `RateMember`). */
export const MEMBER_COLUMNS = ['record_index', 'person_id', 'structure_id', 'exited_on', 'status', 'category', 'why', 'why_fr'] as const;

/** The columns of the rate query (one row). */
export const RATE_COLUMNS = [
  'indicator_id',
  'value',
  'numerator',
  'denominator',
  'durable',
  'transition',
  'positive',
  'other',
  'withdrawn',
  'below_threshold',
] as const;

/** The exit reason an unknown situation at the horizon reads as (`unknownFollowUp: 'sans_nouvelle'`). */
const SANS_NOUVELLE: ExitReasonCode = 'SANS_NOUVELLE';

function checkOptions(o: ExitRateSqlOptions): void {
  if (!DIALECTS.includes(o.dialect)) throw new SiaeSqlError('dialect', 'doit être duckdb ou postgres', 'must be duckdb or postgres');
  if (o.rate !== undefined && !Object.hasOwn(EXIT_RATES, o.rate)) throw new SiaeSqlError('rate', 'taux inconnu', 'unknown rate');
  if (o.variant !== undefined && o.variant !== 'dgefp' && o.variant !== 'uriae') throw new SiaeSqlError('variant', 'doit être dgefp ou uriae', 'must be dgefp or uriae');
  if (o.monthsAfterExit !== undefined && ![0, 3, 6, 12].includes(o.monthsAfterExit)) throw new SiaeSqlError('monthsAfterExit', 'doit être 0, 3, 6 ou 12', 'must be 0, 3, 6 or 12');
  if (o.unknownFollowUp !== undefined && o.unknownFollowUp !== 'sans_nouvelle' && o.unknownFollowUp !== 'excluded') {
    throw new SiaeSqlError('unknownFollowUp', 'doit être sans_nouvelle ou excluded', 'must be sans_nouvelle or excluded');
  }
  if (o.period) {
    if (!isIsoDate(o.period.from)) throw new SiaeSqlError('period.from', 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
    if (!isIsoDate(o.period.to)) throw new SiaeSqlError('period.to', 'doit être une date AAAA-MM-JJ', 'must be a YYYY-MM-DD date');
    if (o.period.to < o.period.from) throw new SiaeSqlError('period.to', 'la fin doit être le même jour ou après le début', 'must be on or after the start');
  }
}

/** The id of the rate computed by these options, as the functions name it (`dynamic-exit-rate.uriae.6m`). */
export function exitRateSqlId(o: Omit<ExitRateSqlOptions, 'dialect'>): string {
  const definition = EXIT_RATES[o.rate ?? 'dynamic'];
  return rateId(definition.base, {
    ...(o.variant ? { variant: o.variant } : {}),
    ...(o.monthsAfterExit ? { monthsAfterExit: o.monthsAfterExit } : {}),
    ...(o.unknownFollowUp ? { unknownFollowUp: o.unknownFollowUp } : {}),
  });
}

/**
 * `siae_ranked`: the records with `latest_rank` 1 for the latest exit of its person in its structure
 * among the period's exits, 2 for the others of the period, 0 outside it. DuckDB takes the
 * greatest (exit, hiring, reason, hours, -index) per pair in one hash aggregate, over its binary
 * sort key (`create_sort_key`, DuckDB 1.1 and later: several times cheaper than comparing structs);
 * PostgreSQL numbers the rows of each pair in that order.
 */
function latestCtes(d: Dialect): string[] {
  if (d === 'duckdb') {
    return [
      `siae_latest AS (
  SELECT arg_max(-x.record_index, create_sort_key(${['x.exited_on', 'x.hired_on', 'x.reason', 'x.hours_worked', '-x.record_index'].map((k) => `${k}, 'ASC NULLS LAST'`).join(', ')})) AS neg_index
  FROM siae_in_period x WHERE x.in_period
  GROUP BY coalesce(x.structure_id, ''), x.person_id
)`,
      `siae_ranked AS (
  SELECT x.*, CASE WHEN NOT x.in_period THEN 0 WHEN l.neg_index IS NULL THEN 2 ELSE 1 END AS latest_rank
  FROM siae_in_period x LEFT JOIN siae_latest l ON l.neg_index = -x.record_index
)`,
    ];
  }
  return [
    `siae_ranked AS (
  SELECT x.*, CASE WHEN x.in_period THEN row_number() OVER (
    PARTITION BY x.in_period, coalesce(x.structure_id, ''), x.person_id
    ORDER BY x.exited_on DESC, x.hired_on DESC, ${binaryOrder(d, 'x.reason')} DESC, x.hours_worked DESC, x.record_index ASC
  ) ELSE 0 END AS latest_rank
  FROM siae_in_period x
)`,
  ];
}

/**
 * The common table expressions of a rate, up to `siae_member` (one row per exit with its status,
 * category and why): `shared` (the period and the latest exit per pair: the same for every rate of
 * a period) and `perRate` (parameters and classification). Shared by {@link exitRateMembersSql},
 * {@link exitRateSql} and {@link exitRatesSql}.
 */
function memberCtes(
  o: ExitRateSqlOptions,
  /**
   * Which exits are classified: `all` (the members), `counted` (in the period, the latest of their
   * pair: the rate queries), `keyed` (the rows of `siae_keys`, every exit of the period with its
   * group keys, each read as if it were the latest of its pair, no latest exit computed: the
   * breakdowns, where the latest exit depends on the group).
   */
  scope: 'all' | 'counted' | 'keyed' = 'all',
  /** Columns of the input carried to `siae_member` as they are (the group keys of `siae_keys`). */
  carry: readonly string[] = [],
): { shared: string[]; perRate: string[] } {
  checkOptions(o);
  const d = o.dialect;
  const definition = EXIT_RATES[o.rate ?? 'dynamic'];
  const horizon = o.monthsAfterExit ?? 0;
  const source = relationName(o.source ?? 'exit_records', o.schema, 'source');
  // An unknown situation at the horizon reads as « sans nouvelle » unless the options leave it out.
  const unknownAsSansNouvelle = horizon !== 0 && (o.unknownFollowUp ?? defaultUnknownFollowUp(o.variant ?? 'dgefp')) === 'sans_nouvelle';
  const followUp = `r.follow_up_${horizon}`;
  const situation = horizon === 0 ? 'r.reason' : unknownAsSansNouvelle ? `coalesce(${followUp}, '${SANS_NOUVELLE}')` : followUp;
  const unknownSituation = unknownAsSansNouvelle ? `(${followUp} IS NULL)` : 'FALSE';
  const params = parameterCtes(d, {
    mappings: mappingList(o.mapping),
    numeratorCategories: definition.categories,
    uriae: o.variant === 'uriae',
    thresholds: o.thresholds,
    period: o.period ?? null,
  });
  const below = [
    '(t.min_hours IS NOT NULL AND r.hours_worked < t.min_hours)',
    `(t.min_days_exclusive IS NOT NULL AND ${daysBetweenSql(d, 'r.hired_on', 'r.exited_on')} <= t.min_days_exclusive)`,
    `(t.min_months_exclusive IS NOT NULL AND r.exited_on <= ${addMonthsSql(d, 'r.hired_on', 't.min_months_exclusive')})`,
  ].join('\n      OR ');
  const [periodCte, ...rateParams] = params;
  const shared = [
    periodCte!,
    // In the period (both ends inclusive; siae_period has one row).
    `siae_in_period AS (
  SELECT x.*, (x.exited_on >= p.period_from AND x.exited_on <= p.period_to) AS in_period
  FROM ${source} x CROSS JOIN siae_period p
)`,
    // The latest exit of each person in each structure among the period's exits (isLaterExit:
    // later exit, then later hiring, then reason and hours; the first record on a full tie).
    ...(scope === 'keyed' ? [] : latestCtes(d)),
  ];
  const input = scope === 'all' ? 'siae_ranked' : scope === 'counted' ? '(SELECT * FROM siae_ranked WHERE in_period AND latest_rank = 1)' : 'siae_keys';
  const carried = (alias: string) => carry.map((c) => `, ${alias}.${c}`).join('');
  const perRate = [
    ...rateParams,
    // The mapping in force on the exit date, the categories of the reason and of the situation, the threshold.
    `siae_situated AS (
  SELECT r.record_index, r.person_id, r.structure_id, r.exited_on, r.in_period, r.latest_rank, r.reason,
    ms.mapping_ord, rc.category AS reason_category, ${situation} AS situation, ${unknownSituation} AS unknown_situation, sc.category AS situation_category,
    (${below}) AS below_threshold${carried('r')}
  FROM ${input} r
  LEFT JOIN siae_mapping_span ms ON ms.span_from <= r.exited_on AND r.exited_on <= ms.span_to
  LEFT JOIN siae_mapping_row rc ON rc.mapping_ord = ms.mapping_ord AND rc.reason = r.reason
  LEFT JOIN siae_mapping_row sc ON sc.mapping_ord = ms.mapping_ord AND sc.reason = ${situation}
  LEFT JOIN siae_threshold t ON t.structure_kind = r.structure_kind AND t.span_from <= r.exited_on AND r.exited_on <= t.span_to
)`,
    // The same order of checks as classifyPrepared.
    `siae_classified AS (
  SELECT s.*, CASE
    WHEN NOT s.in_period THEN 'outside_period'
    WHEN s.latest_rank > 1 THEN 'not_latest_exit'
    WHEN s.mapping_ord IS NULL THEN 'no_mapping'
    WHEN s.reason_category = 'withdrawn' THEN 'withdrawn_reason'
    WHEN s.situation IS NULL THEN 'no_follow_up'
    WHEN s.situation_category = 'withdrawn' THEN 'withdrawn_reason'
    WHEN s.below_threshold THEN 'below_threshold'
    WHEN s.situation IN (SELECT u.reason FROM siae_uriae_reason u) THEN 'uriae_exclusion'
    WHEN s.situation_category IN (SELECT n.category FROM siae_numerator n) THEN 'in_numerator'
    WHEN s.unknown_situation THEN 'unknown_follow_up'
    ELSE 'not_in_numerator'
  END AS why
  FROM siae_situated s
)`,
    `siae_member AS (
  SELECT c.record_index, c.person_id, c.structure_id, c.exited_on,
    CASE c.why WHEN 'in_numerator' THEN 'numerator' WHEN 'not_in_numerator' THEN 'denominator' WHEN 'unknown_follow_up' THEN 'denominator' ELSE 'excluded' END AS status,
    CASE
      WHEN c.why IN ('outside_period', 'not_latest_exit', 'no_mapping', 'no_follow_up') THEN NULL
      WHEN c.why = 'withdrawn_reason' THEN 'withdrawn'
      ELSE c.situation_category
    END AS category,
    c.why, w.why_fr${carried('c')}
  FROM siae_classified c JOIN siae_why w ON w.why = c.why
)`,
  ];
  return { shared, perRate };
}

function allCtes(o: ExitRateSqlOptions, scope: 'all' | 'counted' = 'all'): string {
  const { shared, perRate } = memberCtes(o, scope);
  return [...shared, ...perRate].join(',\n');
}

/** The per-rate names, renamed with a prefix when several rates share one query. */
const PER_RATE_NAMES = /\bsiae_(mapping_span|mapping_row|threshold|numerator|uriae_reason|why|situated|classified|member)\b/g;

function checkId(id: string): string {
  // `_` for the ids of the non-default unknown follow-up (`dynamic-exit-rate.uriae.6m.unknown-sans_nouvelle`).
  if (!/^[a-z0-9._-]{1,100}$/.test(id)) {
    throw new SiaeSqlError('indicatorId', 'lettres minuscules, chiffres, point, tiret et tiret bas seulement', 'lowercase letters, digits, dot, dash and underscore only');
  }
  return id;
}

/**
 * The members of an exit rate as one SQL query: one row per exit record, in `record_index` order,
 * with `status` (`numerator`, `denominator`, `excluded`), `category` and `why`/`why_fr`, exactly as
 * the `members` of `dynamicExitRate` and its companions (columns: {@link MEMBER_COLUMNS}).
 *
 * @example
 * const sql = exitRateMembersSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '2025-12-31' } });
 * // SELECT ... FROM exit_records ...: one row per exit and why it counts or not
 */
export function exitRateMembersSql(options: ExitRateSqlOptions): string {
  return `WITH\n${allCtes(options)}\nSELECT * FROM siae_member ORDER BY record_index`;
}

/**
 * An exit rate as one SQL query returning one row: `indicator_id`, `value` (null when no exit was
 * examined), `numerator`, `denominator` and the counts of `RateCounts` (columns: {@link RATE_COLUMNS}).
 * Reproduces `dynamicExitRate` (or the rate named by `rate`) with the same options.
 *
 * @example
 * const sql = exitRateSql({ dialect: 'postgres', variant: 'uriae', period: { from: '2025-01-01', to: '2025-12-31' } });
 */
export function exitRateSql(options: ExitRateSqlOptions): string {
  const id = checkId(options.indicatorId ?? exitRateSqlId(options));
  const categories = EXIT_RATES[options.rate ?? 'dynamic'].categories;
  // A rate counts only the latest exits of the period: the others are not classified at all.
  return `WITH\n${allCtes(options, 'counted')},\n${countsCte('siae_', categories)}\n${rateFromCounts(options.dialect, id, 'siae_counts', categories)}`;
}

/** What several rates computed in one query share: the dialect, the input and the period. */
export type SharedRateOptions = Pick<ExitRateSqlOptions, 'dialect' | 'source' | 'schema' | 'period'>;

/**
 * Several exit rates of one period in one query, one row each (columns {@link RATE_COLUMNS}; match
 * the rows by `indicator_id`, unique per query): the period and the latest exit per person and structure are computed once,
 * then each rate classifies the exits with its own parameters (tables prefixed `siae_r<n>_`).
 *
 * @example
 * exitRatesSql({ dialect: 'duckdb', period }, [{}, { variant: 'uriae' }, { monthsAfterExit: 6 }]);
 */
export function exitRatesSql(shared: SharedRateOptions, rates: readonly Omit<ExitRateSqlOptions, keyof SharedRateOptions>[]): string {
  if (rates.length === 0) throw new SiaeSqlError('rates', 'au moins un taux', 'at least one rate');
  let sharedCtes: string[] = [];
  const perRate: string[] = [];
  const ids = new Set<string>();
  // Rates that differ only by the categories of their numerator (dynamic, durable, transition...)
  // share one classification: the exits examined and their categories do not depend on it, so the
  // members are counted once per classification (one scan) and each rate sums its categories.
  const groups = new Map<string, { prefix: string; rates: { id: string; categories: readonly string[] }[] }>();
  rates.forEach((r, n) => {
    const o: ExitRateSqlOptions = { ...r, ...shared };
    const { rate: _rate, indicatorId: _id, ...classification } = o;
    const key = JSON.stringify(classification);
    let group = groups.get(key);
    if (group === undefined) {
      const ctes = memberCtes(o, 'counted');
      if (n === 0) sharedCtes = ctes.shared;
      const prefix = `siae_r${groups.size}_`;
      for (const c of ctes.perRate) perRate.push(c.replace(PER_RATE_NAMES, `${prefix}$1`));
      group = { prefix, rates: [] };
      groups.set(key, group);
    } else checkOptions(o);
    const id = checkId(o.indicatorId ?? exitRateSqlId(o));
    if (ids.has(id)) throw new SiaeSqlError(`rates[${n}].indicatorId`, 'déjà pris par un autre taux de la requête', 'already used by another rate of the query');
    ids.add(id);
    group.rates.push({ id, categories: EXIT_RATES[o.rate ?? 'dynamic'].categories });
  });
  const selects: string[] = [];
  for (const g of groups.values()) {
    perRate.push(countsCte(g.prefix, g.rates.flatMap((r) => r.categories)));
    for (const r of g.rates) selects.push(rateFromCounts(shared.dialect, r.id, `${g.prefix}counts`, r.categories));
  }
  return `WITH\n${[...sharedCtes, ...perRate].join(',\n')}\n${selects.join('\nUNION ALL\n')}`;
}

/** A category as part of a column name (the categories of `EXIT_RATES`: lowercase words). */
function categoryColumn(category: string): string {
  if (!/^[a-z]+$/.test(category)) throw new SiaeSqlError('categories', 'catégorie inconnue', 'unknown category');
  return `in_${category}`;
}

/** A count of the members `m` meeting a condition, as a BIGINT. */
const countIf = (cond: string) => `CAST(COUNT(CASE WHEN ${cond} THEN 1 END) AS BIGINT)`;

/** A member examined: in the denominator. */
const EXAMINED = "m.status <> 'excluded'";

/** The denominator and the counts of `RateCounts` over members `m` (select-list items, in RATE_COLUMNS order). */
const MEMBER_COUNTS = [
  `${countIf(EXAMINED)} AS denominator`,
  ...(['durable', 'transition', 'positive', 'other'] as const).map((c) => `${countIf(`${EXAMINED} AND m.category = '${c}'`)} AS ${c}`),
  `${countIf("m.why = 'withdrawn_reason'")} AS withdrawn`,
  `${countIf("m.why = 'below_threshold'")} AS below_threshold`,
];

/**
 * `<prefix>counts`: the members of one classification counted in one scan (one row): the
 * denominator, the counts of `RateCounts`, and the examined members of each numerator category
 * (`in_<category>`). Materialized: every rate of the classification reads it (used by
 * {@link exitRateSql} too, with one rate).
 */
function countsCte(prefix: string, numeratorCategories: readonly string[]): string {
  const categories = [...new Set(numeratorCategories)];
  return `${prefix}counts AS MATERIALIZED (
  SELECT
    ${[...MEMBER_COUNTS, ...categories.map((c) => `${countIf(`${EXAMINED} AND m.category = '${c}'`)} AS ${categoryColumn(c)}`)].join(',\n    ')}
  FROM ${prefix}member m
)`;
}

/**
 * A rate row from the counts of its classification ({@link countsCte}): the numerator sums the
 * examined members of the rate's categories (a member has one category, so the sum is the count of
 * the members whose category is one of them). The same numerator is `status = 'numerator'` for the
 * rate the members were classified for.
 */
function rateFromCounts(dialect: Dialect, id: string, counts: string, categories: readonly string[]): string {
  const double = dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION';
  const numerator = `CAST(${[...new Set(categories)].map((c) => `r.${categoryColumn(c)}`).join(' + ')} AS BIGINT)`;
  return `SELECT '${id}' AS indicator_id,
  CASE WHEN r.denominator = 0 THEN NULL ELSE CAST(${numerator} AS ${double}) / r.denominator END AS value,
  ${numerator} AS numerator, r.denominator, r.durable, r.transition, r.positive, r.other, r.withdrawn, r.below_threshold
FROM ${counts} r`;
}

/** The columns of the breakdown query (one row per key and group): the key's name, the group's key, then {@link RATE_COLUMNS}. */
export const BREAKDOWN_COLUMNS = ['breakdown', 'group_key', ...RATE_COLUMNS] as const;

/**
 * The group key of an exit of `siae_in_period x` for each breakdown key, as `groupKeyOf` of
 * `@siae/indicators` writes it (text): `departement` reads the optional `departement` column of the
 * exit records (the exit records of `exitRecordsFromDatasetSql` have it).
 */
const GROUP_KEY_SQL: Record<BreakdownKey, (d: Dialect) => string> = {
  structure: () => "coalesce(x.structure_id, '(sans structure)')",
  structureKind: () => 'x.structure_kind',
  // (cast: a département column read from a file may have been typed as a number)
  departement: (d) => `coalesce(CAST(x.departement AS ${sqlType(d, 'text')}), '(inconnu)')`,
  year: (d) => `substr(${monthOfSql(d, 'x.exited_on')}, 1, 4)`,
  quarter: (d) => `substr(${monthOfSql(d, 'x.exited_on')}, 1, 4) || '-T' || CAST(CAST(extract(quarter FROM x.exited_on) AS INTEGER) AS ${sqlType(d, 'text')})`,
  month: (d) => monthOfSql(d, 'x.exited_on'),
  entryCohort: (d) => `substr(${monthOfSql(d, 'x.hired_on')}, 1, 4)`,
};

/** The breakdown keys this package writes (those of `breakdownRate`). */
const BREAKDOWN_SQL_KEYS = Object.keys(GROUP_KEY_SQL) as BreakdownKey[];

function checkBreakdownKeys(by: unknown): readonly BreakdownKey[] {
  if (!Array.isArray(by)) throw new SiaeSqlError('by', 'doit être une liste de clés de ventilation', 'must be a list of breakdown keys');
  if (by.length === 0) throw new SiaeSqlError('by', 'au moins une clé de ventilation', 'at least one breakdown key');
  const seen = new Set<BreakdownKey>();
  by.forEach((k, i) => {
    if (!BREAKDOWN_SQL_KEYS.includes(k)) {
      throw new SiaeSqlError(`by[${i}]`, 'doit être structure, structureKind, departement, year, quarter, month ou entryCohort', 'must be structure, structureKind, departement, year, quarter, month or entryCohort');
    }
    if (seen.has(k)) throw new SiaeSqlError(`by[${i}]`, 'clé de ventilation déjà demandée', 'breakdown key already requested');
    seen.add(k);
  });
  return by as BreakdownKey[];
}

/**
 * `siae_multi_latest(bit, record_index)`: among the exits of `siae_multi` (those of a person who
 * left a structure more than once in the period, `pair_id` numbering the person and structure),
 * the latest of each person in each structure within each group of each key (`bit`: the key's
 * {@link keyBit}; isLaterExit, the first record on a full tie). DuckDB takes it in one hash
 * aggregate over the binary sort key (computed once per exit), PostgreSQL numbers the rows of each
 * (pair, key, group).
 */
function groupLatestCte(d: Dialect, keys: readonly BreakdownKey[]): string {
  const groupKey = groupKeyCase(keys, 'x');
  if (d === 'duckdb') {
    const sortKey = `create_sort_key(${['x.exited_on', 'x.hired_on', 'x.reason', 'x.hours_worked', '-x.record_index'].map((c) => `${c}, 'ASC NULLS LAST'`).join(', ')})`;
    return `siae_multi_latest AS (
  SELECT b.bit, arg_max(x.record_index, x.sort_key) AS record_index
  FROM (SELECT x.*, ${sortKey} AS sort_key FROM siae_multi x) x CROSS JOIN ${keyValues(d, keys)}
  GROUP BY x.pair_id, b.bit, ${groupKey}
)`;
  }
  return `siae_multi_latest AS (
  SELECT r.bit, r.record_index FROM (
    SELECT b.bit, x.record_index, row_number() OVER (
      PARTITION BY x.pair_id, b.bit, ${groupKey}
      ORDER BY x.exited_on DESC, x.hired_on DESC, ${binaryOrder(d, 'x.reason')} DESC, x.hours_worked DESC, x.record_index ASC
    ) AS latest_rank
    FROM siae_multi x CROSS JOIN ${keyValues(d, keys)}
  ) r WHERE r.latest_rank = 1
)`;
}

/** The column of `siae_keys` holding a key's group key. */
const keyColumn = (k: BreakdownKey) => `siae_key_${k.toLowerCase()}`;

/** The bit of a key in `siae_multi_mask.mask` (its position in `keys`). */
const keyBit = (keys: readonly BreakdownKey[], k: BreakdownKey) => 2 ** keys.indexOf(k);

/** `(VALUES ('quarter', 1), ...) AS b(breakdown, bit)`: one row per key. */
function keyValues(d: Dialect, keys: readonly BreakdownKey[]): string {
  return `(VALUES ${keys.map((k) => `(CAST('${k}' AS ${sqlType(d, 'text')}), ${keyBit(keys, k)})`).join(', ')}) AS b(breakdown, bit)`;
}

/** The group key of `alias`'s row for the key of `b.breakdown`. */
function groupKeyCase(keys: readonly BreakdownKey[], alias: string): string {
  return keys.length === 1 ? `${alias}.${keyColumn(keys[0]!)}` : `CASE b.breakdown ${keys.map((k) => `WHEN '${k}' THEN ${alias}.${keyColumn(k)}`).join(' ')} END`;
}

/**
 * An exit rate broken down by one or several keys, as one SQL query returning one row per key and
 * group (columns {@link BREAKDOWN_COLUMNS}: `breakdown`, the key's name; `group_key`; then those of
 * {@link RATE_COLUMNS}, `value` null when no exit of the group was examined), ordered by
 * `breakdown` then `group_key` byte by byte (JavaScript's order on ASCII keys). Reproduces
 * `breakdownRate(exits, by, options)` of `@siae/indicators` for each key (with the rate named by
 * `rate`): each group is rated on its own exits, so the latest exit of a person in a structure is
 * read within the group (a person leaving a structure in two quarters counts in both); exits
 * outside the period form no group; a group whose exits are all excluded has a row (denominator 0).
 * Keys: `structure` (the id, or `(sans structure)`), `structureKind`, `departement` (or
 * `(inconnu)`; reads a `departement` column that {@link EXIT_RECORD_COLUMNS} does not list: the
 * exit records of `exitRecordsFromDatasetSql` have it), `year` (`2025`), `quarter` (`2025-T3`),
 * `month` (`2025-07`), `entryCohort` (the hiring year). Each exit of the period is classified once
 * for every key; the latest exit is searched per key and group only among the exits of a person
 * who left the same structure more than once in the period (the others are the latest of their
 * group in every key).
 *
 * @example
 * const sql = exitRateBreakdownsSql({ dialect: 'duckdb', period: { from: '2025-01-01', to: '2025-12-31' } }, ['quarter', 'structureKind']);
 * // breakdown | group_key | indicator_id      | value | numerator | denominator | ...
 * // quarter   | 2025-T1   | dynamic-exit-rate | 0.5   | 3         | 6           | ...
 * @throws {SiaeSqlError} when an option is invalid, `by` is empty, repeats a key or has an unknown one.
 */
export function exitRateBreakdownsSql(options: ExitRateSqlOptions, by: readonly BreakdownKey[]): string {
  const keys = checkBreakdownKeys(by);
  const d = options.dialect;
  const columns = keys.map(keyColumn);
  const { shared, perRate } = memberCtes(options, 'keyed', columns);
  const id = checkId(options.indicatorId ?? exitRateSqlId(options));
  const text = sqlType(d, 'text');
  const pairOf = (alias: string) => `coalesce(${alias}.structure_id, '')`;
  const ctes = [
    ...shared,
    // The exits of the period with their group keys, computed once.
    `siae_keys AS (
  SELECT x.*, 1 AS latest_rank, ${keys.map((k) => `CAST(${GROUP_KEY_SQL[k](d)} AS ${text}) AS ${keyColumn(k)}`).join(', ')}
  FROM siae_in_period x WHERE x.in_period
)`,
    // Classified once for every key (siae_member carries the group keys).
    ...perRate,
    // The people who left a structure more than once in the period: only their exits may not be
    // the latest of their group (a single exit is the latest of its group in every key).
    `siae_multi_pair AS (
  SELECT p.*, row_number() OVER () AS pair_id FROM (
    SELECT ${pairOf('x')} AS pair_structure, x.person_id FROM siae_keys x GROUP BY ${pairOf('x')}, x.person_id HAVING COUNT(*) > 1
  ) p
)`,
    `siae_multi AS (
  SELECT x.*, p.pair_id FROM siae_keys x JOIN siae_multi_pair p ON p.pair_structure = ${pairOf('x')} AND p.person_id = x.person_id
)`,
    groupLatestCte(d, keys),
    // For each of those exits, the keys in which it is the latest of its group (bits of keyBit; 0: none).
    `siae_multi_mask AS (
  SELECT x.record_index, CAST(coalesce(sum(l.bit), 0) AS BIGINT) AS mask
  FROM siae_multi x LEFT JOIN siae_multi_latest l ON l.record_index = x.record_index
  GROUP BY x.record_index
)`,
  ];
  const counted = ['numerator', 'denominator', 'durable', 'transition', 'positive', 'other', 'withdrawn', 'below_threshold'];
  // The exits counted per combination of group keys (and mask) first: at most one row per exit,
  // usually far fewer, then each key sums the combinations of its groups.
  const parts = `siae_group_parts AS (
  SELECT ${columns.map((c) => `m.${c}`).join(', ')}, mm.mask,
    ${[`${countIf("m.status = 'numerator'")} AS numerator`, ...MEMBER_COUNTS].join(',\n    ')}
  FROM siae_member m LEFT JOIN siae_multi_mask mm ON mm.record_index = m.record_index
  GROUP BY ${columns.map((c) => `m.${c}`).join(', ')}, mm.mask
)`;
  // Each group counts its latest exits: every exit of a single-exit pair, the masked ones of the others.
  const counts = `siae_group_counts AS (
  SELECT b.breakdown, ${groupKeyCase(keys, 'p')} AS group_key,
    ${counted.map((c) => `CAST(sum(p.${c}) AS BIGINT) AS ${c}`).join(',\n    ')}
  FROM siae_group_parts p CROSS JOIN ${keyValues(d, keys)}
  WHERE p.mask IS NULL OR (p.mask & b.bit) <> 0
  GROUP BY b.breakdown, ${groupKeyCase(keys, 'p')}
)`;
  return `WITH\n${[...ctes, parts, counts].join(',\n')}
SELECT r.breakdown, r.group_key, '${id}' AS indicator_id,
  CASE WHEN r.denominator = 0 THEN NULL ELSE CAST(r.numerator AS ${sqlType(d, 'double')}) / r.denominator END AS value,
  r.numerator, r.denominator, r.durable, r.transition, r.positive, r.other, r.withdrawn, r.below_threshold
FROM siae_group_counts r
ORDER BY ${binaryOrder(d, 'r.breakdown')}, ${binaryOrder(d, 'r.group_key')}`;
}

/**
 * An exit rate broken down by one key (`by`), as one SQL query: {@link exitRateBreakdownsSql} with
 * one key (same columns, rows ordered by `group_key`).
 *
 * @example
 * const sql = exitRateBreakdownSql({ dialect: 'postgres', by: 'month', period: { from: '2025-01-01', to: '2025-12-31' } });
 * @throws {SiaeSqlError} when an option is invalid or `by` is not a breakdown key.
 */
export function exitRateBreakdownSql(options: ExitRateSqlOptions & { by: BreakdownKey }): string {
  const { by, ...rest } = options;
  if (!BREAKDOWN_SQL_KEYS.includes(by)) {
    throw new SiaeSqlError('by', 'doit être structure, structureKind, departement, year, quarter, month ou entryCohort', 'must be structure, structureKind, departement, year, quarter, month or entryCohort');
  }
  return exitRateBreakdownsSql(rest, [by]);
}
