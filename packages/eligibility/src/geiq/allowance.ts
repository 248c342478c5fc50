import { expectArray, expectString, formatPath, isoDateSchema, SiaeValidationError, safeValidate } from '@siae/model';
import { z } from 'zod';
import { getCriterion } from '../criteria/catalogue';
import { type DatedParameter, valueAt } from '@siae/model';

const SRC = 'gip-inclusion/les-emplois itou/eligibility/models/geiq.py @ 543eae8d2d54 (geiq_allowance_amount)';
const FORM = 'gip-inclusion/les-emplois itou/www/geiq_eligibility_views/forms.py @ be668c3c1b20';
const DATA = 'gip-inclusion/les-emplois itou/eligibility/data/administrative_criteria_geiq.json @ 543eae8d2d54 (parent_id)';

/** GEIQ aid amounts (€): full (authorized prescriber, or 1 level-1 or 2 level-2 criteria) and reduced (annex-1 criterion). */
export const geiqAllowanceAmounts: DatedParameter<{ full: number; reduced: number }> = {
  id: 'geiq.allowanceAmounts',
  labelFr: "Montants de l'aide à l'accompagnement GEIQ (€)",
  unit: 'euros',
  values: [{ from: '2022-12-15', value: { full: 1400, reduced: 814 }, source: SRC }],
};

/** The GEIQ incompatible pairs (`GEIQAdministrativeCriteriaForm.EXCLUSIONS` and `clean`). */
export const GEIQ_CONFLICTS: readonly (readonly [string, string])[] = [
  ['QPV', 'ZRR'],
  ['JEUNE', 'SENIOR'],
  ['JEUNE', 'DE_45'],
  ['SENIOR', 'ASE'],
  ['DE_45', 'ASE'],
  ['REF_DA', 'RS_PS_DA'],
];

/** A set of GEIQ criteria of which a diagnosis holds at most one (a radio choice in the platform's form). */
export interface GeiqExclusiveGroup {
  id: string;
  codes: readonly string[];
  labelFr: string;
  labelEn: string;
  source: string;
}

/**
 * The GEIQ criteria the platform's form offers as one radio choice (`RADIO_FIELDS`): how long the
 * person has been registered at France Travail.
 */
export const GEIQ_EXCLUSIVE_GROUPS: readonly GeiqExclusiveGroup[] = Object.freeze([
  {
    id: 'france-travail-registration',
    codes: ['DELD_12', 'DELD', 'DETLD'],
    labelFr: "durée d'inscription à France Travail (moins de 12 mois, 12 à 24 mois, 24 mois et plus)",
    labelEn: 'length of registration at France Travail (under 12 months, 12 to 24 months, 24 months or more)',
    source: `${FORM} (RADIO_FIELDS, pole_emploi_related)`,
  },
]);

/**
 * The GEIQ criteria that only count under their parent (`parent_id` in the platform's data): the
 * form hides them until the parent is checked and drops a child checked without it
 * (`_get_administrative_criteria`).
 */
export const GEIQ_CRITERION_PARENTS: Readonly<Record<string, string>> = Object.freeze({
  RSA: 'MINIMA',
  ASS: 'MINIMA',
  AAH: 'MINIMA',
  AUTRE_MINIMA: 'MINIMA',
  DELD_12: 'FT',
  DELD: 'FT',
  DETLD: 'FT',
  JEUNE_SQ: 'JEUNE',
});

/** A problem with the set of criteria of a GEIQ diagnosis, explained in French and English. */
export interface GeiqCriteriaIssue {
  /** `incompatible`: a forbidden pair; `exclusive_group`: two answers to one radio choice; `missing_parent`: a child without its parent (it does not count). */
  kind: 'incompatible' | 'exclusive_group' | 'missing_parent';
  /** The criteria involved (for `missing_parent`: the child, then the parent). */
  codes: string[];
  messageFr: string;
  messageEn: string;
  source: string;
}

/**
 * Checks the criteria of a GEIQ diagnosis against the platform's form: incompatible pairs
 * ({@link GEIQ_CONFLICTS}), radio choices ({@link GEIQ_EXCLUSIVE_GROUPS}) and children without their
 * parent ({@link GEIQ_CRITERION_PARENTS}). Codes only, never a person's data.
 *
 * @example checkGeiqCriteria(['FT', 'DELD', 'DETLD'])[0]?.kind // 'exclusive_group'
 */
export function checkGeiqCriteria(criteria: readonly string[]): GeiqCriteriaIssue[] {
  const set = new Set(expectArray(criteria, 'criteria', 'GEIQ criteria').map((c, i) => expectString(c, ['criteria', i], 'GEIQ criteria')));
  const issues: GeiqCriteriaIssue[] = [];
  for (const [a, b] of GEIQ_CONFLICTS) {
    if (set.has(a) && set.has(b)) {
      issues.push({
        kind: 'incompatible',
        codes: [a, b],
        messageFr: `les critères ${a} et ${b} ne peuvent pas être cumulés`,
        messageEn: `criteria ${a} and ${b} cannot be combined`,
        source: `${FORM} (EXCLUSIONS, clean)`,
      });
    }
  }
  for (const g of GEIQ_EXCLUSIVE_GROUPS) {
    const chosen = g.codes.filter((c) => set.has(c));
    if (chosen.length > 1) {
      issues.push({
        kind: 'exclusive_group',
        codes: chosen,
        messageFr: `un seul choix possible pour la ${g.labelFr} : ${chosen.join(', ')}`,
        messageEn: `only one answer is possible for the ${g.labelEn}: ${chosen.join(', ')}`,
        source: g.source,
      });
    }
  }
  for (const c of criteria) {
    const parent = GEIQ_CRITERION_PARENTS[c];
    if (parent !== undefined && !set.has(parent)) {
      issues.push({
        kind: 'missing_parent',
        codes: [c, parent],
        messageFr: `le critère ${c} ne compte qu'avec son critère parent ${parent}`,
        messageEn: `criterion ${c} only counts with its parent criterion ${parent}`,
        source: `${DATA} ; ${FORM} (_get_administrative_criteria)`,
      });
    }
  }
  return issues;
}

const inputSchema = z.object({
  author: z.enum(['prescriber', 'employer']),
  criteria: z.array(z.string()),
  date: isoDateSchema,
});

/** The GEIQ aid for a diagnosis, and why. */
export interface GeiqAllowance {
  /** 1,400 €, 814 € or 0 €. */
  amount: number;
  /** Whether the diagnosis opens the aid (amount above 0 and no conflict). */
  eligible: boolean;
  /** Incompatible pairs found. */
  conflicts: [string, string][];
  /** Every problem with the criteria (incompatible pairs, two answers to one radio choice, a child without its parent), explained. */
  criteriaIssues: GeiqCriteriaIssue[];
  explanation: {
    /** One French sentence. */
    summaryFr: string;
    /** Which tier applied: `prescriber`, `level`, `annex1` or `none`. */
    tier: 'prescriber' | 'level' | 'annex1' | 'none' | 'conflict';
    /** Criteria of level 1 and 2 (GEIQ levels) and of annex 1 or 1+2 that counted. */
    level1: string[];
    level2: string[];
    annex1: string[];
    /** The amounts parameter in force and its source. */
    source: string;
  };
}

/**
 * The GEIQ aid amount for a diagnosis: an authorized prescriber's diagnosis gives 1,400 €; else at
 * least 1 level-1 or 2 level-2 criteria (GEIQ levels) give 1,400 €; else at least one annex "1" or
 * "1+2" criterion gives 814 €; else 0 €. Incompatible criteria, or two answers to one radio choice
 * of the platform's form, give 0 € and are listed in `criteriaIssues`; a child criterion without its
 * parent (RSA without MINIMA...) does not count, as on the platform, and is listed too.
 *
 * @throws {SiaeValidationError} for an unknown criterion code (not one of the 28 GEIQ criteria) or a bad date.
 */
export function geiqAllowance(input: { author: 'prescriber' | 'employer'; criteria: string[]; date: string }): GeiqAllowance {
  const r = safeValidate(inputSchema, input);
  if (!r.success) throw new SiaeValidationError(r.issues, 'GEIQ diagnosis');
  const { author, date } = r.data;
  const criteria = [...new Set(r.data.criteria)];
  const unknown: (string | number)[][] = [];
  r.data.criteria.forEach((code, i) => {
    if (getCriterion(code)?.geiq == null) unknown.push(['criteria', i]);
  });
  if (unknown.length > 0) {
    throw new SiaeValidationError(
      unknown.map((path) => ({ path, pathText: formatPath(path), code: 'unknown_code', messageFr: 'critère GEIQ inconnu', messageEn: 'unknown GEIQ criterion' })),
      'GEIQ diagnosis',
    );
  }
  const amounts = valueAt(geiqAllowanceAmounts, date);
  const set = new Set(criteria);
  const criteriaIssues = checkGeiqCriteria(criteria);
  const counted = criteria.filter((c) => GEIQ_CRITERION_PARENTS[c] === undefined || set.has(GEIQ_CRITERION_PARENTS[c]!));
  const level1 = counted.filter((c) => getCriterion(c)?.geiq?.level === 1).sort();
  const level2 = counted.filter((c) => getCriterion(c)?.geiq?.level === 2).sort();
  const annex1 = counted.filter((c) => ['1', '1+2'].includes(getCriterion(c)?.geiq?.annex ?? '')).sort();
  const conflicts = GEIQ_CONFLICTS.filter(([a, b]) => set.has(a) && set.has(b)).map(([a, b]) => [a, b] as [string, string]);
  const base = { level1, level2, annex1, source: amounts?.source ?? SRC };
  if (!amounts) {
    return { amount: 0, eligible: false, conflicts, criteriaIssues, explanation: { ...base, tier: 'none', summaryFr: "Aucun montant d'aide GEIQ connu à cette date." } };
  }
  const blocking = criteriaIssues.filter((i) => i.kind !== 'missing_parent');
  if (blocking.length > 0) {
    return {
      amount: 0,
      eligible: false,
      conflicts,
      criteriaIssues,
      explanation: { ...base, tier: 'conflict', summaryFr: `0 € : ${blocking.map((i) => i.messageFr).join(' ; ')}.` },
    };
  }
  if (author === 'prescriber') {
    return { amount: amounts.value.full, eligible: true, conflicts, criteriaIssues, explanation: { ...base, tier: 'prescriber', summaryFr: `${amounts.value.full} € : diagnostic d'un prescripteur habilité.` } };
  }
  if (level1.length >= 1 || level2.length >= 2) {
    return {
      amount: amounts.value.full,
      eligible: true,
      conflicts,
      criteriaIssues,
      explanation: { ...base, tier: 'level', summaryFr: `${amounts.value.full} € : ${level1.length} critère(s) de niveau 1 et ${level2.length} de niveau 2.` },
    };
  }
  if (annex1.length >= 1) {
    return { amount: amounts.value.reduced, eligible: true, conflicts, criteriaIssues, explanation: { ...base, tier: 'annex1', summaryFr: `${amounts.value.reduced} € : critère(s) de l'annexe 1 (${annex1.join(', ')}).` } };
  }
  const dropped = criteriaIssues.filter((i) => i.kind === 'missing_parent').map((i) => i.codes[0]);
  return {
    amount: 0,
    eligible: false,
    conflicts,
    criteriaIssues,
    explanation: {
      ...base,
      tier: 'none',
      summaryFr: `0 € : ni critère de niveau suffisant, ni critère de l'annexe 1${dropped.length > 0 ? ` (sans leur critère parent, ${dropped.join(', ')} ne comptent pas)` : ''}.`,
    },
  };
}
