import {
  type BreakdownKey,
  breakdownRate,
  classifyExits,
  durableEmploymentRate,
  dynamicExitRate,
  employmentExitRate,
  positiveExitRate,
  transitionEmploymentRate,
  defaultCategoryMapping,
  ETTI_450_HOURS_VARIANT,
  EXIT_RATES,
  type ExitCategoryMapping,
  type ExitRecord,
  inNumeratorOf,
  PILOTAGE_ACI_EI_VARIANT,
  type PresenceThreshold,
  type RateOptions,
  type RateResult,
  rateFromClassified,
} from '@siae/indicators';
import { addDaysIso, addMonthsIso, type ExitCategory, type ExitReasonCode, exitReasons, SIAE_KINDS, type SiaeKind } from '@siae/model';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExitRateKey, exitRateBreakdownSql, exitRateBreakdownsSql, exitRateMembersSql, exitRateSql, exitRatesSql } from '../src/index';
import { openDuckDb, openPostgres, type TestEngine } from './engines';

// Hiring dates with the hard cases: month ends (Jan 31 + 3 months = Apr 30), 29 February, and
// 2017 (before the EITI threshold's first value).
const HIRES = ['2024-01-31', '2024-02-29', '2024-11-30', '2024-12-31', '2025-01-31', '2025-03-15', '2017-10-01', '2025-05-31'];
const CATEGORIES: ExitCategory[] = ['durable', 'transition', 'positive', 'other', 'withdrawn'];
const reason = fc.constantFrom(...exitReasons.codes);

/** Exit date from a hiring: on the 3-month limit, a day before or after, a few days' thresholds, or anywhere. */
const exitAfter = (hiredOn: string) =>
  fc.oneof(
    fc.constantFrom(-1, 0, 1).map((d) => addDaysIso(addMonthsIso(hiredOn, 3), d)),
    fc.constantFrom(0, 1, 79, 80, 81, 200).map((d) => addDaysIso(hiredOn, d)),
    fc.integer({ min: 0, max: 700 }).map((d) => addDaysIso(hiredOn, d)),
  );

const record: fc.Arbitrary<ExitRecord> = fc
  .record({
    personId: fc.constantFrom('p1', 'p2', 'p3', "p'4"),
    structureId: fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }),
    structureKind: fc.constantFrom(...SIAE_KINDS),
    hiredOn: fc.constantFrom(...HIRES),
    hoursWorked: fc.oneof(fc.constantFrom(0, 0.5, 1, 149, 149.5, 150, 449, 450), fc.integer({ min: 0, max: 2000 })),
    reason,
    followUp: fc.option(fc.record({ 3: reason, 6: reason, 12: reason }, { requiredKeys: [] }), { nil: undefined }),
  })
  .chain((r) => exitAfter(r.hiredOn).map((exitedOn) => ({ ...r, exitedOn })))
  .map((r) => {
    const out: ExitRecord = { personId: r.personId, structureKind: r.structureKind, hiredOn: r.hiredOn, exitedOn: r.exitedOn, hoursWorked: r.hoursWorked, reason: r.reason };
    if (r.structureId !== undefined) out.structureId = r.structureId;
    if (r.followUp !== undefined) out.followUp = r.followUp;
    return out;
  });

/** A cohort with re-hires and ties: some records copy another one's person, structure and exit date. */
const cohort = fc
  .array(record, { minLength: 0, maxLength: 25 })
  .chain((recs) =>
    fc
      .array(fc.record({ from: fc.nat(), reason, hours: fc.constantFrom(150, 10), sameHire: fc.boolean() }), { maxLength: recs.length === 0 ? 0 : 6 })
      .map((copies) => [
        ...recs,
        ...copies.map((c) => {
          const base = recs[c.from % recs.length]!;
          return { ...base, reason: c.reason, hoursWorked: c.sameHire ? base.hoursWorked : c.hours, hiredOn: c.sameHire ? base.hiredOn : HIRES[c.from % HIRES.length]! < base.exitedOn ? HIRES[c.from % HIRES.length]! : base.hiredOn };
        }),
      ]),
  );

/** A second mapping whose categories differ on some reasons, taking over mid-period (with a possible gap). */
const mapping: fc.Arbitrary<ExitCategoryMapping | ExitCategoryMapping[] | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .record({
      switchOn: fc.constantFrom('2024-06-01', '2025-03-01', '2025-04-30'),
      gap: fc.constantFrom(0, 0, 10),
      changes: fc.dictionary(reason, fc.constantFrom(...CATEGORIES), { maxKeys: 12 }),
      lastUntil: fc.option(fc.constantFrom('2025-09-30', '2026-06-30'), { nil: null }),
    })
    .map(({ switchOn, gap, changes, lastUntil }) => {
      const first: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'first', validUntil: addDaysIso(switchOn, -1 - gap) };
      const rows = { ...defaultCategoryMapping.rows };
      for (const [k, category] of Object.entries(changes)) rows[k as ExitReasonCode] = { category, assumed: true };
      const second: ExitCategoryMapping = { ...defaultCategoryMapping, id: 'second', validFrom: switchOn, validUntil: lastUntil, rows };
      return [second, first];
    }),
);

const threshold: fc.Arbitrary<PresenceThreshold> = fc
  .record({ m: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), d: fc.option(fc.constantFrom(0, 80, 90), { nil: undefined }), h: fc.option(fc.constantFrom(1, 150, 149.5), { nil: undefined }) })
  .map(({ m, d, h }) => ({
    labelFr: 'seuil de test',
    ...(m !== undefined ? { minMonthsExclusive: m } : {}),
    ...(d !== undefined ? { minDaysExclusive: d } : {}),
    ...(h !== undefined ? { minHours: h } : {}),
  }));

const thresholds: fc.Arbitrary<Partial<Record<SiaeKind, PresenceThreshold>> | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(ETTI_450_HOURS_VARIANT),
  fc.constant(PILOTAGE_ACI_EI_VARIANT),
  fc.dictionary(fc.constantFrom(...SIAE_KINDS), threshold, { maxKeys: 3 }) as fc.Arbitrary<Partial<Record<SiaeKind, PresenceThreshold>>>,
);

/** Periods that cut people's exits (some exits before, in and after). */
const period = fc.option(
  fc.tuple(fc.constantFrom('2024-03-01', '2024-04-30', '2025-01-01', '2025-05-01'), fc.constantFrom('2025-04-30', '2025-06-30', '2025-12-31', '2026-12-31')).filter(([from, to]) => from <= to)
    .map(([from, to]) => ({ from, to })),
  { nil: undefined },
);

const options = fc.record({
  rate: fc.constantFrom(...(Object.keys(EXIT_RATES) as ExitRateKey[])),
  variant: fc.constantFrom('dgefp' as const, 'uriae' as const),
  monthsAfterExit: fc.constantFrom(0 as const, 0 as const, 3 as const, 6 as const, 12 as const),
  // Absent (the variant's default), or either treatment of an unknown situation at the horizon.
  unknownFollowUp: fc.constantFrom(undefined, 'sans_nouvelle' as const, 'excluded' as const),
  period,
  mapping,
  thresholds,
});

type Case = { records: ExitRecord[]; o: typeof options extends fc.Arbitrary<infer T> ? T : never };

function rateOptionsOf(o: Case['o']): RateOptions {
  const ro: RateOptions = { variant: o.variant, monthsAfterExit: o.monthsAfterExit };
  if (o.unknownFollowUp) ro.unknownFollowUp = o.unknownFollowUp;
  if (o.period) ro.period = o.period;
  if (o.mapping) ro.mapping = o.mapping;
  if (o.thresholds) ro.thresholds = o.thresholds;
  return ro;
}

function jsRate(records: ExitRecord[], o: Case['o']): RateResult {
  const definition = EXIT_RATES[o.rate];
  const ro = rateOptionsOf(o);
  return rateFromClassified(definition, classifyExits(records, ro, inNumeratorOf(definition)), ro);
}

async function assertEqual(engine: TestEngine, records: ExitRecord[], o: Case['o']): Promise<void> {
  const js = jsRate(records, o);
  await engine.load(records);
  const sqlOptions = { dialect: engine.dialect, ...o, period: o.period ?? null };
  const members = (await engine.query(exitRateMembersSql(sqlOptions))).map((r) => ({
    index: Number(r.record_index),
    personId: r.person_id,
    structureId: r.structure_id,
    exitedOn: r.exited_on,
    status: r.status,
    category: r.category,
    why: r.why,
    whyFr: r.why_fr,
  }));
  expect(members).toEqual(js.members);
  const [rate] = await engine.query(exitRateSql(sqlOptions));
  expect(rate).toBeDefined();
  const r = rate!;
  expect({
    indicatorId: r.indicator_id,
    value: r.value === null ? null : Number(r.value),
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    counts: countsOfRow(r),
  }).toEqual({ indicatorId: js.indicatorId, value: js.value, numerator: js.numerator, denominator: js.denominator, counts: js.counts });
  // Several rates in one query (shared period and latest exits): each row equals its function.
  const other: Case['o'] = { ...o, variant: o.variant === 'uriae' ? 'dgefp' : 'uriae', monthsAfterExit: o.monthsAfterExit === 0 ? 6 : 0, rate: 'durable' };
  const { period: _p, ...first } = o;
  const { period: _q, ...second } = other;
  // A third rate with the first one's classification and another numerator: one shared classification.
  const sibling: Case['o'] = { ...o, rate: o.rate === 'transition' ? 'positive' : 'transition' };
  const { period: _r, ...third } = sibling;
  const rows = await engine.query(
    exitRatesSql({ dialect: engine.dialect, period: o.period ?? null }, [
      { ...first, indicatorId: 'first' },
      { ...second, indicatorId: 'second' },
      { ...third, indicatorId: 'third' },
    ]),
  );
  const byId = new Map(rows.map((row) => [row.indicator_id, row]));
  for (const [id, opts] of [['first', o], ['second', other], ['third', sibling]] as const) {
    const expected = jsRate(records, opts);
    const row = byId.get(id)!;
    expect([Number(row.numerator), Number(row.denominator), Number(row.below_threshold), Number(row.withdrawn)], id).toEqual([expected.numerator, expected.denominator, expected.counts.belowThreshold, expected.counts.withdrawn]);
  }
}

/** The counts of `RateCounts` of an SQL rate or group row. */
function countsOfRow(r: Record<string, string | number | null>): RateResult['counts'] {
  return {
    durable: Number(r.durable),
    transition: Number(r.transition),
    positive: Number(r.positive),
    other: Number(r.other),
    withdrawn: Number(r.withdrawn),
    belowThreshold: Number(r.below_threshold),
  };
}

/** The function of each rate key, as `breakdownRate` takes it. */
const RATE_FUNCTIONS: Record<ExitRateKey, (exits: readonly ExitRecord[], options?: RateOptions) => RateResult> = {
  dynamic: dynamicExitRate,
  durable: durableEmploymentRate,
  transition: transitionEmploymentRate,
  positive: positiveExitRate,
  employment: employmentExitRate,
};

const BREAKDOWN_KEYS: BreakdownKey[] = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'];

/** A group of a breakdown as the tests compare it: SQL rows and `breakdownRate` groups alike. */
type GroupRow = { breakdown: string; key: string; indicatorId: string; value: number | null; numerator: number; denominator: number; counts: RateResult['counts'] };

function groupRowOf(r: Record<string, string | number | null>): GroupRow {
  return {
    breakdown: String(r.breakdown),
    key: String(r.group_key),
    indicatorId: String(r.indicator_id),
    value: r.value === null ? null : Number(r.value),
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    counts: countsOfRow(r),
  };
}

/** The groups of `breakdownRate` for these keys, keys in JS string order (as the SQL orders them). */
function jsBreakdowns(records: ExitRecord[], o: Case['o'], by: readonly BreakdownKey[]): GroupRow[] {
  return [...by]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap((key) =>
      breakdownRate(records, key, rateOptionsOf(o), RATE_FUNCTIONS[o.rate] as never).groups.map((g) => ({
        breakdown: key,
        key: g.key,
        indicatorId: g.result.indicatorId,
        value: g.result.value,
        numerator: g.result.numerator,
        denominator: g.result.denominator,
        counts: g.result.counts,
      })),
    );
}

/** Every key in one query, then `one` alone: the rows equal `breakdownRate` group by group. */
async function assertBreakdownsEqual(engine: TestEngine, records: ExitRecord[], o: Case['o'], one: BreakdownKey): Promise<void> {
  await engine.load(records);
  const sqlOptions = { dialect: engine.dialect, ...o, period: o.period ?? null };
  const all = (await engine.query(exitRateBreakdownsSql(sqlOptions, BREAKDOWN_KEYS))).map(groupRowOf);
  expect(all).toEqual(jsBreakdowns(records, o, BREAKDOWN_KEYS));
  const single = (await engine.query(exitRateBreakdownSql({ ...sqlOptions, by: one }))).map(groupRowOf);
  expect(single).toEqual(jsBreakdowns(records, o, [one]));
}

/** A cohort whose records may have a département (two that a linguistic collation orders otherwise: '2B' < '2a' byte by byte). */
const cohortWithDepartements = cohort.chain((recs) =>
  fc
    .array(fc.option(fc.constantFrom('59', '2B', '2a', '971'), { nil: undefined }), { minLength: recs.length, maxLength: recs.length })
    .map((ds) => recs.map((r, i) => (ds[i] === undefined ? r : { ...r, departement: ds[i] }))),
);

const breakdownProperty = (engine: () => TestEngine) =>
  fc.assert(
    fc.asyncProperty(cohortWithDepartements, options, fc.constantFrom(...BREAKDOWN_KEYS), async (records, o, one) => assertBreakdownsEqual(engine(), records, o, one)),
    { numRuns: 100 },
  );

const property = (engine: () => TestEngine) =>
  fc.assert(
    fc.asyncProperty(cohort, options, async (records, o) => assertEqual(engine(), records, o)),
    { numRuns: 100 },
  );

/** Hand-checked cases every run starts with (month end, exact threshold, 149/150 h, ties, re-hire). */
const HAND: ExitRecord[] = [
  // Hired Jan 31: 3 months end on Apr 30, so an exit on Apr 30 is below, May 1 is counted.
  { personId: 'a', structureId: 's1', structureKind: 'ACI', hiredOn: '2025-01-31', exitedOn: '2025-04-30', hoursWorked: 300, reason: 'CDI_NON_AIDE' },
  { personId: 'b', structureId: 's1', structureKind: 'ACI', hiredOn: '2025-01-31', exitedOn: '2025-05-01', hoursWorked: 300, reason: 'CDI_NON_AIDE' },
  { personId: 'c', structureId: 's2', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 149, reason: 'CDI_NON_AIDE' },
  { personId: 'd', structureId: 's2', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 150, reason: 'CHOMAGE' },
  // Two exits of e on the same day: the later hiring wins; then a re-hire and a later exit replaces both.
  { personId: 'e', structureId: 's1', structureKind: 'EI', hiredOn: '2025-01-02', exitedOn: '2025-06-30', hoursWorked: 500, reason: 'CDI_NON_AIDE' },
  { personId: 'e', structureId: 's1', structureKind: 'EI', hiredOn: '2025-02-02', exitedOn: '2025-06-30', hoursWorked: 500, reason: 'CHOMAGE' },
];

function handChecks(engine: () => TestEngine) {
  it('reproduces a hand-checked cohort (Jan 31 + 3 months, 149/150 h, ties on the exit date)', async () => {
    const e = engine();
    await e.load(HAND);
    const members = await e.query(exitRateMembersSql({ dialect: e.dialect }));
    expect(members.map((m) => `${m.person_id}:${m.why}`)).toEqual([
      'a:below_threshold',
      'b:in_numerator',
      'c:below_threshold',
      'd:not_in_numerator',
      'e:not_latest_exit',
      'e:not_in_numerator',
    ]);
    const [rate] = await e.query(exitRateSql({ dialect: e.dialect }));
    expect(Number(rate!.value)).toBe(1 / 3);
    await e.load([...HAND, { ...HAND[4]!, hiredOn: '2025-07-01', exitedOn: '2025-12-01', hoursWorked: 200, reason: 'CDI_NON_AIDE' }]);
    const later = await e.query(exitRateSql({ dialect: e.dialect, period: { from: '2025-01-01', to: '2025-11-30' } }));
    // The December exit is outside the period: the June exits stay as they were.
    expect([Number(later[0]!.numerator), Number(later[0]!.denominator)]).toEqual([1, 3]);
    await assertEqual(e, HAND, { rate: 'dynamic', variant: 'dgefp', monthsAfterExit: 0, unknownFollowUp: undefined, period: undefined, mapping: undefined, thresholds: undefined });
    // No follow-up at 3 months: « sans nouvelle » by default (examined, not in the numerator), left out when excluded.
    await e.load(HAND);
    const threeMonths = await e.query(exitRateMembersSql({ dialect: e.dialect, monthsAfterExit: 3 }));
    expect(threeMonths.map((m) => `${m.person_id}:${m.why}:${m.status}`).filter((w) => w.startsWith('b') || w.startsWith('d'))).toEqual(['b:unknown_follow_up:denominator', 'd:unknown_follow_up:denominator']);
    const excluded = await e.query(exitRateSql({ dialect: e.dialect, monthsAfterExit: 3, unknownFollowUp: 'excluded' }));
    expect([excluded[0]!.indicator_id, Number(excluded[0]!.denominator), excluded[0]!.value]).toEqual(['dynamic-exit-rate.3m.unknown-excluded', 0, null]);
  }, 60_000);
  it('gives the functions’ members and rate on generated cohorts (dated mappings, thresholds, variants, periods)', async () => {
    await property(engine);
  }, 300_000);
  it('breaks a rate down like breakdownRate: a person leaving a structure in two quarters counts in both, twice in one quarter once', async () => {
    const e = engine();
    const exit = (personId: string, hiredOn: string, exitedOn: string, reason: ExitReasonCode): ExitRecord => ({ personId, structureId: 's1', structureKind: 'ACI', hiredOn, exitedOn, hoursWorked: 500, reason });
    const records = [
      exit('p', '2024-01-02', '2025-02-10', 'CDI_NON_AIDE'),
      exit('p', '2025-02-11', '2025-05-20', 'CHOMAGE'),
      exit('q', '2024-01-02', '2025-07-10', 'CHOMAGE'),
      exit('q', '2024-01-02', '2025-08-20', 'CDI_NON_AIDE'),
      // Outside the period: no group 2026.
      exit('q', '2024-01-02', '2026-01-05', 'CDI_NON_AIDE'),
    ];
    await e.load(records);
    const period = { from: '2025-01-01', to: '2025-12-31' } as const;
    const rows = await e.query(exitRateBreakdownsSql({ dialect: e.dialect, period }, ['year', 'quarter', 'month']));
    expect(rows.map((r) => `${r.breakdown} ${r.group_key} ${r.numerator}/${r.denominator}`)).toEqual([
      'month 2025-02 1/1',
      'month 2025-05 0/1',
      'month 2025-07 0/1',
      'month 2025-08 1/1',
      // p in T1 and in T2: in both; q twice in T3: once, its August exit.
      'quarter 2025-T1 1/1',
      'quarter 2025-T2 0/1',
      'quarter 2025-T3 1/1',
      // Over the year each person counts once, with their latest exit.
      'year 2025 1/2',
    ]);
    expect(rows.map(groupRowOf)).toEqual(jsBreakdowns(records, { rate: 'dynamic', variant: 'dgefp', monthsAfterExit: 0, unknownFollowUp: undefined, period, mapping: undefined, thresholds: undefined }, ['year', 'quarter', 'month']));
    // A group whose exits are all excluded has its row, value null.
    const below = await e.query(exitRateBreakdownSql({ dialect: e.dialect, period, by: 'structureKind', thresholds: { ACI: { labelFr: 'seuil de test', minHours: 1000 } } }));
    expect(below.map((r) => [r.group_key, r.value, Number(r.denominator), Number(r.below_threshold)])).toEqual([['ACI', null, 0, 2]]);
  }, 60_000);
  it('gives breakdownRate’s groups for every key on generated cohorts (dated mappings, thresholds, variants, periods)', async () => {
    await breakdownProperty(engine);
  }, 300_000);
}

describe('exit-rate SQL equals the functions on DuckDB', () => {
  let duck: TestEngine;
  beforeAll(async () => {
    duck = await openDuckDb();
  });
  afterAll(async () => {
    await duck.close();
  });
  handChecks(() => duck);
});

const postgres = await openPostgres();

// Skipped (and listed as skipped in the CI summary) only when no server answers: SIAE_PG_URL or
// PGHOST unset or unreachable. `.ci/run` starts a throw-away cluster and sets SIAE_PG_URL.
describe.skipIf(postgres === null)('exit-rate SQL equals the functions on PostgreSQL (skipped when no server is reachable: set SIAE_PG_URL)', () => {
  afterAll(async () => {
    await postgres?.close();
  });
  handChecks(() => postgres!);
});
