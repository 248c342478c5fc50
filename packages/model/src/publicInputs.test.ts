// Every function the package exports, called with bad inputs (null, undefined, {}, wrong date
// formats, impossible dates, years out of range): each must throw the package's typed error
// (SiaeValidationError, with a path, French and English, never the value), never a TypeError and
// never a silent wrong answer. A new export without a row here fails the completeness test.
import { describe, expect, it } from 'vitest';
import * as api from './index';
import { SiaeValidationError } from './index';

/** Impossible or malformed dates, and a date whose year is out of range. */
const BAD_DATES: unknown[] = [null, undefined, {}, [], 20250101, '', '06/01/2025', '2025-3-5', '2025-02-30', '2023-02-29', '2025-13-01', '10000-01-01', '+02025-01-01', '2025-01-01T00:00:00Z', ' 2025-01-01'];
const NOT_OBJECTS: unknown[] = [null, undefined, 'x', 42, []];
const SECRET = '06/01/2025';

type Row = { calls: (() => unknown)[]; mode?: 'throws' | 'false' | 'undefined' | 'reports' };

const state = api.initialParcoursState('ACI');
const param = { id: 'p', labelFr: 'p', unit: 'days', values: [{ from: '2020-01-01', value: 1, source: 's' }] };
const dates = (f: (d: unknown) => unknown) => BAD_DATES.map((d) => () => f(d));

const ROWS: Record<string, Row> = {
  addDaysIso: { calls: [...dates((d) => api.addDaysIso(d as string, 1)), () => api.addDaysIso('2025-01-01', 1.5), () => api.addDaysIso('9999-12-31', 1), () => api.addDaysIso('0000-01-01', -1)] },
  addMonthsIso: { calls: [...dates((d) => api.addMonthsIso(d as string, 1)), () => api.addMonthsIso('9999-12-31', 1), () => api.addMonthsIso('2025-01-01', null as never)] },
  addYearsIso: { calls: [...dates((d) => api.addYearsIso(d as string, 1)), () => api.addYearsIso('9999-12-31', 1)] },
  ageOn: { calls: [...dates((d) => api.ageOn(d as string, '2025-01-01')), ...dates((d) => api.ageOn('1990-01-01', d as string))] },
  applyParcoursEvent: { calls: [...NOT_OBJECTS.map((s) => () => api.applyParcoursEvent(s as never, { type: 'oriented', date: '2025-01-01' })), () => api.applyParcoursEvent({ ...state, stage: 'toString' } as never, {}), () => api.applyParcoursEvent({ ...state, lastEventOn: SECRET }, {})] },
  assertNoForbiddenKeys: { calls: ['__proto__', 'constructor', 'prototype'].map((k) => () => api.assertNoForbiddenKeys(JSON.parse(`{"a":{"${k}":1}}`), 'doc')) },
  calendarMonthsBetween: { calls: [...dates((d) => api.calendarMonthsBetween(d as string, '2025-01-01')), ...dates((d) => api.calendarMonthsBetween('2025-01-01', d as string))] },
  checkParcoursState: { calls: [...NOT_OBJECTS.map((s) => () => api.checkParcoursState(s)), () => api.checkParcoursState({}), () => api.checkParcoursState({ ...state, hiredOn: SECRET })] },
  compareIsoDates: { calls: [...dates((d) => api.compareIsoDates(d as string, '2025-01-01')), ...dates((d) => api.compareIsoDates('2025-01-01', d as string))] },
  daysBetween: { calls: [...dates((d) => api.daysBetween(d as string, '2025-01-01')), ...dates((d) => api.daysBetween('2025-01-01', d as string))] },
  defineCodeList: { calls: [() => api.defineCodeList(null as never, {} as never), () => api.defineCodeList([] as never, {} as never), () => api.defineCodeList(['A'] as const, {} as never), () => api.defineCodeList(['A', 'A'] as never, { A: { labelFr: 'a', source: 's' } } as never), () => api.defineCodeList(['toString'] as const, {} as never)] },
  dutiesAt: { calls: [...NOT_OBJECTS.map((s) => () => api.dutiesAt(s as never, '2025-01-01')), ...dates((d) => api.dutiesAt(state, d as string)), () => api.dutiesAt(state, '2025-01-01', { dueSoonDays: -1 }), () => api.dutiesAt(state, '2025-01-01', { toString: 1 } as never), () => api.dutiesAt(state, '2025-01-01', null as never)] },
  endAfterStart: { calls: [() => api.endAfterStart(null as never, 'b'), () => api.endAfterStart('a', {} as never)] },
  expectArray: { calls: NOT_OBJECTS.filter((v) => !Array.isArray(v)).map((v) => () => api.expectArray(v, 'x')) },
  expectFunction: { calls: NOT_OBJECTS.map((v) => () => api.expectFunction(v, 'x')) },
  expectInteger: { calls: [null, undefined, 'x', [], '1', 1.5, Number.NaN, Number.POSITIVE_INFINITY].map((v) => () => api.expectInteger(v, 'x')) },
  expectIsoDate: { calls: dates((d) => api.expectIsoDate(d, 'x')) },
  expectNumber: { calls: [null, undefined, 'x', [], '1', Number.NaN].map((v) => () => api.expectNumber(v, 'x')) },
  expectObject: { calls: NOT_OBJECTS.map((v) => () => api.expectObject(v, 'x')) },
  expectOneOf: { calls: [...NOT_OBJECTS, 'constructor', 'toString'].map((v) => () => api.expectOneOf(v, ['A', 'B'], 'x')) },
  expectString: { calls: [null, undefined, 42, {}].map((v) => () => api.expectString(v, 'x')) },
  findForbiddenKeys: { calls: [() => api.findForbiddenKeys({}, null as never), () => api.findForbiddenKeys({}, 'x' as never)] },
  formatPath: { calls: [null, undefined, 'a', {}].map((v) => () => api.formatPath(v as never)) },
  initialParcoursState: { calls: [...NOT_OBJECTS, {}, 'constructor', 'PLIE'].map((v) => () => api.initialParcoursState(v as never)) },
  invalidArgument: { calls: [() => api.invalidArgument('x', 'a', 'code', 'fr', 'en')] },
  isIsoDate: { mode: 'false', calls: dates((d) => api.isIsoDate(d)) },
  isValidSiret: { mode: 'false', calls: [null, undefined, {}, 73282932000074, '7328293200007', '73282932000075'].map((v) => () => api.isValidSiret(v as never)) },
  isWithinIso: { calls: [...dates((d) => api.isWithinIso(d as string, '2025-01-01', '2025-12-31')), ...dates((d) => api.isWithinIso('2025-06-01', d as string, '2025-12-31')), ...dates((d) => api.isWithinIso('2025-06-01', '2025-01-01', d as string))] },
  issueAt: { calls: [() => api.issueAt(null as never, 'c', 'fr', 'en'), () => api.issueAt([{}] as never, 'c', 'fr', 'en')] },
  issueFromZod: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.issueFromZod(v as never)) },
  issuesFromZod: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.issuesFromZod(v as never)) },
  maxIsoDate: { calls: [...dates((d) => api.maxIsoDate(d as string, '2025-01-01')), ...dates((d) => api.maxIsoDate('2025-01-01', d as string))] },
  minIsoDate: { calls: [...dates((d) => api.minIsoDate(d as string, '2025-01-01')), ...dates((d) => api.minIsoDate('2025-01-01', d as string))] },
  ownValue: { mode: 'undefined', calls: [...Object.getOwnPropertyNames(Object.prototype).map((k) => () => api.ownValue({ a: 1 }, k)), () => api.ownValue(null, 'a')] },
  parseIsoDate: { calls: dates((d) => api.parseIsoDate(d as string)) },
  pattern: { calls: [() => api.pattern(null as never, 'c', 'fr', 'en'), () => api.pattern(/x/, null as never, 'fr', 'en')] },
  replayParcours: { calls: [...NOT_OBJECTS.filter((v) => !Array.isArray(v)).map((v) => () => api.replayParcours('ACI', v as never)), () => api.replayParcours('constructor' as never, []), () => api.replayParcours('ACI', [], null as never), () => api.replayParcours('ACI', [], { sortByDate: 'yes' } as never)] },
  requireValueAt: { calls: [...NOT_OBJECTS.map((v) => () => api.requireValueAt(v as never, '2025-01-01')), ...dates((d) => api.requireValueAt(param, d as string)), () => api.requireValueAt(param, '2019-12-31')] },
  safeValidate: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.safeValidate(v as never, 1)) },
  stageOrder: { calls: [...NOT_OBJECTS, 'constructor', 'sortie'].map((v) => () => api.stageOrder(v as never)) },
  toIsoDate: { calls: [null, undefined, {}, '2025-01-01', new Date(Number.NaN), new Date(Date.UTC(10000, 0, 1)), new Date(Date.UTC(-1, 0, 1))].map((v) => () => api.toIsoDate(v as never)) },
  validate: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.validate(v as never, 1)) },
  validateDataset: { mode: 'reports', calls: [null, undefined, 'x', 42, [], { constructor: [] }, JSON.parse('{"__proto__": []}'), { persons: 'x' }].map((v) => () => api.validateDataset(v)) },
  valueAt: { calls: [...NOT_OBJECTS.map((v) => () => api.valueAt(v as never, '2025-01-01')), ...dates((d) => api.valueAt(param, d as string)), () => api.valueAt({ ...param, values: [{ from: SECRET, value: 1, source: 's' }] }, '2025-01-01')] },
};
/** Exports that take no input, or are classes. */
const NO_INPUT = new Set(['SiaeValidationError', 'jsonSchemas']);

describe('every exported function of @siae/model, with bad inputs', () => {
  it('has a row for every exported function', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .filter((k) => !NO_INPUT.has(k));
    expect(functions.filter((k) => !(k in ROWS))).toEqual([]);
  });
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: ${row.mode ?? 'throws SiaeValidationError'} on each of ${row.calls.length} bad inputs`, () => {
      for (const [i, call] of row.calls.entries()) {
        if (row.mode === 'false') {
          expect(call(), `call ${i}`).toBe(false);
          continue;
        }
        if (row.mode === 'undefined') {
          expect(call(), `call ${i}`).toBeUndefined();
          continue;
        }
        if (row.mode === 'reports') {
          const r = call() as { issues: unknown[]; rejected: unknown[] };
          expect(r.issues.length + r.rejected.length, `call ${i}`).toBeGreaterThan(0);
          continue;
        }
        let thrown: unknown;
        try {
          const out = call();
          expect.unreachable(`call ${i} returned ${JSON.stringify(out)?.slice(0, 80)}`);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `call ${i}`).toBeInstanceOf(SiaeValidationError);
        const err = thrown as SiaeValidationError;
        expect(err.issues.length, `call ${i}`).toBeGreaterThan(0);
        for (const issue of err.issues) {
          expect(issue.pathText, `call ${i}`).toEqual(expect.any(String));
          expect(issue.messageFr.length, `call ${i}`).toBeGreaterThan(0);
          expect(issue.messageEn.length, `call ${i}`).toBeGreaterThan(0);
        }
        expect(err.message, `call ${i}`).not.toContain(SECRET);
      }
    });
  }
});
