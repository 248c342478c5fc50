/**
 * `@siae/eligibility`: the IAE and GEIQ administrative eligibility rules as dated
 * json-rules-engine documents, explained decisions, diagnosis validity and the PASS IAE life cycle.
 *
 * @packageDocumentation
 */
export * from './criteria/catalogue';
export {
  buildDecision,
  type EligibilityDecision,
  type EligibilityExplanation,
  inForceMask,
  type LeanEligibilityDecision,
  level2Requirement,
  type PreparedRule,
  prepareDocument,
  type RuleReference,
} from './engine/decision';
export { iaeEligibilityDocument } from './engine/defaultDocument';
export * from './engine/evaluate';
export type { CountedCriterion, EligibilityFacts } from './engine/facts';
export * from './engine/input';
export { validateIaeEligibilityInput } from './engine/validateInput';
export * from './rules/compile';
export { MAX_CONDITION_DEPTH } from './rules/depth';
export * from './rules/document';
export * from './rules/operators';
export * from './derive/deriveCriteria';
export * from './diagnosis/validity';
export * from './geiq/allowance';
export * from './parameters/parameters';
export * from './parameters/passIaeHistory';
export * from './pass/passIae';
