import type { Condition } from './document';
import { OPERATORS } from './operators';

/** A compiled condition: a plain synchronous predicate over the facts. */
export type CompiledCondition = (facts: Readonly<Record<string, unknown>>) => boolean;

/**
 * Compiles a json-rules-engine condition tree into a synchronous predicate, once. `all` and
 * `any` short-circuit; an unknown operator is refused at compile time.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  const op = OPERATORS[condition.operator];
  if (!op) throw new RangeError(`Unknown operator in rule document: ${condition.operator}`);
  const { fact, value } = condition;
  return (facts) => op(facts[fact], value);
}
