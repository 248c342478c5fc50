import { expectObject, expectString } from '@siae/model';
import { financingIndicators } from '../catalogue/financing';
import type { IndicatorDefinition } from '../catalogue/types';

/** The grid an indicator belongs to, as a report groups them. */
export type IndicatorGrid = 'dgefp' | 'uriae' | 'plie' | 'inae' | 'financing';

/** One grid of indicators: its heading and whom its indicators count. */
export interface IndicatorGridDefinition {
  id: IndicatorGrid;
  /** The heading of the grid in a report. */
  labelFr: string;
  /** Whom the grid's indicators count, in French (shown under the heading). */
  scopeFr: string;
}

/** The grids of a report, in the order a report prints them. */
export const INDICATOR_GRIDS: readonly IndicatorGridDefinition[] = Object.freeze([
  {
    id: 'dgefp',
    labelFr: 'Indicateurs de l’État (DGEFP / ASP)',
    scopeFr: 'Sorties examinées de toutes les personnes sorties sur la période (dernière sortie de chaque personne dans chaque structure).',
  },
  {
    id: 'uriae',
    labelFr: 'Grille URIAE (variantes et compléments)',
    scopeFr: 'Toutes les personnes suivies ou sorties sur la période.',
  },
  {
    id: 'plie',
    labelFr: 'Référentiel PLIE',
    scopeFr: 'Les participants du PLIE seulement (les personnes marquées participant PLIE ; toutes les personnes suivies quand aucune ne l’est).',
  },
  {
    id: 'inae',
    labelFr: 'Grille qualité INAÉ',
    scopeFr: 'Toutes les personnes suivies ou sorties sur la période.',
  },
  {
    id: 'financing',
    labelFr: 'Financement (aide au poste, part modulée)',
    scopeFr: 'Toutes les personnes suivies ou sorties sur la période.',
  },
]);

const FINANCING = new Set(financingIndicators.map((i) => i.id));

/** The grid of a catalogue indicator: financing ones first, then by the seed it comes from. */
export function indicatorGridOf(definition: Pick<IndicatorDefinition, 'id' | 'seed'>): IndicatorGrid {
  expectString(expectObject(definition, 'definition', 'indicator').id, ['definition', 'id'], 'indicator');
  if (FINANCING.has(definition.id)) return 'financing';
  switch (definition.seed) {
    case '001':
      return 'uriae';
    case '002':
      return 'plie';
    case '004':
      return 'inae';
    default:
      return 'dgefp';
  }
}

/**
 * Indicators of different grids computed the same way over the same people: a report prints the
 * value once, under the first, and the second refers to it (`sameAs`).
 */
export const SAME_COMPUTATION: Readonly<Record<string, string>> = Object.freeze({
  'modulation.resultats': 'dynamic-exit-rate',
  'inae.gouvernance.support-time': 'follow-up-time',
  'inae.gouvernance.time-in-structure': 'inae.modalites.average-parcours-length',
});
