import type { EligibilityRule } from './document';

/**
 * Whether a rule of a checked document is in force on a validated date (hot paths; the public
 * `isRuleInForce` checks its arguments first). Not exported by the package.
 */
export function isRuleInForceUnchecked(rule: EligibilityRule, date: string): boolean {
  return rule.validFrom <= date && (rule.validUntil === null || date <= rule.validUntil);
}
