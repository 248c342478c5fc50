import type { ParcoursDutyId, ParcoursStage } from '@siae/model';
import linksJson from './data/links.json';
import edition2008 from './data/referentiel-2008.json';
import editionAnnexe2 from './data/referentiel-annexe-2.json';
import type { EditionId, Referentiel, ReferentielAxis, ReferentielRow } from './types';

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
const EDITIONS = [edition2008, editionAnnexe2] as unknown as Referentiel[];
const LINKS = linksJson as unknown as Record<string, ActionLinks>;

/** The editions of the référentiel, oldest first. */
export function listEditions(): { edition: EditionId; titleFr: string; descriptionFr: string; source: string }[] {
  return EDITIONS.map(({ edition, titleFr, descriptionFr, source }) => ({ edition, titleFr, descriptionFr, source }));
}

/**
 * The référentiel of an edition (default: the latest, `annexe-2`): `{ edition, axes }`, each axis
 * `{ id, number, title, objectives, rows }`.
 *
 * @throws RangeError for an unknown edition.
 */
export function getReferentiel(edition: EditionId = 'annexe-2'): Referentiel {
  const found = EDITIONS.find((e) => e.edition === edition);
  if (!found) throw new RangeError(`Unknown edition (expected 2008 or annexe-2) / Édition inconnue (2008 ou annexe-2 attendu)`);
  return found;
}

/** The links of an action (stages, duties, indicators), or undefined for an unknown id. */
export function actionLinks(id: string): ActionLinks | undefined {
  return Object.hasOwn(LINKS, id) ? LINKS[id] : undefined;
}

/** Every action id with its links. */
export function allActionLinks(): Readonly<Record<string, ActionLinks>> {
  return LINKS;
}

/** An action found by a query: the row, its axis and its edition. */
export interface ActionHit extends ReferentielRow {
  edition: EditionId;
  axis: Pick<ReferentielAxis, 'id' | 'number' | 'title'>;
  links: ActionLinks;
}

/** Every row of an edition with its axis. */
export function allActions(edition: EditionId = 'annexe-2'): ActionHit[] {
  return getReferentiel(edition).axes.flatMap((axis) =>
    axis.rows.map((row) => ({ ...row, edition, axis: { id: axis.id, number: axis.number, title: axis.title }, links: LINKS[row.id] ?? { stages: [], duties: [], indicators: [] } })),
  );
}
