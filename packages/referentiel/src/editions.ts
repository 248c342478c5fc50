import type { CanonicalEditionId, EditionId } from './types';

/** The canonical editions, oldest first. */
export const EDITION_IDS: readonly CanonicalEditionId[] = Object.freeze(['formation-projet', 'annexe-2']);

/**
 * Earlier edition ids still accepted by every function, with the edition they stand for: `2008`
 * named the first edition after a date and a circular the text does not give.
 */
export const EDITION_ALIASES: Readonly<Record<string, CanonicalEditionId>> = Object.freeze({ '2008': 'formation-projet' });

/** Every id a function accepts (canonical ids and aliases). */
export const ACCEPTED_EDITION_IDS: readonly EditionId[] = Object.freeze([...EDITION_IDS, '2008']);

/**
 * The canonical id of an edition id (an alias resolved), or undefined for an unknown id.
 *
 * @example resolveEdition('2008') // 'formation-projet'
 */
export function resolveEdition(edition: string): CanonicalEditionId | undefined {
  if ((EDITION_IDS as readonly string[]).includes(edition)) return edition as CanonicalEditionId;
  return Object.hasOwn(EDITION_ALIASES, edition) ? EDITION_ALIASES[edition] : undefined;
}
