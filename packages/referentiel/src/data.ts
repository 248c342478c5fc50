import { expectOneOf, expectString, type ParcoursDutyId, type ParcoursStage } from '@siae/model';
import linksJson from './data/links.json';
import editionFormationProjet from './data/referentiel-formation-projet.json';
import editionAnnexe2 from './data/referentiel-annexe-2.json';
import { ACCEPTED_EDITION_IDS, resolveEdition } from './editions';
import type { CanonicalEditionId, EditionId, Referentiel, ReferentielAxis, ReferentielRow } from './types';

/** Where an action happens in the parcours and what measures it. */
export interface ActionLinks {
  /** Parcours stages (`@siae/model`'s stage machine) where the action happens; empty for structure-level actions (axe 4). */
  stages: ParcoursStage[];
  /** Duties of the stage machine the action fulfils. */
  duties: ParcoursDutyId[];
  /** Ids of `@siae/indicators`' catalogue entries that measure it. */
  indicators: string[];
}

// One JSON file per edition, generated from seed 000 by `scripts/extract-seed000.ts`; the tests
// validate them with `referentielSchema` and re-extract them from the seed text.
// Frozen, so that no caller can change the data another caller reads.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
const EDITIONS = deepFreeze([editionFormationProjet, editionAnnexe2] as unknown as Referentiel[]);
const LINKS = deepFreeze(linksJson as unknown as Record<string, ActionLinks>);
const NO_LINKS: ActionLinks = deepFreeze({ stages: [], duties: [], indicators: [] });

/** The editions of the référentiel, oldest first. */
export function listEditions(): { edition: CanonicalEditionId; titleFr: string; descriptionFr: string; source: string }[] {
  return EDITIONS.map(({ edition, titleFr, descriptionFr, source }) => ({ edition, titleFr, descriptionFr, source }));
}

/**
 * The référentiel of an edition (default: the latest, `annexe-2`; the alias `2008` gives
 * `formation-projet`): `{ edition, axes }`, each axis `{ id, number, title, objectives, rows }`.
 *
 * @throws {SiaeValidationError} for an unknown edition (path `edition`).
 */
export function getReferentiel(edition: EditionId = 'annexe-2'): Referentiel {
  return EDITIONS.find((x) => x.edition === checkEdition(edition))!;
}

/**
 * The canonical id of an edition (`formation-projet`, `annexe-2`, or the alias `2008` resolved),
 * else a `SiaeValidationError` at `path` listing the editions (never the value given).
 */
export function checkEdition(edition: unknown, path: string | (string | number)[] = 'edition'): CanonicalEditionId {
  return resolveEdition(expectOneOf(edition, ACCEPTED_EDITION_IDS, path, 'référentiel edition'))!;
}

/**
 * The links of an action (stages, duties, indicators), or undefined for an unknown id (an own
 * lookup: `constructor` is unknown).
 *
 * @throws {SiaeValidationError} when the id is not a string.
 */
export function actionLinks(id: string): ActionLinks | undefined {
  expectString(id, 'id', 'action id');
  return Object.hasOwn(LINKS, id) ? LINKS[id] : undefined;
}

/** Every action id with its links. */
export function allActionLinks(): Readonly<Record<string, ActionLinks>> {
  return LINKS;
}

/** An action found by a query: the row, its axis and its edition. */
export interface ActionHit extends ReferentielRow {
  edition: CanonicalEditionId;
  axis: Pick<ReferentielAxis, 'id' | 'number' | 'title'>;
  links: ActionLinks;
}

/** Every row of each edition with its axis and links, built once (frozen). */
const HITS: ReadonlyMap<CanonicalEditionId, readonly ActionHit[]> = new Map(
  EDITIONS.map((ref) => [
    ref.edition,
    deepFreeze(
      ref.axes.flatMap((axis) =>
        axis.rows.map((row) => ({ ...row, edition: ref.edition, axis: { id: axis.id, number: axis.number, title: axis.title }, links: Object.hasOwn(LINKS, row.id) ? LINKS[row.id]! : NO_LINKS })),
      ),
    ),
  ]),
);

/**
 * Every row of an edition (default `annexe-2`) with its axis and links, in the order of the text.
 * The rows are frozen; the array is the caller's.
 *
 * @throws {SiaeValidationError} for an unknown edition (path `edition`).
 */
export function allActions(edition: EditionId = 'annexe-2'): ActionHit[] {
  return [...HITS.get(checkEdition(edition))!];
}
