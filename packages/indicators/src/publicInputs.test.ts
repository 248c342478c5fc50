// Every function the package exports, called with bad inputs (null, undefined, {}, wrong date
// formats, impossible dates, Object.prototype names as codes): each must throw the package's
// typed error (SiaeValidationError, with a path, French and English, never the value), never a
// TypeError and never a silent wrong answer. A bad record inside a list is reported in `issues`
// (batch semantics), not thrown. A new export without a row here fails the completeness test.
import { exitReasons, SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import * as api from './index';
import type { ExitRecord } from './index';

const BAD_DATES: unknown[] = [null, undefined, {}, [], 20250101, '', '06/01/2025', '2025-3-5', '2025-02-30', '2023-02-29', '2025-13-01', '10000-01-01', '+02025-01-01'];
const NOT_OBJECTS: unknown[] = [null, 'x', 42, []];
const NOT_LISTS: unknown[] = [null, undefined, 'x', 42, {}];
const PROTO = Object.getOwnPropertyNames(Object.prototype);
const SECRET = '06/01/2025';
const dates = (f: (d: unknown) => unknown) => BAD_DATES.map((d) => () => f(d));

const good: ExitRecord = { personId: 'p', structureId: 's', structureKind: 'ACI', hiredOn: '2025-01-02', exitedOn: '2025-06-30', hoursWorked: 600, reason: 'CDI_NON_AIDE' };
const cohort = api.prepareCohort([good]);
const classified = api.classifyExits([good]);
const period = { from: '2025-01-01', to: '2025-12-31' };
/** Options a JSON caller could send: each one is wrong. */
const BAD_OPTIONS: unknown[] = [
  null,
  'x',
  { variant: 'toString' },
  { monthsAfterExit: 4 },
  { period: { from: SECRET, to: '2025-12-31' } },
  { period: { from: '2025-12-31', to: '2025-01-01' } },
  { period: { from: '2025-01-01', to: null } },
  { mapping: {} },
  { mapping: [null] },
  { thresholds: { constructor: { labelFr: 'x' } } },
  { thresholds: { ACI: { minHours: -1, labelFr: 'x' } } },
  { assumeValid: 'yes' },
];
const mappingWith = (key: string) => {
  const rows = Object.fromEntries(exitReasons.codes.map((c) => [c, { category: 'other' }]));
  const doc = { id: 'm', labelFr: 'm', validFrom: '2014-01-01', source: 's', rows };
  return JSON.parse(JSON.stringify(doc).replace('"rows":{', `"rows":{"${key}":{"category":"durable"},`));
};

type Row = { calls: (() => unknown)[]; mode?: 'throws' | 'false' | 'undefined' };
const rateCalls = (f: (exits: unknown, options?: unknown) => unknown) => [...NOT_LISTS.map((v) => () => f(v)), ...BAD_OPTIONS.map((o) => () => f([good], o))];

const ROWS: Record<string, Row> = {
  defaultUnknownFollowUp: { calls: [null, 'x', 42, ...PROTO].map((v) => () => api.defaultUnknownFollowUp(v as never)) },
  wilsonInterval: { calls: [() => api.wilsonInterval(null as never, 10), () => api.wilsonInterval(1, -1), () => api.wilsonInterval(11, 10), () => api.wilsonInterval(1.5, 10), () => api.wilsonInterval(1, 10, 0), () => api.wilsonInterval(1, 10, Number.NaN)] },
  isSmallSample: { calls: [null, undefined, 'x', 1.5, -1, Number.NaN].map((v) => () => api.isSmallSample(v as never)) },
  citeArrete: { calls: [...NOT_OBJECTS, undefined, {}, { titleFr: 'Arrêté', date: SECRET }].map((v) => () => api.citeArrete(v as never)) },
  frenchDate: { calls: dates((d) => api.frenchDate(d as string)) },
  indicatorGridOf: { calls: [...NOT_OBJECTS, undefined, {}, { id: 42 }].map((v) => () => api.indicatorGridOf(v as never)) },
  aideAuPoste: { calls: [...[...NOT_OBJECTS, {}].map((v) => () => api.aideAuPoste(v as never)), ...dates((d) => api.aideAuPoste({ structureKind: 'ACI', etp: 1, date: d as string }))] },
  breakdownKeyOf: { calls: [...NOT_OBJECTS.map((v) => () => api.breakdownKeyOf(v as never, 'year')), ...[...PROTO, 'annee', null].map((b) => () => api.breakdownKeyOf(good, b as never))] },
  breakdownRate: { calls: [...rateCalls((e, o) => api.breakdownRate(e as never, 'year', o as never)), ...[...PROTO, 'annee'].map((b) => () => api.breakdownRate([good], b as never)), () => api.breakdownRate([good], 'year', {}, null as never)] },
  buildReportContext: { calls: [...NOT_OBJECTS.map((v) => () => api.buildReportContext(v as never, period)), () => api.buildReportContext({ persons: [{}] } as never, period), ...dates((d) => api.buildReportContext({} as never, { from: d as string, to: '2025-12-31' }))] },
  checkedCategoryMapping: { calls: [...NOT_OBJECTS, {}, ...PROTO.map(mappingWith)].map((v) => () => api.checkedCategoryMapping(v)) },
  classifyExits: { calls: [...rateCalls((e, o) => api.classifyExits(e as never, o as never)), () => api.classifyExits([good], {}, 'x' as never)] },
  classifyPrepared: { calls: [...NOT_OBJECTS.map((v) => () => api.classifyPrepared(v as never)), () => api.classifyPrepared({ ...cohort, inPeriod: [1] } as never), () => api.classifyPrepared({ ...cohort, subset: Int32Array.from([5]) }), ...BAD_OPTIONS.map((o) => () => api.classifyPrepared(cohort, o as never))] },
  assembleReport: {
    calls: [
      ...NOT_OBJECTS.map((v) => () => api.assembleReport(v as never)),
      () => api.assembleReport({} as never),
      ...dates((d) => api.assembleReport({ period: { from: d, to: '2025-12-31' } } as never)),
      ...PROTO.map((id) => () => api.assembleReport({ ...api.computeReport({}, { period }), values: { [id]: { value: 1, explanationFr: 'x' } } } as never)),
    ],
  },
  computeReport: { calls: [...BAD_OPTIONS, undefined, {}, { period: { from: '2025-01-01' } }].map((o) => () => api.computeReport({}, o as never)) },
  durableEmploymentRate: { calls: rateCalls((e, o) => api.durableEmploymentRate(e as never, o as never)) },
  dynamicExitRate: { calls: rateCalls((e, o) => api.dynamicExitRate(e as never, o as never)) },
  employmentExitRate: { calls: rateCalls((e, o) => api.employmentExitRate(e as never, o as never)) },
  exitRecordsFromDataset: { calls: [...NOT_OBJECTS, { exits: [{}] }, { constructor: [] }].map((v) => () => api.exitRecordsFromDataset(v as never)) },
  getIndicator: { calls: [null, undefined, 42, {}].map((v) => () => api.getIndicator(v as never)) },
  inNumeratorOf: { calls: [...NOT_OBJECTS, {}, { base: 'x', categories: ['constructor'] }, { base: 'x', categories: null }].map((v) => () => api.inNumeratorOf(v as never)) },
  isLaterExit: { calls: [...NOT_OBJECTS.map((v) => () => api.isLaterExit(v as never, good)), () => api.isLaterExit(good, { ...good, exitedOn: SECRET })] },
  isOutsidePeriod: { calls: [...dates((d) => api.isOutsidePeriod(d as string, period)), ...dates((d) => api.isOutsidePeriod('2025-06-01', { from: d as string, to: '2025-12-31' }))] },
  loadCategoryMapping: { calls: [...NOT_OBJECTS, {}, ...PROTO.map(mappingWith)].map((v) => () => api.loadCategoryMapping(v)) },
  looksLikeValidExitRecord: { mode: 'false', calls: [...NOT_OBJECTS, {}, ...PROTO.map((r) => ({ ...good, reason: r })), ...PROTO.map((k) => ({ ...good, structureKind: k })), { ...good, exitedOn: '2025-02-30' }].map((v) => () => api.looksLikeValidExitRecord(v)) },
  mappingAt: { calls: [...NOT_LISTS.map((v) => () => api.mappingAt(v as never, '2025-01-01')), ...dates((d) => api.mappingAt([api.defaultCategoryMapping], d as string)), () => api.mappingAt([{}] as never, '2025-01-01')] },
  modulationCriteria: {
    calls: [
      ...[...NOT_OBJECTS, {}].map((v) => () => api.modulationCriteria(v as never)),
      ...dates((d) => api.modulationCriteria({ date: d as string, insertionEmployees: 1, minimaSociauxBeneficiaries: 0, supportEtp: 1, insertionEtp: 1, dynamicExitRate: null })),
    ],
  },
  positiveExitRate: { calls: rateCalls((e, o) => api.positiveExitRate(e as never, o as never)) },
  prepareCohort: { calls: rateCalls((e, o) => api.prepareCohort(e as never, o as never)) },
  rateFromClassified: { calls: [...NOT_OBJECTS.map((v) => () => api.rateFromClassified(v as never, classified)), ...NOT_OBJECTS.map((v) => () => api.rateFromClassified(api.EXIT_RATES.dynamic, v as never)), () => api.rateFromClassified({ base: 'x', categories: ['toString'] } as never, classified)] },
  rateId: { calls: [() => api.rateId(null as never, {}), ...BAD_OPTIONS.map((o) => () => api.rateId('x', o as never))] },
  rateResultOf: { calls: [() => api.rateResultOf(null as never, [], classified), () => api.rateResultOf('x', ['constructor'] as never, classified), () => api.rateResultOf('x', [], { ...classified, counts: {} } as never), ...BAD_OPTIONS.map((o) => () => api.rateResultOf('x', [], classified, o as never))] },
  supersededExits: { calls: [...NOT_LISTS.map((v) => () => api.supersededExits(v as never, new Uint8Array(0))), () => api.supersededExits([good], [1] as never), () => api.supersededExits([{ ...good, reason: 'toString' }] as never, new Uint8Array(1)), () => api.supersededExits([good], new Uint8Array(1), new Int32Array(0))] },
  transitionEmploymentRate: { calls: rateCalls((e, o) => api.transitionEmploymentRate(e as never, o as never)) },
  validateExitRecords: { calls: [...NOT_LISTS.map((v) => () => api.validateExitRecords(v as never)), () => api.validateExitRecords([], 'yes' as never)] },
};

function expectTyped(thrown: unknown, label: string): void {
  expect(thrown, label).toBeInstanceOf(SiaeValidationError);
  const err = thrown as SiaeValidationError;
  expect(err.issues.length, label).toBeGreaterThan(0);
  for (const issue of err.issues) {
    expect(issue.pathText, label).toEqual(expect.any(String));
    expect(issue.messageFr.length, label).toBeGreaterThan(0);
    expect(issue.messageEn.length, label).toBeGreaterThan(0);
  }
  expect(err.message, label).not.toContain(SECRET);
}

describe('every exported function of @siae/indicators, with bad inputs', () => {
  it('has a row for every exported function', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(functions.filter((k) => !(k in ROWS))).toEqual([]);
  });
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: ${row.mode ?? 'throws SiaeValidationError'} on each of ${row.calls.length} bad inputs`, () => {
      for (const [i, call] of row.calls.entries()) {
        if (row.mode === 'false') {
          expect(call(), `call ${i}`).toBe(false);
          continue;
        }
        let thrown: unknown;
        try {
          const out = call();
          expect.unreachable(`call ${i} returned ${JSON.stringify(out)?.slice(0, 80)}`);
        } catch (e) {
          thrown = e;
        }
        expectTyped(thrown, `call ${i}`);
      }
    });
  }
  it('reports a record with an Object.prototype name as reason or kind in issues, and rates the others', () => {
    for (const name of PROTO) {
      const r = api.dynamicExitRate([good, { ...good, reason: name }, { ...good, personId: 'q', structureKind: name }] as unknown[]);
      expect(r.denominator).toBe(1);
      expect(r.issues.map((i) => i.pathText)).toEqual(['[1].reason', '[2].structureKind']);
    }
  });
  it('never reads a mapping row or a threshold from Object.prototype under assumeValid', () => {
    for (const name of PROTO) {
      const r = api.dynamicExitRate([{ ...good, reason: name }] as unknown[], { assumeValid: true });
      expect(r.numerator).toBe(0);
      expect(r.members[0]?.why).toBe('no_mapping');
      const k = api.dynamicExitRate([{ ...good, structureKind: name }] as unknown[], { assumeValid: true });
      expect(k.numerator).toBe(1);
    }
  });
});
