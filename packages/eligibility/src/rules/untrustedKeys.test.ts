import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import json from '../../rules/iae-eligibility.json';
import { getCriterion } from '../criteria/catalogue';
import { createIaeEligibilityEvaluator, createRulesEngine, evaluateIaeEligibility } from '../engine/evaluate';
import { EligibilityInputError } from '../engine/input';
import { geiqAllowance } from '../geiq/allowance';
import { prolongationLimits } from '../pass/passIae';
import { compileCondition } from './compile';
import { type EligibilityDocument, loadEligibilityDocument } from './document';
import { operatorOf } from './operators';

/** Every name `Object.prototype` has (constructor, toString, __proto__, hasOwnProperty, …). */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

type RawDoc = { rules: { conditions: { all: Record<string, unknown>[] } }[] } & Record<string, unknown>;
const raw = (): RawDoc => structuredClone(json) as unknown as RawDoc;
const employerDiagnosis = { structureKind: 'ACI', author: 'employer', criteria: [], date: '2025-03-10' } as const;

describe('Object.prototype names in a rule document', () => {
  it('knows 12 names or more (the test covers them all)', () => {
    expect(PROTO_NAMES).toEqual(expect.arrayContaining(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']));
  });

  it.each(PROTO_NAMES)('refuses the operator %s on both paths, never declaring anyone eligible', async (name) => {
    expect(operatorOf(name)).toBeUndefined();
    // The prescriber rule with the operator replaced: a lookup reaching Object.prototype would
    // make it pass for an employer's diagnosis without criteria.
    const doc = raw();
    doc.rules[0]!.conditions.all[0]!.operator = name;
    expect(() => loadEligibilityDocument(doc)).toThrow(SiaeValidationError);
    expect(() => createIaeEligibilityEvaluator({ document: doc as unknown as EligibilityDocument })).toThrow(SiaeValidationError);
    expect(() => createRulesEngine(doc as unknown as EligibilityDocument)).toThrow(SiaeValidationError);
    await expect(evaluateIaeEligibility(employerDiagnosis as never, { document: doc as unknown as EligibilityDocument })).rejects.toThrow(SiaeValidationError);
    expect(() => compileCondition({ fact: 'author', operator: name, value: 'employer' })).toThrow(SiaeValidationError);
    expect(() => compileCondition({ not: { fact: 'author', operator: name, value: 'employer' } })).toThrow(SiaeValidationError);
  });

  it.each(PROTO_NAMES)('reads the fact %s as an unknown fact (undefined) on both paths', async (name) => {
    // The prescriber rule becomes "fact <name> is not equal to 'x'": true for an unknown
    // (undefined) fact, the same on both paths; "equal 'x'" is false on both.
    for (const [operator, eligible] of [
      ['notEqual', true],
      ['equal', false],
    ] as const) {
      const doc = raw();
      doc.rules[0]!.conditions.all[0] = { fact: name, operator, value: 'x' };
      const loaded = loadEligibilityDocument(doc);
      const compiled = createIaeEligibilityEvaluator({ document: loaded }).evaluate(employerDiagnosis as never);
      const engine = await evaluateIaeEligibility(employerDiagnosis as never, { document: loaded });
      expect(compiled.eligible).toBe(eligible);
      expect(engine).toEqual(compiled);
    }
    expect(compileCondition({ fact: name, operator: 'equal', value: 'x' })({})).toBe(false);
  });

  it.each(PROTO_NAMES)('refuses the key %s in a rule', (name) => {
    const doc = raw();
    // JSON.parse makes "__proto__" an own key, as a document read from a file would have it.
    const rule = JSON.parse(`{"${name}": 1}`) as Record<string, unknown>;
    Object.assign(rule, doc.rules[0]);
    Object.defineProperty(rule, name, { value: 1, enumerable: true, configurable: true, writable: true });
    doc.rules[0] = rule as RawDoc['rules'][number];
    expect(() => loadEligibilityDocument(doc)).toThrow(SiaeValidationError);
    expect(() => createIaeEligibilityEvaluator({ document: doc as unknown as EligibilityDocument })).toThrow(SiaeValidationError);
  });
});

describe('Object.prototype names as codes of an input', () => {
  const evaluator = createIaeEligibilityEvaluator();
  it.each(PROTO_NAMES)('refuses %s as a criterion, a kind or an author', async (name) => {
    expect(getCriterion(name)).toBeUndefined();
    expect(() => evaluator.evaluate({ ...employerDiagnosis, criteria: [name] })).toThrow(EligibilityInputError);
    expect(() => evaluator.evaluate({ ...employerDiagnosis, structureKind: name } as never)).toThrow(EligibilityInputError);
    expect(() => evaluator.evaluate({ ...employerDiagnosis, author: name } as never)).toThrow(EligibilityInputError);
    await expect(evaluateIaeEligibility({ ...employerDiagnosis, criteria: [name] })).rejects.toThrow(EligibilityInputError);
    const batch = evaluator.evaluateMany([{ ...employerDiagnosis, criteria: [name] }, { ...employerDiagnosis, author: 'prescriber' }]);
    expect(batch.map((r) => r.ok)).toEqual([false, true]);
    expect(() => geiqAllowance({ author: 'prescriber', criteria: [name], date: '2025-03-10' })).toThrow(SiaeValidationError);
    expect(() => prolongationLimits({ reason: name as never, start: '2025-01-01', structureKind: 'ACI' })).toThrow(SiaeValidationError);
    expect(() => prolongationLimits({ reason: 'RQTH', start: '2025-01-01', structureKind: name })).toThrow(SiaeValidationError);
  });
});
