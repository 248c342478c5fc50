import type { Condition, EligibilityDocument, EligibilityRule } from '../rules/document';
import { isRuleInForce } from '../rules/document';
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

/**
 * The level-2 requirement rule in force for a kind on a date, and its count: read from the rule
 * document itself (the `structureKind in [...]` and `level2Count >= N` conditions), so the
 * sentence of `missing` can never disagree with the rules.
 */
export function level2Requirement(doc: EligibilityDocument, structureKind: string, date: string): { rule: EligibilityRule; required: number } | null {
  for (const rule of doc.rules) {
    if (rule.path !== 'level2' || !isRuleInForce(rule, date)) continue;
    const ls = leaves(rule.conditions);
    const kinds = ls.find((l) => l.fact === 'structureKind' && l.operator === 'in');
    const count = ls.find((l) => l.fact === 'level2Count' && l.operator === 'greaterThanInclusive');
    if (kinds && Array.isArray(kinds.value) && kinds.value.includes(structureKind) && count && typeof count.value === 'number') {
      return { rule, required: count.value };
    }
  }
  return null;
}

const PATH_ORDER = ['prescriber', 'level1', 'level2'] as const;

/**
 * Builds the decision from the facts and the set of rules that passed. Shared by the
 * json-rules-engine path and the compiled evaluator, which differ only in how they find the
 * rules that pass.
 */
export function buildDecision(
  doc: EligibilityDocument,
  facts: EligibilityFacts,
  details: CountedCriterion[],
  level1: string[],
  level2: string[],
  passed: ReadonlySet<string>,
): EligibilityDecision {
  const inForce = doc.rules.filter((r) => isRuleInForce(r, facts.date));
  const conflicts: [string, string][] = [];
  for (const r of inForce) if (r.path === 'conflict' && passed.has(r.id) && r.pair) conflicts.push([r.pair[0], r.pair[1]]);
  let winner: EligibilityRule | undefined;
  for (const path of PATH_ORDER) {
    winner = inForce.find((r) => r.path === path && passed.has(r.id));
    if (winner) break;
  }
  const requirement = level2Requirement(doc, facts.structureKind, facts.date);
  const eligible = winner !== undefined && conflicts.length === 0;
  let missing: string | null = null;
  let summaryFr: string;
  if (conflicts.length > 0) {
    missing = `critères incompatibles : ${conflicts.map(([a, b]) => `${a} et ${b}`).join(' ; ')}`;
    summaryFr = `Non éligible : ${missing}.`;
  } else if (winner) {
    summaryFr =
      winner.path === 'prescriber'
        ? "Éligible : diagnostic d'un prescripteur habilité, aucun critère exigé."
        : winner.path === 'level1'
          ? `Éligible : ${level1.length} critère(s) de niveau 1 (${level1.join(', ')}).`
          : `Éligible : ${level2.length} critères de niveau 2 (${level2.join(', ')}), ${requirement?.required ?? '?'} requis en ${facts.structureKind}.`;
  } else if (requirement) {
    const gap = requirement.required - level2.length;
    missing = `il manque ${gap} critère${gap > 1 ? 's' : ''} de niveau 2 (${requirement.required} requis en ${facts.structureKind}), ou 1 critère de niveau 1`;
    summaryFr = `Non éligible : ${missing}.`;
  } else {
    missing = `aucune règle d'éligibilité en vigueur le ${facts.date} pour ${facts.structureKind}`;
    summaryFr = `Non éligible : ${missing}.`;
  }
  const ruleForExplanation = eligible ? winner : (inForce.find((r) => r.path === 'conflict' && passed.has(r.id)) ?? requirement?.rule);
  return {
    eligible,
    structureKind: facts.structureKind,
    author: facts.author as DiagnosisAuthor,
    date: facts.date,
    level1,
    level2,
    conflicts,
    missing,
    explanation: {
      summaryFr,
      rule: ruleForExplanation ? ref(ruleForExplanation) : null,
      criteria: details,
      rules: inForce.map((r) => ({ ...ref(r), path: r.path, passed: passed.has(r.id) })),
      requiredLevel2: requirement?.required ?? null,
    },
  };
}
