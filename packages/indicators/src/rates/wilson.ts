import { expectInteger, invalidArgument, SiaeValidationError, type ValidationIssue } from '@siae/model';

/** The z of a two-sided 95 % interval (the 97.5th percentile of the standard normal law). */
export const Z_95 = 1.959963984540054;

/** Rates on fewer exits than this are flagged as a small sample (`smallSample`). */
export const SMALL_SAMPLE_DENOMINATOR = 10;

/** A confidence interval of a rate, both ends between 0 and 1. */
export interface RateInterval {
  low: number;
  high: number;
}

function issue(field: string, messageFr: string, messageEn: string): ValidationIssue {
  return { path: [field], pathText: field, code: 'invalid_value', messageFr, messageEn };
}

/**
 * The Wilson score interval of a proportion `numerator / denominator` (95 % by default): unlike
 * the normal approximation it stays within [0, 1] and keeps a width on 0 % or 100 % rates, so a
 * structure's rate on 8 exits shows how uncertain it is. `null` when the denominator is 0.
 *
 * low, high = (p + z²/2n ∓ z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), with p = numerator / n.
 *
 * Throws a {@link SiaeValidationError} (path `numerator`, `denominator` or `z`) when the counts are
 * not whole numbers with 0 ≤ numerator ≤ denominator, or z is not a positive finite number.
 *
 * @example
 * wilsonInterval(5, 10); // { low: 0.2366..., high: 0.7634... }
 * wilsonInterval(0, 0); // null
 */
export function wilsonInterval(numerator: number, denominator: number, z: number = Z_95): RateInterval | null {
  const issues: ValidationIssue[] = [];
  if (!Number.isInteger(denominator) || denominator < 0) issues.push(issue('denominator', 'doit être un entier positif ou nul', 'must be a non-negative integer'));
  if (!Number.isInteger(numerator) || numerator < 0) issues.push(issue('numerator', 'doit être un entier positif ou nul', 'must be a non-negative integer'));
  else if (Number.isInteger(denominator) && numerator > denominator) issues.push(issue('numerator', 'ne peut dépasser le dénominateur', 'cannot exceed the denominator'));
  if (typeof z !== 'number' || !Number.isFinite(z) || z <= 0) issues.push(issue('z', 'doit être un nombre fini strictement positif', 'must be a finite positive number'));
  if (issues.length > 0) throw new SiaeValidationError(issues, 'Wilson interval');
  if (denominator === 0) return null;
  const n = denominator;
  const p = numerator / n;
  const z2 = z * z;
  const scale = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / scale;
  const half = (z / scale) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Exact ends on 0 % and 100 % (the formula gives them up to rounding).
  const low = numerator === 0 ? 0 : Math.max(0, centre - half);
  const high = numerator === n ? 1 : Math.min(1, centre + half);
  return { low, high };
}

/** Whether a rate's denominator is too small to read the rate alone (fewer than 10 exits). */
export function isSmallSample(denominator: number): boolean {
  if (expectInteger(denominator, 'denominator', 'rate') < 0) invalidArgument('rate', 'denominator', 'too_small', 'doit être un entier positif ou nul', 'must be a non-negative integer');
  return denominator < SMALL_SAMPLE_DENOMINATOR;
}
