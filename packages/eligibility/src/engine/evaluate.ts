import { Engine } from 'json-rules-engine';
import { compileCondition } from '../rules/compile';
import { conditionsWithValidity, type EligibilityDocument } from '../rules/document';
import { DATE_OPERATORS, OPERATORS } from '../rules/operators';
import { buildDecision, type EligibilityDecision, inForceMask, prepareDocument } from './decision';
import { iaeEligibilityDocument } from './defaultDocument';
import { computeFacts } from './facts';
import type { EligibilityInputError, IaeEligibilityInput } from './input';
import { validateIaeEligibilityInput } from './validateInput';

/**
 * Builds a json-rules-engine `Engine` from a rule document, once: one engine rule per document
 * rule, its validity dates added as conditions on the `date` fact, and the date operators the
 * engine lacks registered.
 */
export function createRulesEngine(doc: EligibilityDocument = iaeEligibilityDocument): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const name of DATE_OPERATORS) {
    const op = OPERATORS[name]!;
    engine.addOperator(name, (a: unknown, b: unknown) => op(a, b));
  }
  for (const rule of doc.rules) {
    engine.addRule({
      name: rule.id,
      conditions: conditionsWithValidity(rule) as never,
      event: { type: rule.path, params: { ruleId: rule.id } },
    });
  }
  return engine;
}

const engines = new WeakMap<EligibilityDocument, Engine>();

function engineFor(doc: EligibilityDocument): Engine {
  let engine = engines.get(doc);
  if (!engine) {
    engine = createRulesEngine(doc);
    engines.set(doc, engine);
  }
  return engine;
}

/** Options of the eligibility evaluators. */
export interface EligibilityOptions {
  /** A rule document to use instead of the national one (validate it with `loadEligibilityDocument`). */
  document?: EligibilityDocument;
}

/**
 * Evaluates an IAE eligibility diagnosis with json-rules-engine and explains the decision: which
 * criteria counted at which level, the rules in force on the diagnosis date and which passed,
 * what is missing in plain French, and the sources.
 *
 * @param input - `{ structureKind, author, criteria, date }`; the rules in force on `date` apply.
 * @returns the decision (`eligible`, `level1`, `level2`, `conflicts`, `missing`, `explanation`).
 * @throws {EligibilityInputError} (as a rejection) when the kind, a criterion code or the date is invalid.
 *
 * @example
 * const d = await evaluateIaeEligibility({ structureKind: 'AI', author: 'employer', criteria: ['QPV', 'JEUNE'], date: '2025-01-15' });
 * d.eligible; // true: 2 level-2 criteria are enough in an AI since 2021-09-03
 */
export async function evaluateIaeEligibility(input: IaeEligibilityInput, options: EligibilityOptions = {}): Promise<EligibilityDecision> {
  const valid = validateIaeEligibilityInput(input);
  const doc = options.document ?? iaeEligibilityDocument;
  const { facts, details, level1, level2 } = computeFacts(valid);
  const { results } = await engineFor(doc).run({ ...facts });
  const names = new Set(results.map((r) => String(r.name)));
  let passed = 0;
  doc.rules.forEach((r, i) => {
    if (names.has(r.id)) passed |= 1 << i;
  });
  return buildDecision(doc, facts, details, level1, level2, passed);
}

/** A synchronous evaluator compiled from the rule documents, for batches. */
export interface IaeEligibilityEvaluator {
  /**
   * Evaluates one diagnosis; gives the same decision as {@link evaluateIaeEligibility}.
   * @throws {EligibilityInputError} when the input is invalid.
   */
  evaluate(input: IaeEligibilityInput): EligibilityDecision;
  /**
   * Evaluates a batch: a bad record is reported with its index and problems, the others are
   * still decided.
   */
  evaluateMany(inputs: readonly unknown[]): ({ index: number; ok: true; decision: EligibilityDecision } | { index: number; ok: false; error: EligibilityInputError })[];
}

/**
 * Compiles the rule documents into a synchronous evaluator: each condition tree becomes a plain
 * predicate once, so a decision costs no promise and no almanac. Property-tested to give the same
 * decisions as the json-rules-engine path.
 *
 * @example
 * const evaluator = createIaeEligibilityEvaluator();
 * evaluator.evaluate({ structureKind: 'ACI', author: 'employer', criteria: ['RSA'], date: '2025-03-10' }).eligible; // true
 */
export function createIaeEligibilityEvaluator(options: EligibilityOptions = {}): IaeEligibilityEvaluator {
  const doc = options.document ?? iaeEligibilityDocument;
  // Rules out of force on the date never pass (their date conditions fail), so the compiled path
  // tests the validity dates directly and compiles only the rule's own conditions.
  const compiled = doc.rules.map((rule) => ({ rule, test: compileCondition(rule.conditions) }));
  prepareDocument(doc);
  inForceMask(doc, '2000-01-01');
  const evaluate = (input: IaeEligibilityInput): EligibilityDecision => {
    const valid = validateIaeEligibilityInput(input);
    const { facts, details, level1, level2 } = computeFacts(valid);
    const f = facts as unknown as Record<string, unknown>;
    const inForce = inForceMask(doc, facts.date);
    let passed = 0;
    for (let i = 0; i < compiled.length; i++) {
      if ((inForce & (1 << i)) !== 0 && compiled[i]!.test(f)) passed |= 1 << i;
    }
    return buildDecision(doc, facts, details, level1, level2, passed, inForce);
  };
  return {
    evaluate,
    evaluateMany(inputs) {
      return inputs.map((input, index) => {
        try {
          return { index, ok: true as const, decision: evaluate(input as IaeEligibilityInput) };
        } catch (e) {
          if (e instanceof Error && e.name === 'EligibilityInputError') {
            return { index, ok: false as const, error: e as EligibilityInputError };
          }
          throw e;
        }
      });
    },
  };
}
