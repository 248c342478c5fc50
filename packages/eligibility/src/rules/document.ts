import { assertNoForbiddenKeys, expectIsoDate, expectObject, isoDateSchema, SiaeValidationError, safeValidate, validate } from '@siae/model';
import { assertConditionDepth, assertDocumentDepth } from './depth';
import { isRuleInForceUnchecked } from './inForce';
import { z } from 'zod';
import { OPERATOR_NAMES } from './operators';

/** A leaf condition: `fact operator value`, as in json-rules-engine. */
export interface LeafCondition {
  fact: string;
  operator: string;
  value: unknown;
}

/** A condition tree, as in json-rules-engine (`all`, `any`, `not`, or a leaf). */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const leafSchema = z.object({
  fact: z.string().min(1),
  operator: z.enum(OPERATOR_NAMES),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
});

/** zod schema of a condition tree. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafSchema,
    z.object({ all: z.array(conditionSchema) }).strict(),
    z.object({ any: z.array(conditionSchema) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

/** zod schema of one dated rule of an eligibility document. */
export const eligibilityRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    path: z.enum(['prescriber', 'level1', 'level2', 'conflict']),
    titleFr: z.string().min(1),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.nullable(),
    source: z.string().min(1),
    pair: z.tuple([z.string(), z.string()]).optional(),
    conditions: z.union([z.object({ all: z.array(conditionSchema) }).strict(), z.object({ any: z.array(conditionSchema) }).strict()]),
  })
  .strict()
  .refine((r) => r.validUntil === null || r.validFrom <= r.validUntil, {
    path: ['validUntil'],
    params: { code: 'period_order', fr: 'doit être le même jour ou après validFrom', en: 'must be on or after validFrom' },
  })
  .refine((r) => r.path !== 'conflict' || r.pair !== undefined, {
    path: ['pair'],
    params: { code: 'required', fr: "une règle d'incompatibilité nomme sa paire de critères", en: 'a conflict rule names its pair of criteria' },
  });

/** One dated rule of an eligibility document. */
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;

const exampleSchema = z
  .object({
    nameFr: z.string().min(1),
    input: z.record(z.string(), z.unknown()),
    expected: z.object({
      eligible: z.boolean(),
      level1: z.array(z.string()),
      level2: z.array(z.string()),
      conflicts: z.array(z.tuple([z.string(), z.string()])),
      missing: z.string().nullable(),
    }),
  })
  .strict();

/** zod schema of an eligibility rule document (rules, references and worked examples). */
export const eligibilityDocumentSchema = z
  .object({
    id: z.string().min(1),
    titleFr: z.string().min(1),
    descriptionFr: z.string().min(1),
    references: z.array(z.object({ titleFr: z.string().min(1), source: z.string().min(1) }).strict()),
    rules: z.array(eligibilityRuleSchema).min(1).max(31),
    examples: z.array(exampleSchema),
  })
  .strict();

/** An eligibility rule document, as shipped in `rules/iae-eligibility.json`. */
export type EligibilityDocument = z.infer<typeof eligibilityDocumentSchema>;

/**
 * Validates a rule document a user loads (for example an edited copy of
 * `@siae/eligibility/rules/iae-eligibility.json`): refuses `__proto__`, `constructor` and
 * `prototype` keys anywhere, unknown operators, malformed dates and condition trees deeper than
 * `MAX_CONDITION_DEPTH` (64).
 *
 * @throws {SiaeValidationError} listing every problem with its path.
 */
export function loadEligibilityDocument(json: unknown): EligibilityDocument {
  assertNoForbiddenKeys(json, 'rule document');
  assertDocumentDepth(json);
  const r = safeValidate(eligibilityDocumentSchema, json);
  if (!r.success) throw new SiaeValidationError(r.issues, 'rule document');
  const ids = new Set<string>();
  for (const [i, rule] of r.data.rules.entries()) {
    if (ids.has(rule.id)) {
      throw new SiaeValidationError(
        [{ path: ['rules', i, 'id'], pathText: `rules[${i}].id`, code: 'duplicate', messageFr: 'identifiant de règle en double', messageEn: 'duplicate rule id' }],
        'rule document',
      );
    }
    ids.add(rule.id);
  }
  loaded.set(r.data, r.data);
  return r.data;
}

/** Documents already checked: each loaded one, and each document given to an evaluator, with its checked copy. */
const loaded = new WeakMap<object, EligibilityDocument>();

/**
 * The checked form of a document given to an evaluator: the document itself when it came from
 * {@link loadEligibilityDocument}, else its validated copy (checked once per object). A document
 * must not be changed once given to an evaluator (the evaluators keep what they read from it).
 *
 * @throws {SiaeValidationError} as {@link loadEligibilityDocument} does.
 */
export function checkedEligibilityDocument(doc: unknown): EligibilityDocument {
  if (doc !== null && typeof doc === 'object') {
    const known = loaded.get(doc);
    if (known) return known;
  }
  const checked = loadEligibilityDocument(doc);
  loaded.set(doc as object, checked);
  return checked;
}

/**
 * A rule's conditions with its validity dates added as conditions on the `date` fact.
 *
 * @throws {SiaeValidationError} when the rule is not a valid rule.
 */
export function conditionsWithValidity(rule: EligibilityRule): { all: Condition[] } {
  checkRule(rule);
  const dates: Condition[] = [{ fact: 'date', operator: 'dateOnOrAfter', value: rule.validFrom }];
  if (rule.validUntil !== null) dates.push({ fact: 'date', operator: 'dateOnOrBefore', value: rule.validUntil });
  return { all: [...dates, rule.conditions] };
}

/**
 * Whether a rule is in force on a date.
 *
 * @throws {SiaeValidationError} when the rule's dates or the date are not ISO dates.
 */
export function isRuleInForce(rule: EligibilityRule, date: string): boolean {
  const r = expectObject(rule, 'rule', 'rule');
  expectIsoDate(r.validFrom, ['rule', 'validFrom'], 'rule');
  if (r.validUntil !== null) expectIsoDate(r.validUntil, ['rule', 'validUntil'], 'rule');
  expectIsoDate(date, 'date', 'rule');
  return isRuleInForceUnchecked(rule, date);
}

/** Checks one rule given on its own (depth first, then its schema). */
function checkRule(rule: unknown): void {
  const r = expectObject(rule, 'rule', 'rule');
  if (Object.hasOwn(r, 'conditions')) assertConditionDepth(r.conditions, ['rule', 'conditions'], 'rule');
  validate(z.object({ rule: eligibilityRuleSchema }), { rule }, 'rule');
}
