import { iaeCriteria, isoDateSchema, SIAE_KINDS, SiaeValidationError, type ValidationIssue } from '@siae/model';
import { z } from 'zod';

/** Who made the diagnosis: an authorized prescriber (prescripteur habilité) or the employer (SIAE). */
export type DiagnosisAuthor = 'prescriber' | 'employer';

/**
 * zod schema of the input of `evaluateIaeEligibility`. Other fields (a person id, for example)
 * are allowed and ignored, so vendors can pass their own records.
 */
export const iaeEligibilityInputSchema = z
  .object({
    structureKind: z.enum(SIAE_KINDS),
    author: z.enum(['prescriber', 'employer']),
    criteria: z.array(iaeCriteria.schema),
    date: isoDateSchema,
  });

/** Input of an IAE eligibility evaluation: the diagnosis to judge. */
export interface IaeEligibilityInput {
  /** The kind of SIAE that hires. */
  structureKind: 'ACI' | 'AI' | 'EI' | 'EITI' | 'ETTI';
  /** Who made the diagnosis. */
  author: DiagnosisAuthor;
  /** Criterion codes of the catalogue (`RSA`, `QPV`, ...). */
  criteria: readonly string[];
  /** Diagnosis date, `YYYY-MM-DD`: the rules in force on that day apply. */
  date: string;
}

/**
 * Thrown (or rejected) when the input of an eligibility function is invalid: unknown kind or
 * criterion code, malformed date. Lists every problem with its field path, in French and English,
 * and never echoes a value.
 */
export class EligibilityInputError extends SiaeValidationError {
  constructor(issues: ValidationIssue[]) {
    super(issues, 'eligibility input');
    this.name = 'EligibilityInputError';
  }
}
