import { RATE_CATEGORIES, rateIn } from './computations';
import type { IndicatorDefinition } from './types';

const ASP = 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), bilan des sorties, colonnes 4 à 7';
const SEED1 = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Taux de sortie dynamique';
const CIRC = 'Circulaire DGEFP n° 2008-21 du 10 décembre 2008 (docs/sources.md#circulaire-2008-21)';
/** The targets, as a secondary source reports the circular (its text is not held by the project). */
const TARGET_SOURCE = `${CIRC}, d'après « Les modalités de conventionnement », Direction(s), février 2009 (https://directions.fr/Gerer/archive/2009/2/Les-modalites-de-conventionnement1)`;
const TARGET_ASSUMPTION =
  "Le projet n'a pas le texte de la circulaire : le taux plancher est repris d'une source secondaire (Direction(s), février 2009), qui le rapporte à la circulaire DGEFP n° 2008-21 ; objectif à atteindre sur les trois ans de la convention.";

/** The taux de sortie dynamique, its companions and its variants. */
export const exitRateIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'dynamic-exit-rate',
    labelFr: 'Taux de sortie dynamique',
    definitionFr: "Part des sorties examinées qui sont des sorties en emploi durable, en emploi de transition ou des sorties positives. Les motifs « retrait des sorties constatées » et les personnes sous le seuil de présence de leur type de structure ne sont pas examinés.",
    formula: '(emploi durable + emploi de transition + sorties positives) / sorties examinées',
    unit: 'ratio',
    source: `${ASP}; ${CIRC}; ${SEED1}`,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'dynamicExitRate',
    target: { min: 0.6, source: TARGET_SOURCE, assumed: true, assumptionFr: TARGET_ASSUMPTION },
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.dynamic),
  },
  {
    id: 'durable-employment-rate',
    labelFr: "Taux de sortie en emploi durable",
    definitionFr: 'Part des sorties examinées en emploi durable (CDI, CDD ou intérim de 6 mois et plus, fonction publique, création d’entreprise).',
    formula: 'emploi durable / sorties examinées',
    unit: 'ratio',
    source: `${ASP}; ${CIRC}`,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'durableEmploymentRate',
    target: { min: 0.25, source: TARGET_SOURCE, assumed: true, assumptionFr: TARGET_ASSUMPTION },
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.durable),
  },
  {
    id: 'transition-employment-rate',
    labelFr: 'Taux de sortie en emploi de transition',
    definitionFr: "Part des sorties examinées en emploi de transition (CDD ou intérim de moins de 6 mois, contrat aidé chez un employeur ordinaire).",
    formula: 'emploi de transition / sorties examinées',
    unit: 'ratio',
    source: ASP,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'transitionEmploymentRate',
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.transition),
  },
  {
    id: 'positive-exit-rate',
    labelFr: 'Taux de sorties positives',
    definitionFr: "Part des sorties examinées qui sont des sorties positives (formation qualifiante, embauche dans une autre SIAE, autre sortie reconnue positive).",
    formula: 'sorties positives / sorties examinées',
    unit: 'ratio',
    source: ASP,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'positiveExitRate',
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.positive),
  },
  {
    id: 'dynamic-exit-rate.uriae',
    labelFr: 'Taux de sortie dynamique, variante URIAE',
    definitionFr: "Le taux de sortie dynamique dont l'assiette exclut aussi les situations « autre situation connue », « inactif » et « sans nouvelle ». À publier à côté du taux officiel s'il n'est pas retenu par l'État.",
    formula: '(durable + transition + positives) / (sorties examinées − autre situation connue − inactif − sans nouvelle)',
    unit: 'ratio',
    source: `${SEED1} (proposition URIAE Nord-Pas-de-Calais)`,
    seed: '001',
    kind: 'computed',
    computedBy: "dynamicExitRate(exits, { variant: 'uriae' })",
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.dynamic, { variant: 'uriae' }),
  },
  ...([3, 6, 12] as const).map(
    (m): IndicatorDefinition => ({
      id: `dynamic-exit-rate.${m}m`,
      labelFr: `Taux de sortie dynamique à ${m} mois`,
      definitionFr: `Les mêmes catégories appliquées à la situation de la personne ${m} mois après sa sortie (suivi post-sortie). Une situation inconnue à ${m} mois compte comme « sans nouvelle » : examinée, hors du numérateur (elle ne gonfle pas le taux) ; l'option unknownFollowUp: 'excluded' la laisse hors du taux, comme la variante URIAE.`,
      formula: `(durable + transition + positives à ${m} mois) / sorties examinées (situation inconnue à ${m} mois = « sans nouvelle »)`,
      unit: 'ratio',
      source: `${SEED1} (taux de sortie dynamique à 3, 6 et 12 mois); pilotage-airflow (emploi à 3, 6, 12 mois depuis la DSN)`,
      seed: '001',
      kind: 'computed',
      computedBy: `dynamicExitRate(exits, { monthsAfterExit: ${m} })`,
      compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.dynamic, { monthsAfterExit: m }),
    }),
  ),
  {
    id: 'dynamic-exit-rate.etti-450h',
    labelFr: 'Taux de sortie dynamique, seuil ETTI de 450 heures',
    definitionFr: "Le taux de sortie dynamique où, pour les ETTI, seules les personnes ayant 3 mois de travail effectif (450 heures) sont examinées.",
    formula: 'taux de sortie dynamique avec seuil ETTI = 450 heures',
    unit: 'ratio',
    source: `${SEED1} (Les Entreprises de Travail Temporaire d'Insertion du Nord-Pas de Calais)`,
    seed: '001',
    kind: 'computed',
    computedBy: 'dynamicExitRate(exits, { thresholds: ETTI_450_HOURS_VARIANT })',
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.dynamic, { thresholds: { ...o.thresholds, ETTI: { minHours: 450, labelFr: '450 heures' } } }),
  },
];
