// Type-level tests, checked by `pnpm run typecheck` (tsc reports an unused @ts-expect-error).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EligibilityDecision, LeanEligibilityDecision } from './decision';
import { createIaeEligibilityEvaluator, type EvaluateManyResult } from './evaluate';
import type { IaeEligibilityInput } from './input';

const evaluator = createIaeEligibilityEvaluator();
const good: IaeEligibilityInput = { structureKind: 'ACI', author: 'employer', criteria: ['RSA'], date: '2025-03-10' };

describe('typed eligibility inputs', () => {
  it('refuses a misspelt field at compile time, accepts lists of unknown type', () => {
    expectTypeOf(evaluator.evaluateMany([good])).toEqualTypeOf<EvaluateManyResult<EligibilityDecision>[]>();
    expectTypeOf(evaluator.evaluateMany([good], { explain: false })).toEqualTypeOf<EvaluateManyResult<LeanEligibilityDecision>[]>();
    expectTypeOf(evaluator.evaluate(good, { explain: false })).toEqualTypeOf<LeanEligibilityDecision>();
    expectTypeOf<LeanEligibilityDecision>().not.toHaveProperty('explanation');
    const fromFile: unknown[] = JSON.parse('[{"structureKind":"ACI"}]');
    expect(evaluator.evaluateMany(fromFile)[0]?.ok).toBe(false);
    // @ts-expect-error structureKind misspelt
    evaluator.evaluateMany([{ structurekind: 'ACI', author: 'employer', criteria: [], date: '2025-03-10' }]);
    // @ts-expect-error an author that does not exist
    evaluator.evaluateMany([{ ...good, author: 'employeur' }]);
    // @ts-expect-error a misspelt field in the lean mode too
    evaluator.evaluateMany([{ ...good, dates: '2025-03-10' }].map(({ date: _d, ...rest }) => rest), { explain: false });
    // @ts-expect-error the lean decision has no explanation
    evaluator.evaluate(good, { explain: false }).explanation;
  });
});
