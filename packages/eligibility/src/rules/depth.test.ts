import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import json from '../../rules/iae-eligibility.json';
import { createIaeEligibilityEvaluator, createRulesEngine, evaluateIaeEligibility } from '../engine/evaluate';
import { compileCondition } from './compile';
import { MAX_CONDITION_DEPTH } from './depth';
import { type Condition, conditionsWithValidity, type EligibilityDocument, loadEligibilityDocument } from './document';

const leaf: Condition = { fact: 'author', operator: 'equal', value: 'prescriber' };
/** `not` wrapped `n` times around the leaf: a tree of depth n + 1. */
function nots(n: number): Condition {
  let c = leaf;
  for (let i = 0; i < n; i++) c = { not: c };
  return c;
}
/** The shipped document whose prescriber rule's conditions are `{ all: [tree] }` (depth of tree + 1). */
function docWith(tree: Condition): unknown {
  const doc = structuredClone(json) as { rules: { conditions: unknown }[] };
  doc.rules[0]!.conditions = { all: [tree] };
  return doc;
}
function issueOf(f: () => unknown): { code: string; pathText: string } | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SiaeValidationError);
    return (e as SiaeValidationError).issues[0];
  }
  return undefined;
}

describe('depth of condition trees', () => {
  it('is bounded at 64', () => expect(MAX_CONDITION_DEPTH).toBe(64));

  it('accepts a tree at the limit on both paths, with the same decision', async () => {
    // all (1) + 62 nots (2..63) + leaf (64): an even number of nots keeps "author is prescriber".
    const doc = loadEligibilityDocument(docWith(nots(62)));
    const input = { structureKind: 'ACI', author: 'prescriber', criteria: [], date: '2025-03-10' } as const;
    const compiled = createIaeEligibilityEvaluator({ document: doc }).evaluate(input);
    expect(compiled.eligible).toBe(true);
    expect(await evaluateIaeEligibility(input, { document: doc })).toEqual(compiled);
    expect(compileCondition(nots(MAX_CONDITION_DEPTH - 1))({ author: 'prescriber' })).toBe(false); // 63 nots: odd
  });

  it('refuses one level more, naming the path of the first condition too deep', () => {
    const issue = issueOf(() => loadEligibilityDocument(docWith(nots(63))));
    expect(issue?.code).toBe('too_deep');
    expect(issue?.pathText).toBe(`rules[0].conditions.all[0]${'.not'.repeat(63)}`);
    expect(issueOf(() => compileCondition(nots(MAX_CONDITION_DEPTH)))?.code).toBe('too_deep');
    expect(issueOf(() => createIaeEligibilityEvaluator({ document: docWith(nots(63)) as EligibilityDocument }))?.code).toBe('too_deep');
    expect(issueOf(() => createRulesEngine(docWith(nots(63)) as EligibilityDocument))?.code).toBe('too_deep');
  });

  it('refuses 1,500 nested nots with a typed error, not a stack overflow', async () => {
    const deep = docWith(nots(1500));
    expect(issueOf(() => loadEligibilityDocument(deep))?.code).toBe('too_deep');
    expect(issueOf(() => compileCondition(nots(1500)))?.code).toBe('too_deep');
    expect(issueOf(() => createIaeEligibilityEvaluator({ document: deep as EligibilityDocument }))?.code).toBe('too_deep');
    await expect(evaluateIaeEligibility({ structureKind: 'ACI', author: 'prescriber', criteria: [], date: '2025-03-10' }, { document: deep as EligibilityDocument })).rejects.toThrow(
      SiaeValidationError,
    );
    const rule = { ...(structuredClone(json).rules[0] as object), conditions: { all: [nots(1500)] } };
    expect(issueOf(() => conditionsWithValidity(rule as never))?.code).toBe('too_deep');
  });

  it('counts any and all levels too', () => {
    let c: Condition = leaf;
    for (let i = 0; i < 70; i++) c = i % 2 === 0 ? { any: [c] } : { all: [leaf, c] };
    expect(issueOf(() => compileCondition(c))?.code).toBe('too_deep');
  });
});
