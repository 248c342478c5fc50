// Every function the package exports, called with bad inputs (null, undefined, {}, wrong date
// formats, impossible dates, years out of range): each must throw the package's typed error
// (SiaeValidationError or its subclass EligibilityInputError, with a path, French and English,
// never the value), never a TypeError and never a silent wrong answer. A new export without a row
// here fails the completeness test.
import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import * as api from './index';

const BAD_DATES: unknown[] = [null, undefined, {}, [], 20250101, '', '06/01/2025', '2025-3-5', '2025-02-30', '2023-02-29', '2025-13-01', '10000-01-01', '+02025-01-01', '2025-01-01T00:00:00Z'];
const NOT_OBJECTS: unknown[] = [null, undefined, 'x', 42, []];
const SECRET = '06/01/2025';
const dates = (f: (d: unknown) => unknown) => BAD_DATES.map((d) => () => f(d));

const doc = api.iaeEligibilityDocument;
const rule = doc.rules[0]!;
const def = api.getCriterion('RSA')!;
const evaluator = api.createIaeEligibilityEvaluator();
const input = { structureKind: 'ACI', author: 'employer', criteria: ['RSA'], date: '2025-03-10' } as const;
const facts = { author: 'employer', structureKind: 'ACI', date: '2025-03-10', criteria: ['RSA'], level1Count: 1, level2Count: 0 };
const pass = { start: '2025-01-01', end: '2026-12-31' };

type Row = { calls: (() => unknown)[]; mode?: 'throws' | 'undefined' };

const ROWS: Record<string, Row> = {
  addDuration: { calls: [...dates((d) => api.addDuration(d as string, { months: 6 })), ...NOT_OBJECTS.map((v) => () => api.addDuration('2025-01-01', v as never)), () => api.addDuration('2025-01-01', { months: 1.5 }), () => api.addDuration('9999-12-31', { days: 1 })] },
  buildDecision: {
    calls: [
      ...NOT_OBJECTS.map((v) => () => api.buildDecision(v as never, facts, [], [], [], 0)),
      ...NOT_OBJECTS.map((v) => () => api.buildDecision(doc, v as never, [], [], [], 0)),
      ...dates((d) => api.buildDecision(doc, { ...facts, date: d as string }, [], [], [], 0)),
      () => api.buildDecision(doc, facts, null as never, [], [], 0),
      () => api.buildDecision(doc, facts, [], [], [], 0.5),
    ],
  },
  checkedEligibilityDocument: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.checkedEligibilityDocument(v)) },
  compileCondition: { calls: [...NOT_OBJECTS, {}, { fact: 'x', operator: 'constructor', value: 1 }, { not: null }, { all: null }].map((v) => () => api.compileCondition(v as never)) },
  conditionsWithValidity: { calls: [...NOT_OBJECTS.map((v) => () => api.conditionsWithValidity(v as never)), ...dates((d) => api.conditionsWithValidity({ ...rule, validFrom: d as string }))] },
  checkGeiqCriteria: { calls: [...NOT_OBJECTS.filter((v) => !Array.isArray(v)), {}, [null], [42]].map((v) => () => api.checkGeiqCriteria(v as never)) },
  lesEmplois: { calls: [null, undefined, 42, {}].flatMap((v) => [() => api.lesEmplois(v as never, 'abc', 'x'), () => api.lesEmplois('f', v as never, 'x'), () => api.lesEmplois('f', 'abc', v as never)]) },
  isProlongationRequestOpen: {
    calls: [
      ...NOT_OBJECTS.map((v) => () => api.isProlongationRequestOpen(v as never)),
      ...dates((d) => api.isProlongationRequestOpen({ passStart: '2025-01-01', passEnd: '2026-12-31', day: d as string })),
      ...dates((d) => api.isProlongationRequestOpen({ passStart: '2025-01-01', passEnd: d as string, day: '2026-06-01' })),
    ],
  },
  createIaeEligibilityEvaluator: { calls: [...NOT_OBJECTS.filter((v) => v !== undefined).map((v) => () => api.createIaeEligibilityEvaluator(v as never)), ...NOT_OBJECTS.filter((v) => v !== undefined).map((v) => () => api.createIaeEligibilityEvaluator({ document: v as never }))] },
  createRulesEngine: { calls: [...NOT_OBJECTS.filter((v) => v !== undefined), {}].map((v) => () => api.createRulesEngine(v as never)) },
  criterionLabelOn: { calls: [...NOT_OBJECTS.map((v) => () => api.criterionLabelOn(v as never, '2025-01-01')), ...dates((d) => api.criterionLabelOn(def, d as string))] },
  deriveCriteria: { calls: [...NOT_OBJECTS.map((v) => () => api.deriveCriteria(v as never, '2025-01-01')), ...dates((d) => api.deriveCriteria({}, d as string)), ...BAD_DATES.filter((d) => d !== undefined).map((d) => () => api.deriveCriteria({ birthDate: d as string }, '2025-01-01'))] },
  diagnosisExpiresAt: { calls: [...NOT_OBJECTS.map((v) => () => api.diagnosisExpiresAt(v as never)), ...dates((d) => api.diagnosisExpiresAt({ author: 'prescriber', date: d as string })), () => api.diagnosisExpiresAt({ author: 'constructor' as never, date: '2025-01-01' }), () => api.diagnosisExpiresAt({ author: 'prescriber', date: '9999-12-31' })] },
  geiqAllowance: { calls: [...NOT_OBJECTS.map((v) => () => api.geiqAllowance(v as never)), ...dates((d) => api.geiqAllowance({ author: 'prescriber', criteria: [], date: d as string }))] },
  getCriterion: { calls: [null, undefined, 42, {}].map((v) => () => api.getCriterion(v as never)) },
  inForceMask: { calls: [...NOT_OBJECTS.map((v) => () => api.inForceMask(v as never, '2025-01-01')), ...dates((d) => api.inForceMask(doc, d as string))] },
  isCriterionInForce: { calls: [...NOT_OBJECTS.map((v) => () => api.isCriterionInForce(v as never, '2025-01-01')), ...dates((d) => api.isCriterionInForce(def, d as string))] },
  isDiagnosisValidOn: { calls: [...dates((d) => api.isDiagnosisValidOn({ author: 'prescriber', date: '2025-01-01' }, d as string)), ...dates((d) => api.isDiagnosisValidOn({ author: 'prescriber', date: d as string }, '2025-03-05'))] },
  isNewPassIaeBlocked: { calls: [...NOT_OBJECTS.map((v) => () => api.isNewPassIaeBlocked(v as never)), ...dates((d) => api.isNewPassIaeBlocked({ previousEnd: d as string, day: '2025-01-01', structureKind: 'ACI' })), ...dates((d) => api.isNewPassIaeBlocked({ previousEnd: '2024-01-01', day: d as string, structureKind: 'ACI' })), () => api.isNewPassIaeBlocked({ previousEnd: '9999-12-31', day: '2025-01-01', structureKind: 'ACI' })] },
  isRuleInForce: { calls: [...NOT_OBJECTS.map((v) => () => api.isRuleInForce(v as never, '2025-01-01')), ...dates((d) => api.isRuleInForce(rule, d as string))] },
  level2Requirement: { calls: [...NOT_OBJECTS.map((v) => () => api.level2Requirement(v as never, 'ACI', '2025-01-01')), ...dates((d) => api.level2Requirement(doc, 'ACI', d as string)), () => api.level2Requirement(doc, null as never, '2025-01-01')] },
  loadEligibilityDocument: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.loadEligibilityDocument(v)) },
  operatorOf: { mode: 'undefined', calls: [null, undefined, {}, 42, ...Object.getOwnPropertyNames(Object.prototype)].map((v) => () => api.operatorOf(v)) },
  passIaeDefaultEndDate: { calls: [...dates((d) => api.passIaeDefaultEndDate(d as string)), () => api.passIaeDefaultEndDate('9999-12-31')] },
  passIaeStateAt: { calls: [...NOT_OBJECTS.map((v) => () => api.passIaeStateAt(v as never, '2025-01-01')), () => api.passIaeStateAt({} as never, '2025-01-01'), ...dates((d) => api.passIaeStateAt({ ...pass, start: d as string }, '2025-06-01')), ...dates((d) => api.passIaeStateAt(pass, d as string)), () => api.passIaeStateAt({ ...pass, suspensions: [{ start: SECRET, end: '2025-03-01' }] }, '2025-06-01')] },
  passIaeWaitingPeriod: { calls: [...dates((d) => api.passIaeWaitingPeriod(d as string)), () => api.passIaeWaitingPeriod('9999-12-31')] },
  passIaeWaitingPeriodEnd: { calls: [...dates((d) => api.passIaeWaitingPeriodEnd(d as string)), () => api.passIaeWaitingPeriodEnd('9999-12-31')] },
  prepareDocument: { calls: [...NOT_OBJECTS, {}].map((v) => () => api.prepareDocument(v as never)) },
  prolongationLimits: { calls: [...NOT_OBJECTS.map((v) => () => api.prolongationLimits(v as never)), ...dates((d) => api.prolongationLimits({ reason: 'RQTH', start: d as string, structureKind: 'ACI' })), () => api.prolongationLimits({ reason: 'SENIOR_CDI', start: '9999-12-31', structureKind: 'ACI' })] },
  prolongationRequestWindow: { calls: [...dates((d) => api.prolongationRequestWindow(d as string)), () => api.prolongationRequestWindow('9999-12-31'), () => api.prolongationRequestWindow('0000-06-01')] },
  selectDiagnosis: { calls: [() => api.selectDiagnosis(null as never, { day: '2025-01-01', structureId: 's' }), () => api.selectDiagnosis([], null as never), ...dates((d) => api.selectDiagnosis([], { day: d as string, structureId: 's' })), ...dates((d) => api.selectDiagnosis([{ id: 'd', author: 'prescriber', date: d as string }], { day: '2025-01-01', structureId: 's' }))] },
  suspensionLimits: { calls: [...NOT_OBJECTS.map((v) => () => api.suspensionLimits(v as never)), ...dates((d) => api.suspensionLimits({ passStart: d as string, passEnd: '2026-12-31', start: '2025-03-01', today: '2025-03-02' })), ...dates((d) => api.suspensionLimits({ passStart: '2025-01-01', passEnd: '2026-12-31', start: '2025-03-01', today: d as string }))] },
  validateIaeEligibilityInput: { calls: [...NOT_OBJECTS, {}, { ...input, date: SECRET }, { ...input, criteria: ['constructor'] }].map((v) => () => api.validateIaeEligibilityInput(v as never)) },
  'evaluator.evaluate': { calls: [...NOT_OBJECTS, {}, { ...input, date: '2025-02-30' }].map((v) => () => evaluator.evaluate(v as never)) },
  'evaluator.evaluateMany': { calls: [...NOT_OBJECTS.filter((v) => !Array.isArray(v)), {}].map((v) => () => evaluator.evaluateMany(v as never)) },
};
/** Exports that are classes. */
const NO_INPUT = new Set(['EligibilityInputError']);

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

describe('every exported function of @siae/eligibility, with bad inputs', () => {
  it('has a row for every exported function', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .filter((k) => !NO_INPUT.has(k));
    expect(functions.filter((k) => !(k in ROWS) && k !== 'evaluateIaeEligibility')).toEqual([]);
  });
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: ${row.mode ?? 'throws SiaeValidationError'} on each of ${row.calls.length} bad inputs`, () => {
      for (const [i, call] of row.calls.entries()) {
        if (row.mode === 'undefined') {
          expect(call(), `call ${i}`).toBeUndefined();
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
  it('evaluateIaeEligibility (async): rejects with the typed error on each bad input', async () => {
    const bad: [unknown, unknown][] = [
      ...NOT_OBJECTS.map((v) => [v, {}] as [unknown, unknown]),
      [{ ...input, date: '2025-02-30' }, {}],
      [input, null],
      [input, { document: {} }],
    ];
    for (const [i, [x, o]] of bad.entries()) {
      const thrown = await api.evaluateIaeEligibility(x as never, o as never).then(
        () => expect.unreachable(`call ${i} resolved`),
        (e: unknown) => e,
      );
      expectTyped(thrown, `call ${i}`);
    }
  });
});
