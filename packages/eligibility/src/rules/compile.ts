import { validate } from '@siae/model';
import { z } from 'zod';
import { assertConditionDepth } from './depth';
import { type Condition, conditionSchema } from './document';
import { compileChecked } from './compileChecked';

import type { CompiledCondition } from './compileChecked';

export type { CompiledCondition } from './compileChecked';

/**
 * Compiles a json-rules-engine condition tree into a synchronous predicate, once. `all` and
 * `any` short-circuit. The tree is checked first: an unknown operator (an `Object.prototype` name
 * such as `constructor` included), a malformed node or a tree deeper than `MAX_CONDITION_DEPTH`
 * is refused. A fact is read as an own property of the facts (`toString` is an unknown fact,
 * undefined, as in json-rules-engine).
 *
 * @throws {SiaeValidationError} listing the problems with their path (`condition.…`).
 */
export function compileCondition(condition: Condition): CompiledCondition {
  assertConditionDepth(condition, ['condition'], 'condition');
  // Compile zod's copy: it holds only the keys that were checked.
  return compileChecked(validate(z.object({ condition: conditionSchema }), { condition }, 'condition').condition);
}
