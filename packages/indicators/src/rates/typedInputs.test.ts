// Type-level tests, checked by `pnpm run typecheck` (tsc reports an unused @ts-expect-error):
// a misspelt field of a typed record fails to compile, records of unknown type are still accepted
// (and validated at run time).
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ExitRecord } from '../exits/exitRecord';
import { breakdownRate } from './breakdown';
import { classifyExits, prepareCohort } from './classify';
import { durableEmploymentRate, dynamicExitRate, employmentExitRate, positiveExitRate, type RateResult, transitionEmploymentRate } from './exitRates';

const good: ExitRecord = { personId: 'p', structureKind: 'ACI', hiredOn: '2025-01-02', exitedOn: '2025-06-30', hoursWorked: 600, reason: 'CDI_NON_AIDE' };

describe('typed record lists', () => {
  it('accept typed records and lists of unknown type, refuse a misspelt field at compile time', () => {
    expectTypeOf(dynamicExitRate([good])).toEqualTypeOf<RateResult>();
    const fromFile: unknown[] = JSON.parse('[]');
    const rows: Record<string, unknown>[] = [];
    expect(dynamicExitRate(fromFile).denominator).toBe(0);
    expect(dynamicExitRate(rows).denominator).toBe(0);
    // @ts-expect-error exitedOn misspelt
    dynamicExitRate([{ personId: 'p', structureKind: 'ACI', hiredOn: '2025-01-02', exitedon: '2025-06-30', hoursWorked: 600, reason: 'CDI_NON_AIDE' }]);
    // @ts-expect-error an optional field misspelt (departement)
    durableEmploymentRate([{ ...good, department: '59' }]);
    const typo = [{ ...good, hoursworked: 3 }].map(({ hoursWorked: _h, ...rest }) => rest);
    // @ts-expect-error hoursWorked missing from a typed list
    transitionEmploymentRate(typo);
    // @ts-expect-error a kind that is not an SIAE kind
    positiveExitRate([{ ...good, structureKind: 'GEIQ' }]);
    // @ts-expect-error an unknown exit reason
    employmentExitRate([{ ...good, reason: 'CDI' }]);
    // @ts-expect-error
    breakdownRate([{ ...good, exitedon: '2025-01-01' }], 'year');
    // @ts-expect-error
    classifyExits([{ ...good, personid: 'x' }]);
    // @ts-expect-error
    prepareCohort([{ ...good, hiredon: '2025-01-01' }]);
    // A typo caught at compile time is still refused at run time when forced through.
    const forced = dynamicExitRate([{ ...good, exitedOn: undefined, exitedon: '2025-06-30' }] as unknown[]);
    expect(forced.issues.map((i) => i.pathText)).toEqual(['[0].exitedOn']);
  });
});
