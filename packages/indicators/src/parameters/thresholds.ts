import type { DatedParameter, SiaeKind } from '@siae/model';

/**
 * A presence threshold: who counts among the exits examined. `minMonthsExclusive`: more than N
 * calendar months between hiring and exit; `minDaysExclusive`: more than N days between hiring and
 * exit; `minHours`: at least N hours worked in the structure.
 */
export interface PresenceThreshold {
  minMonthsExclusive?: number;
  minDaysExclusive?: number;
  minHours?: number;
  /** What it says, in French. */
  labelFr: string;
}

const PIPELINE = 'pilotage-airflow (docs/sources.md#pilotage-airflow), dbt/models/staging/properties.yml, stg_sorties_aci_ei.sql (durée > 2,65 mois et au moins 1 heure), heures_ai_etti.sql';

/**
 * Why the thresholds start on 2014-07-01: the pipeline codes them without a date; the day is the
 * start of the financing reform (instruction DGEFP n° 2014-2), whose text the project does not hold.
 */
const REFORM_START =
  "Le pipeline pilotage-airflow applique ces seuils sans date de début ; le 1er juillet 2014 est la date supposée de la réforme du financement de l'IAE (instruction DGEFP n° 2014-2, docs/sources.md#instruction-2014-2), dont le projet n'a pas le texte.";
const EITI_START =
  "Le pipeline pilotage-airflow ne fixe aucun seuil pour les EITI, sans date ; le 1er janvier 2018 est une date supposée du début des EITI, non vérifiée sur un texte.";

/** The presence thresholds per SIAE kind, as dated parameters (overridable in the rates' options). */
export const presenceThresholds: Readonly<Record<SiaeKind, DatedParameter<PresenceThreshold>>> = Object.freeze({
  ACI: {
    id: 'threshold.ACI',
    labelFr: 'Seuil de présence ACI',
    unit: 'months/hours',
    values: [{ from: '2014-07-01', value: { minMonthsExclusive: 3, minHours: 1, labelFr: 'plus de 3 mois dans la structure et au moins 1 heure travaillée' }, source: PIPELINE, assumed: true, assumptionFr: REFORM_START }],
  },
  EI: {
    id: 'threshold.EI',
    labelFr: 'Seuil de présence EI',
    unit: 'months/hours',
    values: [{ from: '2014-07-01', value: { minMonthsExclusive: 3, minHours: 1, labelFr: 'plus de 3 mois dans la structure et au moins 1 heure travaillée' }, source: PIPELINE, assumed: true, assumptionFr: REFORM_START }],
  },
  AI: {
    id: 'threshold.AI',
    labelFr: 'Seuil de présence AI',
    unit: 'hours',
    values: [{ from: '2014-07-01', value: { minHours: 150, labelFr: 'au moins 150 heures travaillées dans la structure' }, source: PIPELINE, assumed: true, assumptionFr: REFORM_START }],
  },
  ETTI: {
    id: 'threshold.ETTI',
    labelFr: 'Seuil de présence ETTI',
    unit: 'hours',
    values: [{ from: '2014-07-01', value: { minHours: 150, labelFr: 'au moins 150 heures travaillées dans la structure' }, source: PIPELINE, assumed: true, assumptionFr: REFORM_START }],
  },
  EITI: {
    id: 'threshold.EITI',
    labelFr: 'Seuil de présence EITI',
    unit: 'none',
    values: [{ from: '2018-01-01', value: { labelFr: 'aucun seuil' }, source: PIPELINE, assumed: true, assumptionFr: EITI_START }],
  },
});

/**
 * The seed-001 variant for ETTI: count only people with 3 months of effective work, i.e. 450 hours.
 * Pass it as `thresholds` to a rate.
 */
export const ETTI_450_HOURS_VARIANT: Readonly<Partial<Record<SiaeKind, PresenceThreshold>>> = Object.freeze({
  ETTI: { minHours: 450, labelFr: 'au moins 450 heures (3 mois de travail effectif), proposition des ETTI du Nord-Pas-de-Calais (Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc))' },
});

/** The situations the URIAE variant (seed 001) takes out of the denominator. */
export const URIAE_EXCLUDED_REASONS = ['AUTRE_SITUATION_CONNUE', 'INACTIF', 'SANS_NOUVELLE'] as const;

/**
 * The ACI/EI threshold exactly as the public pipeline codes it (gip-inclusion/pilotage-airflow,
 * `stg_sorties_aci_ei.sql`: `duree_en_mois > 2.65` where `duree_en_mois` = days between hiring and
 * exit × 0.0328767, and at least 1 hour worked): 2.65 / 0.0328767 ≈ 80.6, i.e. more than 80 days.
 * The default thresholds use the text's "more than 3 months" in calendar months; pass this as
 * `thresholds` to reproduce the pipeline's figures.
 */
export const PILOTAGE_ACI_EI_VARIANT: Readonly<Partial<Record<SiaeKind, PresenceThreshold>>> = Object.freeze({
  ACI: { minDaysExclusive: 80, minHours: 1, labelFr: 'plus de 2,65 mois (plus de 80 jours) et au moins 1 heure travaillée, comme le pipeline pilotage-airflow' },
  EI: { minDaysExclusive: 80, minHours: 1, labelFr: 'plus de 2,65 mois (plus de 80 jours) et au moins 1 heure travaillée, comme le pipeline pilotage-airflow' },
});
