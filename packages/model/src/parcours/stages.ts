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
    source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 1 (accueil); Référentiel technique PLIE (docs/sources.md#plie) (fiche de prescription)',
  },
  {
    id: 'recruitment',
    order: 1,
    labelFr: 'Recrutement',
    labelEn: 'Recruitment',
    descriptionFr: "Diagnostic d'éligibilité, entretien d'embauche, signature du contrat, PASS IAE.",
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 1',
  },
  {
    id: 'integration',
    order: 2,
    labelFr: 'Intégration et adaptation',
    labelEn: 'Integration and adaptation',
    descriptionFr: "Premier entretien avec le chargé d'insertion (bilan social et professionnel), information sur la structure, adaptation au poste, référents nommés, plan de parcours écrit.",
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 2; Référentiel technique PLIE (docs/sources.md#plie) §Phase de mobilisation',
  },
  {
    id: 'deployment',
    order: 3,
    labelFr: 'Déploiement du parcours',
    labelEn: 'Parcours deployment',
    descriptionFr: 'Entretiens réguliers (au moins un par mois), bilans, compétences évaluées, plan de formation, freins sociaux traités, réorientation si besoin.',
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3; Référentiel technique PLIE (docs/sources.md#plie) §Phase d’adaptation',
  },
  {
    id: 'exit_preparation',
    order: 4,
    labelFr: 'Préparation à la sortie',
    labelEn: 'Exit preparation',
    descriptionFr: 'Techniques de recherche d’emploi, passerelles vers les entreprises et les autres SIAE, bilan final transmis avec accord.',
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 4; Référentiel technique PLIE (docs/sources.md#plie) §Phase de préparation à la sortie',
  },
  {
    id: 'exit',
    order: 5,
    labelFr: 'Sortie',
    labelEn: 'Exit',
    descriptionFr: 'Sortie avec un motif ; suivi à 3, 6 et 12 mois.',
    source: 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), bilan des sorties; Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Taux de sortie dynamique',
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
