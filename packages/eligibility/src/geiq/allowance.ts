import { formatPath, isoDateSchema, SiaeValidationError, safeValidate } from '@siae/model';
import { z } from 'zod';
import { getCriterion } from '../criteria/catalogue';
import { type DatedParameter, valueAt } from '@siae/model';

const SRC = 'les-emplois itou/eligibility (geiq_allowance_amount)';

/** GEIQ aid amounts (€): full (authorized prescriber, or 1 level-1 or 2 level-2 criteria) and reduced (annex-1 criterion). */
export const geiqAllowanceAmounts: DatedParameter<{ full: number; reduced: number }> = {
  id: 'geiq.allowanceAmounts',
  labelFr: "Montants de l'aide à l'accompagnement GEIQ (€)",
  unit: 'euros',
  values: [{ from: '2022-12-15', value: { full: 1400, reduced: 814 }, source: SRC }],
};

/** The GEIQ incompatible pairs. */
export const GEIQ_CONFLICTS: readonly (readonly [string, string])[] = [
  ['QPV', 'ZRR'],
  ['JEUNE', 'SENIOR'],
  ['JEUNE', 'DE_45'],
  ['SENIOR', 'ASE'],
  ['DE_45', 'ASE'],
  ['REF_DA', 'RS_PS_DA'],
];

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
 * "1+2" criterion gives 814 €; else 0 €. Incompatible criteria give 0 € and list the pairs.
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
  const level1 = criteria.filter((c) => getCriterion(c)?.geiq?.level === 1).sort();
  const level2 = criteria.filter((c) => getCriterion(c)?.geiq?.level === 2).sort();
  const annex1 = criteria.filter((c) => ['1', '1+2'].includes(getCriterion(c)?.geiq?.annex ?? '')).sort();
  const set = new Set(criteria);
  const conflicts = GEIQ_CONFLICTS.filter(([a, b]) => set.has(a) && set.has(b)).map(([a, b]) => [a, b] as [string, string]);
  const base = { level1, level2, annex1, source: amounts?.source ?? SRC };
  if (!amounts) {
    return { amount: 0, eligible: false, conflicts, explanation: { ...base, tier: 'none', summaryFr: "Aucun montant d'aide GEIQ connu à cette date." } };
  }
  if (conflicts.length > 0) {
    return {
      amount: 0,
      eligible: false,
      conflicts,
      explanation: { ...base, tier: 'conflict', summaryFr: `0 € : critères incompatibles (${conflicts.map(([a, b]) => `${a} et ${b}`).join(' ; ')}).` },
    };
  }
  if (author === 'prescriber') {
    return { amount: amounts.value.full, eligible: true, conflicts, explanation: { ...base, tier: 'prescriber', summaryFr: `${amounts.value.full} € : diagnostic d'un prescripteur habilité.` } };
  }
  if (level1.length >= 1 || level2.length >= 2) {
    return {
      amount: amounts.value.full,
      eligible: true,
      conflicts,
      explanation: { ...base, tier: 'level', summaryFr: `${amounts.value.full} € : ${level1.length} critère(s) de niveau 1 et ${level2.length} de niveau 2.` },
    };
  }
  if (annex1.length >= 1) {
    return { amount: amounts.value.reduced, eligible: true, conflicts, explanation: { ...base, tier: 'annex1', summaryFr: `${amounts.value.reduced} € : critère(s) de l'annexe 1 (${annex1.join(', ')}).` } };
  }
  return { amount: 0, eligible: false, conflicts, explanation: { ...base, tier: 'none', summaryFr: "0 € : ni critère de niveau suffisant, ni critère de l'annexe 1." } };
}
