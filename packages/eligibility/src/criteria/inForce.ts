import type { IsoDate } from '@siae/model';
import type { CriterionDefinition } from './catalogue';

/**
 * Whether a criterion can be used in an IAE diagnosis made on `date`, for a catalogue entry and a
 * validated date (once per criterion of every diagnosis; the public `isCriterionInForce` checks
 * its arguments first). Not exported by the package.
 */
export function isCriterionInForceUnchecked(def: CriterionDefinition, date: IsoDate): boolean {
  return def.iaeLevel !== null && def.validFrom <= date && (def.validUntil === null || date <= def.validUntil);
}
