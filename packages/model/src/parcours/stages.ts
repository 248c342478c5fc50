import { expectOneOf } from '../errors/guards';
/** The stages of a parcours, in order. */
export const PARCOURS_STAGES = ['orientation', 'recruitment', 'integration', 'deployment', 'exit_preparation', 'exit'] as const;

/** A parcours stage id. */
export type ParcoursStage = (typeof PARCOURS_STAGES)[number];

/** A stage of the parcours, as data. */
export interface ParcoursStageDefinition {
  id: ParcoursStage;
  /** Position in the parcours (0 for orientation). */
  order: number;
  labelFr: string;
  labelEn: string;
  /** What happens, in French. */
  descriptionFr: string;
  source: string;
}

/**
 * The stage machine's stages: orientation / candidature, recrutement, intégration et adaptation,
 * déploiement du parcours, préparation à la sortie, sortie (seed 003's four stages framed by the
 * orientation and the exit; seed 002's three PLIE phases map to integration, deployment and exit
 * preparation).
 */
export const parcoursStages: readonly ParcoursStageDefinition[] = Object.freeze([
  {
    id: 'orientation',
    order: 0,
    labelFr: 'Orientation / candidature',
    labelEn: 'Orientation / application',
    descriptionFr: "Un prescripteur oriente la personne ; un candidat spontané est adressé à un prescripteur quand un agrément est nécessaire.",
    source: 'seed 000 axe 1 (accueil); seed 002 (fiche de prescription); shared/domain/parcours.md',
  },
  {
    id: 'recruitment',
    order: 1,
    labelFr: 'Recrutement',
    labelEn: 'Recruitment',
    descriptionFr: "Diagnostic d'éligibilité, entretien d'embauche, signature du contrat, PASS IAE.",
    source: 'seed 003 §Étape 1; shared/domain/parcours.md',
  },
  {
    id: 'integration',
    order: 2,
    labelFr: 'Intégration et adaptation',
    labelEn: 'Integration and adaptation',
    descriptionFr: "Premier entretien avec le chargé d'insertion (bilan social et professionnel), information sur la structure, adaptation au poste, référents nommés, plan de parcours écrit.",
    source: 'seed 003 §Étape 2; seed 002 §Phase de mobilisation; shared/domain/parcours.md',
  },
  {
    id: 'deployment',
    order: 3,
    labelFr: 'Déploiement du parcours',
    labelEn: 'Parcours deployment',
    descriptionFr: 'Entretiens réguliers (au moins un par mois), bilans, compétences évaluées, plan de formation, freins sociaux traités, réorientation si besoin.',
    source: 'seed 003 §Étape 3; seed 002 §Phase d’adaptation; shared/domain/parcours.md',
  },
  {
    id: 'exit_preparation',
    order: 4,
    labelFr: 'Préparation à la sortie',
    labelEn: 'Exit preparation',
    descriptionFr: 'Techniques de recherche d’emploi, passerelles vers les entreprises et les autres SIAE, bilan final transmis avec accord.',
    source: 'seed 003 §Étape 4; seed 002 §Phase de préparation à la sortie; shared/domain/parcours.md',
  },
  {
    id: 'exit',
    order: 5,
    labelFr: 'Sortie',
    labelEn: 'Exit',
    descriptionFr: 'Sortie avec un motif ; suivi à 3, 6 et 12 mois.',
    source: 'shared/domain/exits-and-indicators.md; seed 001 §Taux de sortie dynamique',
  },
] satisfies ParcoursStageDefinition[]);

/**
 * The order of a stage (0-5).
 *
 * @throws {SiaeValidationError} when the value is not a stage.
 */
export function stageOrder(stage: ParcoursStage): number {
  return PARCOURS_STAGES.indexOf(expectOneOf(stage, PARCOURS_STAGES, 'stage', 'stage'));
}
