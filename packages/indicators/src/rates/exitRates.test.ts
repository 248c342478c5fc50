import fc from 'fast-check';
import { exitReasons } from '@siae/model';
import { describe, expect, it } from 'vitest';
import type { ExitRecord } from '../exits/exitRecord';
import { loadCategoryMapping } from '../mapping/categoryMapping';
import { ETTI_450_HOURS_VARIANT, PILOTAGE_ACI_EI_VARIANT } from '../parameters/thresholds';
import { breakdownRate } from './breakdown';
import { classifyPrepared, prepareCohort, type RateOptions } from './classify';
import { durableEmploymentRate, dynamicExitRate, employmentExitRate, positiveExitRate, rateId, rateResultOf, transitionEmploymentRate } from './exitRates';

/** An ACI exit after 6 months and 600 hours. */
function aci(personId: string, reason: ExitRecord['reason'], over: Partial<ExitRecord> = {}): ExitRecord {
  return { personId, structureId: 's1', structureKind: 'ACI', hiredOn: '2025-01-06', exitedOn: '2025-07-04', hoursWorked: 600, reason, ...over };
}

// A cohort worked out by hand:
//  p1 CDI                 durable     -> numerator
//  p2 CDD < 6 months      transition  -> numerator
//  p3 qualifying training positive    -> numerator
//  p4 unemployed          other       -> denominator only
//  p5 no news             other       -> denominator only (DGEFP), excluded (URIAE)
//  p6 retirement          withdrawn   -> excluded
//  p7 CDI after 2 months  below threshold (ACI: more than 3 months) -> excluded
//  p8 AI, 149 hours       below threshold (AI: 150 hours) -> excluded
//  p9 AI, 150 hours, CDI  durable     -> numerator
// => DGEFP: 4 / 6; URIAE: 4 / 5.
const cohort: ExitRecord[] = [
  aci('p1', 'CDI_NON_AIDE'),
  aci('p2', 'CDD_MOINS_6_MOIS'),
  aci('p3', 'FORMATION_QUALIFIANTE'),
  aci('p4', 'CHOMAGE'),
  aci('p5', 'SANS_NOUVELLE'),
  aci('p6', 'RETRAITE'),
  aci('p7', 'CDI_NON_AIDE', { exitedOn: '2025-03-05' }),
  { personId: 'p8', structureId: 's2', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 149, reason: 'CDI_NON_AIDE' },
  { personId: 'p9', structureId: 's2', structureKind: 'AI', hiredOn: '2025-01-06', exitedOn: '2025-06-30', hoursWorked: 150, reason: 'CDI_AIDE' },
];

describe('dynamicExitRate', () => {
  it('counts durable, transition and positive exits over the exits examined', () => {
    const r = dynamicExitRate(cohort);
    expect(r.numerator).toBe(4);
    expect(r.denominator).toBe(6);
    expect(r.value).toBeCloseTo(4 / 6, 10);
    expect(r.counts).toEqual({ durable: 2, transition: 1, positive: 1, other: 2, withdrawn: 1, belowThreshold: 2 });
    expect(r.indicatorId).toBe('dynamic-exit-rate');
  });
  it('says for each person where they are and why', () => {
    const r = dynamicExitRate(cohort);
    const by = Object.fromEntries(r.members.map((m) => [m.personId, [m.status, m.why]]));
    expect(by).toEqual({
      p1: ['numerator', 'in_numerator'],
      p2: ['numerator', 'in_numerator'],
      p3: ['numerator', 'in_numerator'],
      p4: ['denominator', 'not_in_numerator'],
      p5: ['denominator', 'not_in_numerator'],
      p6: ['excluded', 'withdrawn_reason'],
      p7: ['excluded', 'below_threshold'],
      p8: ['excluded', 'below_threshold'],
      p9: ['numerator', 'in_numerator'],
    });
    expect(r.members.find((m) => m.personId === 'p7')?.whyFr).toBe('sous le seuil de présence');
  });
  it('takes "autre situation connue", "inactif" and "sans nouvelle" out of the denominator in the URIAE variant', () => {
    const r = dynamicExitRate([...cohort, aci('p10', 'INACTIF'), aci('p11', 'AUTRE_SITUATION_CONNUE')], { variant: 'uriae' });
    expect([r.numerator, r.denominator]).toEqual([4, 5]);
    expect(r.members.filter((m) => m.why === 'uriae_exclusion').map((m) => m.personId)).toEqual(['p5', 'p10', 'p11']);
    expect(r.indicatorId).toBe('dynamic-exit-rate.uriae');
  });
  it('applies the ACI threshold at exactly 3 months (more than 3 months counts)', () => {
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hiredOn: '2025-01-06', exitedOn: '2025-04-06' })]).denominator).toBe(0);
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hiredOn: '2025-01-06', exitedOn: '2025-04-07' })]).denominator).toBe(1);
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hoursWorked: 0 })]).counts.belowThreshold).toBe(1);
  });
  it('applies the pipeline variant at 80 days (2.65 months × 0.0328767, more than 80 days counts) and 1 hour', () => {
    const o = { thresholds: PILOTAGE_ACI_EI_VARIANT };
    // 2025-01-01 -> 2025-03-22 is 80 days (31 + 28 + 21): below; 2025-03-23 is 81 days: counted.
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hiredOn: '2025-01-01', exitedOn: '2025-03-22' })], o).counts.belowThreshold).toBe(1);
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hiredOn: '2025-01-01', exitedOn: '2025-03-23' })], o).value).toBe(1);
    // Counted by the pipeline at 81 days, below the default "more than 3 months".
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hiredOn: '2025-01-01', exitedOn: '2025-03-23' })]).value).toBeNull();
    expect(dynamicExitRate([aci('a', 'CDI_NON_AIDE', { hoursWorked: 0 })], o).counts.belowThreshold).toBe(1);
    expect(dynamicExitRate([{ ...aci('e', 'CDI_NON_AIDE', { hiredOn: '2025-01-01', exitedOn: '2025-03-23' }), structureKind: 'EI' }], o).value).toBe(1);
  });
  it('has no threshold for EITI and a 450-hour variant for ETTI', () => {
    const eiti: ExitRecord = { personId: 'e', structureKind: 'EITI', hiredOn: '2025-01-06', exitedOn: '2025-01-10', hoursWorked: 0, reason: 'EITI_POURSUITE_CA_MEDIAN' };
    expect(dynamicExitRate([eiti]).value).toBe(1);
    const etti: ExitRecord = { personId: 't', structureKind: 'ETTI', hiredOn: '2025-01-06', exitedOn: '2025-05-10', hoursWorked: 300, reason: 'INTERIM_6_MOIS_PLUS' };
    expect(dynamicExitRate([etti]).value).toBe(1);
    expect(dynamicExitRate([etti], { thresholds: ETTI_450_HOURS_VARIANT }).value).toBeNull();
    expect(dynamicExitRate([{ ...etti, hoursWorked: 450 }], { thresholds: ETTI_450_HOURS_VARIANT }).value).toBe(1);
  });
  it('reads the situation 3, 6 or 12 months after the exit', () => {
    const exits = [
      aci('a', 'CHOMAGE', { followUp: { 3: 'CDD_MOINS_6_MOIS', 6: 'CDI_NON_AIDE' } }),
      aci('b', 'CDI_NON_AIDE', { followUp: { 6: 'CHOMAGE' } }),
      aci('c', 'CHOMAGE'),
    ];
    const at6 = dynamicExitRate(exits, { monthsAfterExit: 6 });
    // c's situation at 6 months is unknown: « sans nouvelle », examined and not in the numerator.
    expect([at6.numerator, at6.denominator]).toEqual([1, 3]);
    expect(at6.members.find((m) => m.personId === 'c')).toMatchObject({ status: 'denominator', category: 'other', why: 'unknown_follow_up' });
    expect(at6.indicatorId).toBe('dynamic-exit-rate.6m');
    expect(at6.parameters.unknownFollowUp).toBe('sans_nouvelle');
    // At 3 months only a's situation is known (a CDD of less than 6 months): 1 transition of 3 examined.
    expect(durableEmploymentRate(exits, { monthsAfterExit: 3 }).value).toBe(0);
    expect(transitionEmploymentRate(exits, { monthsAfterExit: 3 }).value).toBe(1 / 3);
  });
  // Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc), « Taux de sortie dynamique »:
  // the URIAE variant takes « sans nouvelle » out of the denominator; the DGEFP rate keeps it in
  // (ASP bilan, docs/sources.md#asp-extranet: « sans nouvelle » is an « autre sortie »). An unknown
  // situation at the horizon follows the same rule instead of being silently left out.
  it('counts an unknown situation at the horizon as « sans nouvelle » under DGEFP, leaves it out under URIAE or on request', () => {
    const exits = [aci('a', 'CHOMAGE', { followUp: { 6: 'CDI_NON_AIDE' } }), aci('b', 'CHOMAGE', { followUp: { 6: 'CHOMAGE' } }), aci('c', 'CDI_NON_AIDE'), aci('d', 'CDI_NON_AIDE')];
    const dgefp = dynamicExitRate(exits, { monthsAfterExit: 6 });
    expect([dgefp.numerator, dgefp.denominator, dgefp.value]).toEqual([1, 4, 0.25]);
    expect(dgefp.counts.other).toBe(3);
    const excluded = dynamicExitRate(exits, { monthsAfterExit: 6, unknownFollowUp: 'excluded' });
    expect([excluded.numerator, excluded.denominator, excluded.value]).toEqual([1, 2, 0.5]);
    expect(excluded.members.filter((m) => m.why === 'no_follow_up').map((m) => m.personId)).toEqual(['c', 'd']);
    expect(excluded.indicatorId).toBe('dynamic-exit-rate.6m.unknown-excluded');
    const uriae = dynamicExitRate(exits, { monthsAfterExit: 6, variant: 'uriae' });
    expect([uriae.numerator, uriae.denominator]).toEqual([1, 2]);
    expect(uriae.parameters.unknownFollowUp).toBe('excluded');
    expect(uriae.members.find((m) => m.personId === 'c')?.why).toBe('no_follow_up');
    // Read as « sans nouvelle » under the URIAE variant, it leaves the denominator as that motif does.
    const uriaeSn = dynamicExitRate(exits, { monthsAfterExit: 6, variant: 'uriae', unknownFollowUp: 'sans_nouvelle' });
    expect([uriaeSn.numerator, uriaeSn.denominator]).toEqual([1, 2]);
    expect(uriaeSn.members.find((m) => m.personId === 'c')?.why).toBe('uriae_exclusion');
    // At the exit itself (no horizon) the option changes nothing.
    expect(dynamicExitRate(exits, { unknownFollowUp: 'excluded' }).denominator).toBe(4);
    expect(dynamicExitRate(exits).parameters.unknownFollowUp).toBeUndefined();
  });
  it('filters on the exit date, both ends included, and gives null for an empty period', () => {
    const r = dynamicExitRate(cohort, { period: { from: '2025-06-30', to: '2025-06-30' } });
    expect(r.denominator).toBe(1);
    expect(r.members.filter((m) => m.why === 'outside_period')).toHaveLength(7);
    const empty = dynamicExitRate(cohort, { period: { from: '2026-01-01', to: '2026-12-31' } });
    expect(empty.value).toBeNull();
    expect(empty.numerator).toBe(0);
    expect(dynamicExitRate([]).value).toBeNull();
  });
  it('counts only the latest exit of a person in a structure', () => {
    const twice = [aci('p', 'CHOMAGE', { exitedOn: '2025-07-04' }), aci('p', 'CDI_NON_AIDE', { hiredOn: '2025-08-01', exitedOn: '2025-12-19' })];
    const r = dynamicExitRate(twice);
    expect([r.numerator, r.denominator]).toEqual([1, 1]);
    expect(r.members[0]?.why).toBe('not_latest_exit');
    // In a period that only holds the first exit, that one counts.
    expect(dynamicExitRate(twice, { period: { from: '2025-01-01', to: '2025-07-31' } }).denominator).toBe(1);
    // Two structures: two exits.
    expect(dynamicExitRate([twice[0]!, { ...twice[1]!, structureId: 's9' }]).denominator).toBe(2);
  });
  it('reports bad records with their path and still rates the others', () => {
    const r = dynamicExitRate([aci('ok', 'CDI_NON_AIDE'), { ...aci('bad', 'CDI_NON_AIDE'), exitedOn: '2025-02-30', reason: 'NOPE' }] as unknown[]);
    expect(r.denominator).toBe(1);
    expect(r.issues.map((i) => i.pathText).sort()).toEqual(['[1].exitedOn', '[1].reason']);
    expect(JSON.stringify(r.issues)).not.toContain('NOPE');
  });
  it('uses a replacement mapping', () => {
    const rows = Object.fromEntries(exitReasons.entries.map((e) => [e.code, { category: e.defaultCategory, assumed: e.assumed }]));
    rows.RUPTURE_PERIODE_ESSAI = { category: 'withdrawn', assumed: false };
    const mapping = loadCategoryMapping({ id: 'local', labelFr: 'Lecture locale', validFrom: '2020-01-01', source: 'DDETS', rows });
    const exits = [aci('a', 'RUPTURE_PERIODE_ESSAI'), aci('b', 'CDI_NON_AIDE')];
    expect(dynamicExitRate(exits).value).toBe(0.5);
    expect(dynamicExitRate(exits, { mapping }).value).toBe(1);
  });
  it('gives the companion rates over the same denominator', () => {
    expect(durableEmploymentRate(cohort).value).toBeCloseTo(2 / 6);
    expect(transitionEmploymentRate(cohort).value).toBeCloseTo(1 / 6);
    expect(positiveExitRate(cohort).value).toBeCloseTo(1 / 6);
    expect(employmentExitRate(cohort).value).toBeCloseTo(3 / 6);
  });
});

describe('rates: properties', () => {
  const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
  const record = fc.record({
    personId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    structureId: fc.constantFrom('s1', 's2'),
    structureKind: fc.constantFrom(...kinds),
    hiredOn: fc.constantFrom('2024-01-01', '2024-06-15', '2025-01-01'),
    exitedOn: fc.constantFrom('2025-02-01', '2025-06-30', '2025-12-31'),
    hoursWorked: fc.integer({ min: 0, max: 2000 }),
    reason: fc.constantFrom(...exitReasons.codes),
  });
  it('stays between 0 and 1, numerator never above denominator, whatever the order, inputs untouched', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.constantFrom('dgefp' as const, 'uriae' as const), (exits, variant) => {
        const frozen = structuredClone(exits);
        const r = dynamicExitRate(exits, { variant });
        expect(exits).toEqual(frozen);
        expect(r.numerator).toBeLessThanOrEqual(r.denominator);
        if (r.value !== null) {
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(1);
        } else expect(r.denominator).toBe(0);
        const reversed = dynamicExitRate([...exits].reverse(), { variant });
        expect([reversed.numerator, reversed.denominator, reversed.counts]).toEqual([r.numerator, r.denominator, r.counts]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a cohort prepared once', () => {
  const kinds = ['ACI', 'AI', 'EI', 'EITI', 'ETTI'] as const;
  const record = fc.record({
    personId: fc.constantFrom('a', 'b', 'c'),
    structureId: fc.constantFrom('s1', 's2'),
    structureKind: fc.constantFrom(...kinds),
    hiredOn: fc.constantFrom('2024-01-01', '2024-11-30', '2025-01-01'),
    exitedOn: fc.constantFrom('2025-02-01', '2025-03-01', '2025-12-31'),
    hoursWorked: fc.integer({ min: 0, max: 600 }),
    reason: fc.constantFrom(...exitReasons.codes),
    followUp: fc.record({ 6: fc.constantFrom(...exitReasons.codes) }, { requiredKeys: [] }),
  });
  const options = fc.record(
    {
      variant: fc.constantFrom('dgefp' as const, 'uriae' as const),
      monthsAfterExit: fc.constantFrom(0 as const, 6 as const),
      thresholds: fc.constantFrom(ETTI_450_HOURS_VARIANT, PILOTAGE_ACI_EI_VARIANT),
    },
    { requiredKeys: [] },
  );
  it('classifies like a rate computed from scratch, for any options', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 25 }), fc.array(options, { minLength: 1, maxLength: 4 }), (exits, optionList) => {
        const period = { from: '2025-01-01', to: '2025-06-30' };
        const cohort = prepareCohort(exits, { period });
        for (const o of optionList) {
          const shared = rateResultOf(rateId('dynamic-exit-rate', o), ['durable', 'transition', 'positive'], classifyPrepared(cohort, o, (c) => c !== 'other' && c !== 'withdrawn'), { ...o, period });
          expect(shared).toEqual(dynamicExitRate(exits, { ...o, period }));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('breakdownRate', () => {
  const record = fc.record({
    personId: fc.constantFrom('a', 'b', 'c'),
    structureId: fc.constantFrom('s1', 's2'),
    structureKind: fc.constantFrom('ACI' as const, 'AI' as const, 'EITI' as const),
    hiredOn: fc.constantFrom('2024-01-01', '2024-11-30', '2025-01-01'),
    exitedOn: fc.constantFrom('2025-02-01', '2025-03-01', '2025-05-31', '2025-12-31', '2026-01-02'),
    hoursWorked: fc.integer({ min: 0, max: 600 }),
    reason: fc.constantFrom(...exitReasons.codes),
  });
  it('rates each group in one pass exactly as rating the group on its own', () => {
    const byHand = (exits: readonly unknown[], o?: RateOptions) => dynamicExitRate(exits, o);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(record, fc.constant({ personId: '', reason: 'NOPE' })), { maxLength: 25 }),
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const, 'entryCohort' as const, 'structure' as const),
        fc.boolean(),
        (generated, by, withoutMembers) => {
          const exits: unknown[] = generated;
          const o: RateOptions = { period: { from: '2025-01-01', to: '2025-12-31' }, withoutMembers };
          expect(breakdownRate(exits, by, o)).toEqual(breakdownRate(exits, by, o, byHand));
          const durable = breakdownRate(exits, by, o, durableEmploymentRate);
          expect(durable).toEqual(breakdownRate(exits, by, o, (e, x) => durableEmploymentRate(e, x)));
        },
      ),
      { numRuns: 200 },
    );
  });
  it('reads the latest exit within each quarter: a person who leaves twice counts in both quarters', () => {
    const twice = [aci('p', 'CHOMAGE', { hiredOn: '2024-09-02', exitedOn: '2025-02-28' }), aci('p', 'CDI_NON_AIDE', { hiredOn: '2025-03-03', exitedOn: '2025-08-29' })];
    const b = breakdownRate(twice, 'quarter');
    expect(b.groups.map((g) => [g.key, g.result.numerator, g.result.denominator])).toEqual([
      ['2025-T1', 0, 1],
      ['2025-T3', 1, 1],
    ]);
    expect(b.groups[1]?.result.members.map((m) => m.index)).toEqual([1]);
    expect(breakdownRate(twice, 'year').groups.map((g) => [g.key, g.result.numerator, g.result.denominator])).toEqual([['2025', 1, 1]]);
  });
});
