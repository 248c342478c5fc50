import { expectArray, expectObject, invalidArgument, type UncheckedList } from '@siae/model';
import { Engine } from 'json-rules-engine';
import { compileChecked } from '../rules/compileChecked';
import { checkedEligibilityDocument, conditionsWithValidity, type EligibilityDocument } from '../rules/document';
import { DATE_OPERATORS, OPERATORS } from '../rules/operators';
import { buildDecisionChecked, type EligibilityDecision, inForceMaskChecked, type LeanEligibilityDecision, prepareDocument } from './decision';
import { iaeEligibilityDocument } from './defaultDocument';
import { computeFacts } from './facts';
import type { EligibilityInputError, IaeEligibilityInput } from './input';
import { validateIaeEligibilityInput } from './validateInput';

/**
 * Builds a json-rules-engine `Engine` from a rule document, once: one engine rule per document
 * rule, its validity dates added as conditions on the `date` fact, and the date operators the
 * engine lacks registered.
 *
 * @throws {SiaeValidationError} when the document is not a valid rule document (see `loadEligibilityDocument`).
 */
export function createRulesEngine(document: EligibilityDocument = iaeEligibilityDocument): Engine {
  const doc = checkedEligibilityDocument(document);
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
  /**
   * A rule document to use instead of the national one. One from `loadEligibilityDocument` is used
   * as is; any other is checked the same way first (once per object).
   */
  document?: EligibilityDocument;
}

/** The document of the options: the national one, or the given one checked. */
function documentOf(options: unknown, what: string): EligibilityDocument {
  const o = expectObject(options, 'options', what);
  const given = Object.hasOwn(o, 'document') ? o.document : undefined;
  return given === undefined ? iaeEligibilityDocument : checkedEligibilityDocument(given);
}

/** Options of one evaluation or of a batch of the compiled evaluator. */
export interface EvaluateOptions {
  /**
   * `false`: lean mode, decisions without their `explanation` (same values otherwise), for
   * batches of millions where the explanations would not fit in memory. Default `true`.
   */
  explain?: boolean;
}

function explainOf(options: unknown): boolean {
  if (options === undefined) return true;
  const o = expectObject(options, 'options', 'evaluation options');
  const explain = Object.hasOwn(o, 'explain') ? o.explain : undefined;
  if (explain === undefined) return true;
  if (typeof explain !== 'boolean') invalidArgument('evaluation options', ['options', 'explain'], 'invalid_type', 'doit être un booléen (true/false)', 'must be a boolean');
  return explain;
}

/** One result of a batch: the decision, or the problems of the record (never thrown). */
export type EvaluateManyResult<D = EligibilityDecision> = { index: number; ok: true; decision: D } | { index: number; ok: false; error: EligibilityInputError };

/**
 * Evaluates an IAE eligibility diagnosis with json-rules-engine and explains the decision: which
 * criteria counted at which level, the rules in force on the diagnosis date and which passed,
 * what is missing in plain French, and the sources.
 *
 * @param input - `{ structureKind, author, criteria, date }`; the rules in force on `date` apply.
 * @returns the decision (`eligible`, `level1`, `level2`, `conflicts`, `missing`, `explanation`).
 * @throws {EligibilityInputError} (as a rejection) when the kind, a criterion code or the date is invalid.
 * @throws {SiaeValidationError} (as a rejection) when the options or their document are invalid.
 *
 * @example
 * const d = await evaluateIaeEligibility({ structureKind: 'AI', author: 'employer', criteria: ['QPV', 'JEUNE'], date: '2025-01-15' });
 * d.eligible; // true: 2 level-2 criteria are enough in an AI since 2021-09-03
 */
export async function evaluateIaeEligibility(input: IaeEligibilityInput, options: EligibilityOptions = {}): Promise<EligibilityDecision> {
  const valid = validateIaeEligibilityInput(input);
  const doc = documentOf(options, 'eligibility options');
  const { facts, details, level1, level2 } = computeFacts(valid);
  const { results } = await engineFor(doc).run({ ...facts });
  const names = new Set(results.map((r) => String(r.name)));
  let passed = 0;
  doc.rules.forEach((r, i) => {
    if (names.has(r.id)) passed |= 1 << i;
  });
  return buildDecisionChecked(doc, facts, details, level1, level2, passed, inForceMaskChecked(doc, facts.date), true);
}

/** A synchronous evaluator compiled from the rule documents, for batches. */
export interface IaeEligibilityEvaluator {
  /**
   * Evaluates one diagnosis; gives the same decision as {@link evaluateIaeEligibility}.
   * @throws {EligibilityInputError} when the input is invalid.
   */
  evaluate(input: IaeEligibilityInput, options?: { explain?: true }): EligibilityDecision;
  /** Lean mode: the decision without its explanation (same values otherwise). */
  evaluate(input: IaeEligibilityInput, options: { explain: false }): LeanEligibilityDecision;
  /** Either mode, chosen at run time. */
  evaluate(input: IaeEligibilityInput, options?: EvaluateOptions): EligibilityDecision | LeanEligibilityDecision;
  /**
   * Evaluates a batch: a bad record is reported with its index and problems, the others are
   * still decided. Typed records give typed checking; records read from a file (`unknown[]`) are
   * validated one by one all the same.
   *
   * @throws {SiaeValidationError} when `inputs` is not a list or the options are invalid.
   */
  evaluateMany(inputs: readonly IaeEligibilityInput[], options?: { explain?: true }): EvaluateManyResult[];
  /** Lean mode over a batch: decisions without their explanation (same values otherwise). */
  evaluateMany(inputs: readonly IaeEligibilityInput[], options: { explain: false }): EvaluateManyResult<LeanEligibilityDecision>[];
  /** Either mode, chosen at run time. */
  evaluateMany(inputs: readonly IaeEligibilityInput[], options?: EvaluateOptions): EvaluateManyResult<EligibilityDecision | LeanEligibilityDecision>[];
  /** Records not yet validated (`unknown[]`, read from a file): each is validated, a bad one reported. */
  evaluateMany<E extends readonly unknown[]>(inputs: UncheckedList<E>, options?: { explain?: true }): EvaluateManyResult[];
  /** Records not yet validated, lean mode. */
  evaluateMany<E extends readonly unknown[]>(inputs: UncheckedList<E>, options: { explain: false }): EvaluateManyResult<LeanEligibilityDecision>[];
  /** Records not yet validated, either mode. */
  evaluateMany<E extends readonly unknown[]>(inputs: UncheckedList<E>, options?: EvaluateOptions): EvaluateManyResult<EligibilityDecision | LeanEligibilityDecision>[];
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
  const doc = documentOf(options, 'eligibility options');
  // Rules out of force on the date never pass (their date conditions fail), so the compiled path
  // tests the validity dates directly and compiles only the rule's own conditions.
  const compiled = doc.rules.map((rule) => ({ rule, test: compileChecked(rule.conditions) }));
  prepareDocument(doc);
  inForceMaskChecked(doc, '2000-01-01');
  const decide = (input: unknown, explain: boolean): EligibilityDecision | LeanEligibilityDecision => {
    const valid = validateIaeEligibilityInput(input as IaeEligibilityInput);
    const { facts, details, level1, level2 } = computeFacts(valid);
    const f = facts as unknown as Record<string, unknown>;
    const inForce = inForceMaskChecked(doc, facts.date);
    let passed = 0;
    for (let i = 0; i < compiled.length; i++) {
      if ((inForce & (1 << i)) !== 0 && compiled[i]!.test(f)) passed |= 1 << i;
    }
    return explain
      ? buildDecisionChecked(doc, facts, details, level1, level2, passed, inForce, true)
      : buildDecisionChecked(doc, facts, details, level1, level2, passed, inForce, false);
  };
  function evaluate(input: IaeEligibilityInput, options?: { explain?: true }): EligibilityDecision;
  function evaluate(input: IaeEligibilityInput, options: { explain: false }): LeanEligibilityDecision;
  function evaluate(input: IaeEligibilityInput, options?: EvaluateOptions): EligibilityDecision | LeanEligibilityDecision;
  function evaluate(input: IaeEligibilityInput, options?: EvaluateOptions): EligibilityDecision | LeanEligibilityDecision {
    return decide(input, explainOf(options));
  }
  function evaluateMany(inputs: readonly unknown[], options?: EvaluateOptions): EvaluateManyResult<EligibilityDecision | LeanEligibilityDecision>[] {
    expectArray(inputs, 'inputs', 'eligibility batch');
    const explain = explainOf(options);
    const out: EvaluateManyResult<EligibilityDecision | LeanEligibilityDecision>[] = new Array(inputs.length);
    for (let index = 0; index < inputs.length; index++) {
      try {
        out[index] = { index, ok: true as const, decision: decide(inputs[index], explain) };
      } catch (e) {
        if (e instanceof Error && e.name === 'EligibilityInputError') out[index] = { index, ok: false as const, error: e as EligibilityInputError };
        else throw e;
      }
    }
    return out;
  }
  return { evaluate, evaluateMany: evaluateMany as IaeEligibilityEvaluator['evaluateMany'] };
}
