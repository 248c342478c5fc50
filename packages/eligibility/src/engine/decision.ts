import { addDaysIso, expectArray, expectInteger, expectIsoDate, expectObject, expectString } from '@siae/model';
import type { Condition, EligibilityDocument, EligibilityRule } from '../rules/document';
import { checkedEligibilityDocument } from '../rules/document';
import { isRuleInForceUnchecked as isRuleInForce } from '../rules/inForce';
import type { CountedCriterion, EligibilityFacts } from './facts';
import type { DiagnosisAuthor } from './input';

/** A rule as it appears in a decision's explanation. */
export interface RuleReference {
  /** Stable rule id (`iae.level-2.2021.ai-etti`). */
  id: string;
  /** What the rule says, in French. */
  titleFr: string;
  /** First day it applies. */
  validFrom: string;
  /** Last day it applies, or null while in force. */
  validUntil: string | null;
  /** Legal or public reference. */
  source: string;
}

/** Why a decision was taken: the criteria, the rules in force and their results. */
export interface EligibilityExplanation {
  /** One French sentence that sums the decision up. */
  summaryFr: string;
  /** The rule that made the person eligible, or, when not eligible, the requirement that was not met. */
  rule: RuleReference | null;
  /** Each criterion of the diagnosis: its level and whether it counted. */
  criteria: CountedCriterion[];
  /** Every rule in force on the diagnosis date and whether it passed (the engine's trace). */
  rules: (RuleReference & { path: EligibilityRule['path']; passed: boolean })[];
  /** Number of level-2 criteria required for this kind on this date. */
  requiredLevel2: number | null;
}

/**
 * The decision on one IAE eligibility diagnosis without its explanation: what the lean mode
 * (`{ explain: false }`) of the compiled evaluator returns, with the same values as the full
 * decision.
 */
export type LeanEligibilityDecision = Omit<EligibilityDecision, 'explanation'>;

/** The decision on one IAE eligibility diagnosis. */
export interface EligibilityDecision {
  /** Whether the diagnosis makes the person eligible (false whenever there is a conflict). */
  eligible: boolean;
  /** The structure kind the decision is for. */
  structureKind: string;
  /** Who made the diagnosis. */
  author: DiagnosisAuthor;
  /** The diagnosis date. */
  date: string;
  /** Level-1 criteria that counted, sorted. */
  level1: string[];
  /** Level-2 criteria that counted, sorted. */
  level2: string[];
  /** Incompatible pairs found (SENIOR with JEUNE, DETLD with DELD). */
  conflicts: [string, string][];
  /** What is missing, as a French sentence; null when eligible. */
  missing: string | null;
  /** Why. */
  explanation: EligibilityExplanation;
}

function ref(rule: EligibilityRule): RuleReference {
  return { id: rule.id, titleFr: rule.titleFr, validFrom: rule.validFrom, validUntil: rule.validUntil, source: rule.source };
}

function leaves(c: Condition): { fact: string; operator: string; value: unknown }[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

/** A rule with what the decision needs read from it once. */
export interface PreparedRule {
  rule: EligibilityRule;
  /** Frozen reference and trace entries, shared by every decision (no allocation per decision). */
  ref: RuleReference;
  passedEntry: EligibilityExplanation['rules'][number];
  failedEntry: EligibilityExplanation['rules'][number];
  /** For a level-2 rule: the kinds it covers and the count it requires. */
  kinds: readonly string[] | null;
  required: number | null;
}

const prepared = new WeakMap<EligibilityDocument, PreparedRule[]>();
/** Frozen rule traces per document, keyed by which rules are in force and passed (derived data only). */
const traces = new WeakMap<EligibilityDocument, Map<number, EligibilityExplanation['rules']>>();

function traceFor(doc: EligibilityDocument, rules: readonly PreparedRule[], key: number, date: string, passed: number): EligibilityExplanation['rules'] {
  let cache = traces.get(doc);
  if (!cache) {
    cache = new Map();
    traces.set(doc, cache);
  }
  let trace = cache.get(key);
  if (!trace) {
    trace = Object.freeze(buildTrace(rules, date, passed)) as EligibilityExplanation['rules'];
    cache.set(key, trace);
  }
  return trace;
}

function buildTrace(rules: readonly PreparedRule[], date: string, passed: number): EligibilityExplanation['rules'] {
  const built: EligibilityExplanation['rules'] = [];
  for (let i = 0; i < rules.length; i++) {
    const p = rules[i]!;
    if (isRuleInForce(p.rule, date)) built.push((passed & (1 << i)) !== 0 ? p.passedEntry : p.failedEntry);
  }
  return built;
}

/**
 * Reads, once per document, the `structureKind in [...]` and `level2Count >= N` conditions of the
 * level-2 rules, so the sentence of `missing` comes from the rules themselves and can never
 * disagree with them.
 */
export function prepareDocument(doc: EligibilityDocument): readonly PreparedRule[] {
  return prepareChecked(checkedEligibilityDocument(doc));
}

function prepareChecked(doc: EligibilityDocument): readonly PreparedRule[] {
  let p = prepared.get(doc);
  if (!p) {
    p = doc.rules.map((rule) => {
      const r = Object.freeze(ref(rule));
      const entries = {
        ref: r,
        passedEntry: Object.freeze({ ...r, path: rule.path, passed: true }),
        failedEntry: Object.freeze({ ...r, path: rule.path, passed: false }),
      };
      if (rule.path !== 'level2') return { rule, ...entries, kinds: null, required: null };
      const ls = leaves(rule.conditions);
      const kinds = ls.find((l) => l.fact === 'structureKind' && l.operator === 'in');
      const count = ls.find((l) => l.fact === 'level2Count' && l.operator === 'greaterThanInclusive');
      return {
        rule,
        ...entries,
        kinds: kinds && Array.isArray(kinds.value) ? (kinds.value as string[]) : null,
        required: count && typeof count.value === 'number' ? count.value : null,
      };
    });
    prepared.set(doc, p);
  }
  return p;
}

/** The level-2 requirement rule in force for a kind on a date, and its count. */
export function level2Requirement(doc: EligibilityDocument, structureKind: string, date: string): { rule: EligibilityRule; required: number } | null {
  expectString(structureKind, 'structureKind', 'eligibility input');
  expectIsoDate(date, 'date', 'eligibility input');
  for (const p of prepareDocument(doc)) {
    if (p.required !== null && p.kinds?.includes(structureKind) && isRuleInForce(p.rule, date)) return { rule: p.rule, required: p.required };
  }
  return null;
}

/**
 * The rules in force on a date as a bitmask (bit `i` for `doc.rules[i]`): the boundaries of the
 * rules' validity split time into a few epochs, computed once per document.
 */
export function inForceMask(doc: EligibilityDocument, date: string): number {
  return inForceMaskChecked(checkedEligibilityDocument(doc), expectIsoDate(date, 'date', 'eligibility input'));
}

/**
 * {@link inForceMask} for a checked document and a validated date.
 *
 * @internal
 */
export function inForceMaskChecked(doc: EligibilityDocument, date: string): number {
  let epochs = epochCache.get(doc);
  if (!epochs) {
    const starts = new Set<string>(['0000-01-01']);
    for (const r of doc.rules) {
      starts.add(r.validFrom);
      if (r.validUntil !== null) starts.add(nextDay(r.validUntil));
    }
    epochs = [...starts].sort().map((from) => {
      let mask = 0;
      doc.rules.forEach((r, i) => {
        if (isRuleInForce(r, from)) mask |= 1 << i;
      });
      return { from, mask };
    });
    epochCache.set(doc, epochs);
  }
  for (let i = epochs.length - 1; i >= 0; i--) if (epochs[i]!.from <= date) return epochs[i]!.mask;
  return 0;
}

const epochCache = new WeakMap<EligibilityDocument, { from: string; mask: number }[]>();

/**
 * The French sentences of decisions (what is missing, the summary of a refusal), built once per
 * document and key and shared by every decision that says the same thing: a batch of a million
 * decisions keeps a few dozen strings instead of a million. Keys come from a finite set (conflict
 * pairs, counts, kinds); a sentence holding a date is never cached.
 */
const sentences = new WeakMap<EligibilityDocument, Map<string, string>>();

function sentencesOf(doc: EligibilityDocument): Map<string, string> {
  let cache = sentences.get(doc);
  if (!cache) {
    cache = new Map();
    sentences.set(doc, cache);
  }
  return cache;
}

function sentence(cache: Map<string, string>, key: string, build: (key: string) => string): string {
  let s = cache.get(key);
  if (s === undefined) {
    s = build(key);
    cache.set(key, s);
  }
  return s;
}

/** The day after an ISO date (validUntil is inclusive, so the next epoch starts the day after). */
function nextDay(date: string): string {
  return addDaysIso(date, 1);
}

/**
 * Builds the decision from the facts and which rules passed (bit `i` of `passed` for
 * `doc.rules[i]`; at most 31 rules).
 * Shared by the json-rules-engine path and the compiled evaluator, which differ only in how they
 * find the rules that pass.
 */
export function buildDecision(
  doc: EligibilityDocument,
  facts: EligibilityFacts,
  details: CountedCriterion[],
  level1: string[],
  level2: string[],
  passed: number,
  inForce?: number,
): EligibilityDecision {
  const checked = checkedEligibilityDocument(doc);
  const f = expectObject(facts, 'facts', 'eligibility facts');
  const date = expectIsoDate(f.date, ['facts', 'date'], 'eligibility facts');
  expectString(f.structureKind, ['facts', 'structureKind'], 'eligibility facts');
  expectString(f.author, ['facts', 'author'], 'eligibility facts');
  expectArray(details, 'details', 'eligibility facts');
  expectArray(level1, 'level1', 'eligibility facts');
  expectArray(level2, 'level2', 'eligibility facts');
  expectInteger(passed, 'passed', 'eligibility facts');
  const mask = inForce === undefined ? inForceMaskChecked(checked, date) : expectInteger(inForce, 'inForce', 'eligibility facts');
  return buildDecisionChecked(checked, facts, details, level1, level2, passed, mask, true);
}

/**
 * {@link buildDecision} on checked arguments; without the explanation when `explain` is false.
 *
 * @internal
 */
export function buildDecisionChecked(
  doc: EligibilityDocument,
  facts: EligibilityFacts,
  details: CountedCriterion[],
  level1: string[],
  level2: string[],
  passed: number,
  inForce: number,
  explain: false,
): LeanEligibilityDecision;
export function buildDecisionChecked(
  doc: EligibilityDocument,
  facts: EligibilityFacts,
  details: CountedCriterion[],
  level1: string[],
  level2: string[],
  passed: number,
  inForce: number,
  explain: true,
): EligibilityDecision;
export function buildDecisionChecked(
  doc: EligibilityDocument,
  facts: EligibilityFacts,
  details: CountedCriterion[],
  level1: string[],
  level2: string[],
  passed: number,
  inForce: number,
  explain: boolean,
): EligibilityDecision | LeanEligibilityDecision {
  const rules = prepareChecked(doc);
  const said = sentencesOf(doc);
  const date = facts.date;
  const conflicts: [string, string][] = [];
  // In-force and passed bits of every rule: the trace is the same for the same key.
  let key = 0;
  let prescriber: PreparedRule | undefined;
  let byLevel1: PreparedRule | undefined;
  let byLevel2: PreparedRule | undefined;
  let firstConflict: PreparedRule | undefined;
  let requirement: { rule: PreparedRule; required: number } | null = null;
  for (let i = 0; i < rules.length; i++) {
    const p = rules[i]!;
    const rule = p.rule;
    if ((inForce & (1 << i)) === 0) continue;
    const ok = (passed & (1 << i)) !== 0;
    key |= (ok ? 2 : 1) << (2 * i);
    if (requirement === null && p.required !== null && p.kinds?.includes(facts.structureKind)) requirement = { rule: p, required: p.required };
    if (!ok) continue;
    if (rule.path === 'conflict' && rule.pair) {
      conflicts.push([rule.pair[0], rule.pair[1]]);
      firstConflict ??= p;
    } else if (rule.path === 'prescriber') prescriber ??= p;
    else if (rule.path === 'level1') byLevel1 ??= p;
    else if (rule.path === 'level2') byLevel2 ??= p;
  }
  const winner = prescriber ?? byLevel1 ?? byLevel2;
  const eligible = winner !== undefined && conflicts.length === 0;
  let missing: string | null = null;
  if (conflicts.length > 0) missing = sentence(said, conflicts.map(([a, b]) => `${a} et ${b}`).join(' ; '), (pairs) => `critères incompatibles : ${pairs}`);
  else if (winner) missing = null;
  else if (requirement) {
    const gap = requirement.required - level2.length;
    const required = requirement.required;
    missing = sentence(said, `${gap}|${required}|${facts.structureKind}`, () => `il manque ${gap} critère${gap > 1 ? 's' : ''} de niveau 2 (${required} requis en ${facts.structureKind}), ou 1 critère de niveau 1`);
  } else missing = `aucune règle d'éligibilité en vigueur le ${date} pour ${facts.structureKind}`;
  if (!explain) return { eligible, structureKind: facts.structureKind, author: facts.author as DiagnosisAuthor, date, level1, level2, conflicts, missing };
  let summaryFr: string;
  // Keyed by the shared `missing` string itself (its hash is kept in the string): no key to build.
  // A sentence that holds a date (no rule in force) is not cached.
  if (missing !== null) summaryFr = winner === undefined && requirement === null && conflicts.length === 0 ? `Non éligible : ${missing}.` : sentence(said, missing, () => `Non éligible : ${missing}.`);
  else if (winner!.rule.path === 'prescriber') summaryFr = "Éligible : diagnostic d'un prescripteur habilité, aucun critère exigé.";
  else if (winner!.rule.path === 'level1') summaryFr = `Éligible : ${level1.length} critère(s) de niveau 1 (${level1.join(', ')}).`;
  else summaryFr = `Éligible : ${level2.length} critères de niveau 2 (${level2.join(', ')}), ${requirement?.required ?? '?'} requis en ${facts.structureKind}.`;
  const explained = eligible ? winner : (firstConflict ?? requirement?.rule);
  return {
    eligible,
    structureKind: facts.structureKind,
    author: facts.author as DiagnosisAuthor,
    date,
    level1,
    level2,
    conflicts,
    missing,
    explanation: {
      summaryFr,
      rule: explained ? explained.ref : null,
      criteria: details,
      // Two bits a rule: the key is exact up to 15 rules; beyond, build the trace without the cache.
      rules: rules.length <= 15 ? traceFor(doc, rules, key, date, passed) : buildTrace(rules, date, passed),
      requiredLevel2: requirement?.required ?? null,
    },
  };
}
