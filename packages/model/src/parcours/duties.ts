import type { ParcoursStage } from './stages';

/** The id of a follow-up duty. */
export type ParcoursDutyId =
  | 'pass-iae-valid-at-hire'
  | 'welcome-meeting'
  | 'parcours-plan'
  | 'monthly-interview'
  | 'trial-period-interview'
  | 'renewal-review'
  | 'tripartite-review'
  | 'inform-referent-early-end'
  | 'pass-iae-expiring'
  | 'prolongation-window'
  | 'final-review'
  | 'follow-up-3-months'
  | 'follow-up-6-months'
  | 'follow-up-12-months'
  | 'skills-attestation';

/** A duty of the stage machine, as data. */
export interface ParcoursDutyDefinition {
  id: ParcoursDutyId;
  labelFr: string;
  labelEn: string;
  /** Stages during which the duty applies. */
  stages: readonly ParcoursStage[];
  /** The deadline rule, in French. */
  deadlineFr: string;
  /** True when the deadline is our default and not written in a source (overridable in `dutiesAt` options). */
  assumedDeadline: boolean;
  /** Why the deadline (or the duty itself) is assumed, when it is. */
  assumptionFr?: string;
  /**
   * A duty of PLIE parcours only (Référentiel technique PLIE, docs/sources.md#plie, §3.4): listed
   * by `dutiesAt` only when the `hired` event marks the parcours as a PLIE étape.
   */
  plieOnly?: boolean;
  /**
   * Not a deadline but a practice measured as a rate over the exits: the id of the
   * `@siae/indicators` catalogue entry that measures it. `dutiesAt` lists it only once done.
   */
  measuredBy?: string;
  source: string;
}

const ACTIVE: readonly ParcoursStage[] = ['integration', 'deployment', 'exit_preparation'];

const PLIE_DUTIES = 'Référentiel technique PLIE (docs/sources.md#plie) §3.4 Modalités de suivi';
const FOLLOW_UP_SOURCE = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Taux de sortie dynamique (taux à 3, 6 et 12 mois)';
const FOLLOW_UP_ASSUMPTION =
  'Seule la synthèse URIAE propose de mesurer la situation à 3, 6 et 12 mois ; aucun texte national ne fait de ce suivi une obligation, et le délai de grâce de 30 jours est notre choix.';

/** Default deadline parameters of the duties (days or months); the assumed ones can be overridden. */
export interface DutyParameters {
  /** Days after hiring for the welcome meeting (assumed: 30). */
  welcomeMeetingDays: number;
  /** Days after hiring for the written parcours plan (assumed: 60). */
  parcoursPlanDays: number;
  /** Months between two individual interviews (assumed: 1, one association intermédiaire's practice, docs/sources.md#ai-parcours). */
  interviewEveryMonths: number;
  /** Days before a deadline when a duty becomes "due" (assumed: 7). */
  dueSoonDays: number;
  /** Months between two tripartite reviews (assumed: 6). */
  tripartiteEveryMonths: number;
  /** Days to inform the référents of an early end of contract (assumed: 8). */
  informReferentDays: number;
  /** Days before a renewal in which the point d'étape counts (assumed: 30). */
  renewalReviewWindowDays: number;
  /** Months before the PASS IAE end when the expiry alert starts (assumed: 3). */
  passExpiringMonths: number;
  /** Days of grace after a follow-up date before it is overdue (assumed: 30). */
  followUpGraceDays: number;
}

/** The default duty parameters. */
export const DEFAULT_DUTY_PARAMETERS: Readonly<DutyParameters> = Object.freeze({
  welcomeMeetingDays: 30,
  parcoursPlanDays: 60,
  interviewEveryMonths: 1,
  dueSoonDays: 7,
  tripartiteEveryMonths: 6,
  informReferentDays: 8,
  renewalReviewWindowDays: 30,
  passExpiringMonths: 3,
  followUpGraceDays: 30,
});

/** The follow-up duties of a parcours, each with its stages, deadline and source. */
export const parcoursDuties: readonly ParcoursDutyDefinition[] = Object.freeze([
  {
    id: 'pass-iae-valid-at-hire',
    labelFr: "PASS IAE présent et valide à l'embauche",
    labelEn: 'PASS IAE present and valid at hiring',
    stages: ['recruitment', 'integration'],
    deadlineFr: "le jour de l'embauche (structures SIAE)",
    assumedDeadline: false,
    source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/approvals (embauche sous PASS IAE)',
  },
  {
    id: 'welcome-meeting',
    labelFr: "Premier entretien d'accueil avec le chargé d'insertion (bilan social et professionnel)",
    labelEn: 'Welcome meeting with the support worker',
    stages: ['integration'],
    deadlineFr: "dans les 30 jours suivant l'embauche (paramètre welcomeMeetingDays)",
    assumedDeadline: true,
    assumptionFr: "Les sources décrivent un premier entretien d'accueil sans délai : 30 jours est notre choix.",
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 2; Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 1',
  },
  {
    id: 'parcours-plan',
    labelFr: 'Plan de parcours écrit avec échéances (engagement / contrat d’objectifs)',
    labelEn: 'Written parcours plan with deadlines',
    stages: ['integration'],
    deadlineFr: "dans les 60 jours suivant l'embauche (paramètre parcoursPlanDays)",
    assumedDeadline: true,
    assumptionFr: "Les sources demandent un plan (ou contrat d'objectifs) au démarrage sans délai : 60 jours est notre choix.",
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 2; Grille qualité INAÉ (docs/sources.md#inae) §Modalités d’accompagnement (contrat d’objectifs signé au démarrage)',
  },
  {
    id: 'monthly-interview',
    labelFr: 'Entretien individuel au moins une fois par mois',
    labelEn: 'Individual interview at least once a month',
    stages: ACTIVE,
    deadlineFr: "un mois après le dernier entretien individuel (ou l'embauche) (paramètre interviewEveryMonths)",
    assumedDeadline: true,
    assumptionFr: "La pratique d'une structure (une association intermédiaire décrit un entretien individuel par mois au minimum), pas une règle écrite dans un texte national.",
    source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3 (un entretien individuel par mois au minimum)',
  },
  {
    id: 'trial-period-interview',
    labelFr: "Entretien de suivi avec le référent avant la fin de la période d'essai (PLIE)",
    labelEn: 'Follow-up interview with the referent before the end of the trial period (PLIE)',
    stages: ['integration'],
    deadlineFr: "au plus tard le dernier jour de la période d'essai, avec le référent de parcours (entretien où le référent est présent)",
    assumedDeadline: false,
    plieOnly: true,
    source: `${PLIE_DUTIES}: « l'employeur sollicite le référent avant la fin de la période d'essai pour un entretien de suivi »`,
  },
  {
    id: 'renewal-review',
    labelFr: "Point d'étape à chaque renouvellement de contrat",
    labelEn: 'Review at each contract renewal',
    stages: ACTIVE,
    deadlineFr: 'au plus tard le jour du renouvellement, dans les 30 jours qui précèdent (paramètre renewalReviewWindowDays)',
    assumedDeadline: true,
    assumptionFr: "Le texte demande un point d'étape « notamment lors du renouvellement de contrat » sans fenêtre : les 30 jours qui précèdent sont notre choix.",
    plieOnly: true,
    source: PLIE_DUTIES,
  },
  {
    id: 'tripartite-review',
    labelFr: 'Bilan tripartite (participant, référent, accompagnateur, encadrant)',
    labelEn: 'Tripartite review',
    stages: ACTIVE,
    deadlineFr: 'tous les 6 mois (paramètre tripartiteEveryMonths)',
    assumedDeadline: true,
    assumptionFr: 'Le texte demande des rencontres de bilan sans en fixer la fréquence : tous les 6 mois est notre choix.',
    plieOnly: true,
    source: PLIE_DUTIES,
  },
  {
    id: 'inform-referent-early-end',
    labelFr: 'Informer les référents de toute fin anticipée de contrat',
    labelEn: 'Inform the referents of an early end of contract',
    stages: ACTIVE,
    deadlineFr: 'dans les 8 jours suivant la rupture (paramètre informReferentDays)',
    assumedDeadline: true,
    assumptionFr: "Le texte oblige à informer les référents d'une rupture anticipée sans fixer de délai : 8 jours est notre choix.",
    plieOnly: true,
    source: PLIE_DUTIES,
  },
  {
    id: 'pass-iae-expiring',
    labelFr: 'PASS IAE arrivant à échéance',
    labelEn: 'PASS IAE about to expire',
    stages: ACTIVE,
    deadlineFr: 'alerte 3 mois avant la fin du PASS IAE (paramètre passExpiringMonths)',
    assumedDeadline: true,
    assumptionFr: "Une alerte, pas une obligation : 3 mois avant la fin est notre choix.",
    source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/approvals/models.py (fin du PASS IAE)',
  },
  {
    id: 'prolongation-window',
    labelFr: 'Fenêtre de demande de prolongation du PASS IAE ouverte',
    labelEn: 'PASS IAE prolongation window open',
    stages: ACTIVE,
    deadlineFr: 'de 12 mois avant la fin du PASS IAE à 6 mois après',
    assumedDeadline: false,
    source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/approvals/models.py (Prolongation)',
  },
  {
    id: 'final-review',
    labelFr: 'Bilan final avant la sortie',
    labelEn: 'Final review before exit',
    stages: ['exit_preparation'],
    deadlineFr: 'avant la date de sortie',
    assumedDeadline: false,
    source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2; Grille qualité INAÉ (docs/sources.md#inae) §Modalités d’accompagnement (bilan final avant de quitter la SIAE)',
  },
  {
    id: 'skills-attestation',
    labelFr: 'Attestation de compétences délivrée',
    labelEn: 'Skills attestation delivered',
    stages: ['exit_preparation'],
    deadlineFr: "pas d'échéance : une pratique mesurée par la part des sorties avec une attestation de compétences (indicateur inae.outils-salaries.attestations-rate)",
    assumedDeadline: false,
    measuredBy: 'inae.outils-salaries.attestations-rate',
    source:
      'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2, Accompagnement professionnel : « formaliser ces acquis (attestations de compétences, démarches de VAE) »; Grille qualité INAÉ (docs/sources.md#inae) §Outils pour les salariés',
  },
  {
    id: 'follow-up-3-months',
    labelFr: 'Situation 3 mois après la sortie',
    labelEn: 'Situation 3 months after exit',
    stages: ['exit'],
    deadlineFr: 'date de sortie + 3 mois (30 jours de grâce, paramètre followUpGraceDays)',
    assumedDeadline: true,
    assumptionFr: FOLLOW_UP_ASSUMPTION,
    source: FOLLOW_UP_SOURCE,
  },
  {
    id: 'follow-up-6-months',
    labelFr: 'Situation 6 mois après la sortie',
    labelEn: 'Situation 6 months after exit',
    stages: ['exit'],
    deadlineFr: 'date de sortie + 6 mois (30 jours de grâce, paramètre followUpGraceDays)',
    assumedDeadline: true,
    assumptionFr: FOLLOW_UP_ASSUMPTION,
    source: FOLLOW_UP_SOURCE,
  },
  {
    id: 'follow-up-12-months',
    labelFr: 'Situation 12 mois après la sortie',
    labelEn: 'Situation 12 months after exit',
    stages: ['exit'],
    deadlineFr: 'date de sortie + 12 mois (30 jours de grâce, paramètre followUpGraceDays)',
    assumedDeadline: true,
    assumptionFr: FOLLOW_UP_ASSUMPTION,
    source: FOLLOW_UP_SOURCE,
  },
] satisfies ParcoursDutyDefinition[]);
