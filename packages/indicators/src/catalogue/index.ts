import { expectString } from '@siae/model';
import { exitRateIndicators } from './exitRates';
import { financingIndicators } from './financing';
import { seed001Indicators } from './seed001';
import { seed002Indicators } from './seed002';
import { seed004Indicators } from './seed004';
import type { IndicatorDefinition } from './types';

export type { IndicatorDefinition, IndicatorTarget, IndicatorUnit, IndicatorValue } from './types';
export { INAE_DIMENSIONS, type InaeDimension } from './seed004';
export { INDIVIDUAL_INTERVIEW_KINDS, PLIE_POSITIVE_REASONS } from './computations';
export { ASSESSMENT_KINDS, ATTESTATION_KINDS } from './kinds';

/**
 * Every indicator of the sources: the taux de sortie dynamique and its variants, the seed-001
 * complements, the PLIE indicators (seed 002), the INAÉ grid (seed 004) and the financing ones.
 * Each says how it is computed, or why it is declared.
 */
export const indicatorCatalogue: readonly IndicatorDefinition[] = Object.freeze([
  ...exitRateIndicators,
  ...seed001Indicators,
  ...seed002Indicators,
  ...seed004Indicators,
  ...financingIndicators,
]);

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(indicatorCatalogue.map((i) => [i.id, i]));

/**
 * The catalogue entry of an id, or undefined for an unknown id (`constructor` included: the index is a Map).
 *
 * @throws {SiaeValidationError} when the id is not a string.
 */
export function getIndicator(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(expectString(id, 'id', 'indicator id'));
}
