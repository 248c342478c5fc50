import { iaeCriteria, isIsoDate, safeValidate } from '@siae/model';
import { EligibilityInputError, type IaeEligibilityInput, iaeEligibilityInputSchema } from './input';

const KINDS = new Set(['ACI', 'AI', 'EI', 'EITI', 'ETTI']);

function looksValid(input: unknown): input is IaeEligibilityInput {
  if (input === null || typeof input !== 'object') return false;
  const i = input as Record<string, unknown>;
  if (!KINDS.has(i.structureKind as string)) return false;
  if (i.author !== 'prescriber' && i.author !== 'employer') return false;
  if (!isIsoDate(i.date)) return false;
  const c = i.criteria;
  if (!Array.isArray(c)) return false;
  for (const code of c) if (typeof code !== 'string' || !iaeCriteria.has(code)) return false;
  return true;
}

/**
 * Validates an eligibility input: a fast check for the common valid case, then zod for the full
 * list of problems when anything is off.
 *
 * @throws {EligibilityInputError} listing every problem with its path.
 */
export function validateIaeEligibilityInput(input: unknown): IaeEligibilityInput {
  if (looksValid(input)) return input;
  const r = safeValidate(iaeEligibilityInputSchema, input);
  if (r.success) return r.data;
  throw new EligibilityInputError(r.issues);
}
