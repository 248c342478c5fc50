import { SiaeValidationError } from '@siae/model';
import type { Condition } from './document';
import { operatorOf } from './operators';

/** A compiled condition: a plain synchronous predicate over the facts. */
export type CompiledCondition = (facts: Readonly<Record<string, unknown>>) => boolean;

/**
 * Compiles a condition of a checked document (no check again).
 *
 * Not exported by the package (`compileCondition` checks first).
 */
export function compileChecked(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileChecked);
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileChecked);
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileChecked(condition.not);
    return (facts) => !inner(facts);
  }
  const op = operatorOf(condition.operator);
  if (!op) {
    // Unreachable after the checks above; kept so that no change of the schema can let an unknown operator through.
    throw new SiaeValidationError(
      [{ path: ['operator'], pathText: 'operator', code: 'unknown_code', messageFr: 'opérateur inconnu', messageEn: 'unknown operator' }],
      'condition',
    );
  }
  const { fact, value } = condition;
  return (facts) => op(Object.hasOwn(facts, fact) ? facts[fact] : undefined, value);
}
