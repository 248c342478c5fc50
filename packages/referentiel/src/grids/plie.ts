const SRC = 'Référentiel technique PLIE (docs/sources.md#plie)';

/** A phase of the PLIE work step, linked to the parcours stage where it happens. */
export interface PliePhase {
  id: string;
  labelFr: string;
  descriptionFr: string;
  stage: 'integration' | 'deployment' | 'exit_preparation';
}

/** The PLIE technical référentiel of seed 002 (« Mise en activité professionnelle »). */
export interface PlieReferentiel {
  titleFr: string;
  objectivesFr: string[];
  targetPublicsFr: string[];
  eligibilityFr: string;
  expectedValueFr: string[];
  meansFr: string[];
  phases: PliePhase[];
  followUpDutiesFr: { labelFr: string; dutyId?: string }[];
  timeAccountingFr: string[];
  tools: string[];
  /** The structures that operate the action (§2), with the `@siae/model` structure kind where there is one. */
  operators: { labelFr: string; structureKind?: 'ACI' | 'AI' | 'EI' | 'ETTI' | 'GEIQ' }[];
  /** How the action is funded and the convention validated (§3.3). */
  fundingRuleFr: string;
  /** The proofs of eligibility to the PLIE and the FSE the operator keeps (§3.4). */
  eligibilityProofsFr: string[];
  /** What dates the text: it gives no date of its own, only the FSE programme that co-funds it. */
  versionFr: string;
  /** Ids of the PLIE indicators in the `@siae/indicators` catalogue. */
  indicatorIds: string[];
  /** The indicators as the text lists them (§3.5), quantitative then qualitative, each with its catalogue id. */
  indicators: { labelFr: string; kind: 'quantitative' | 'qualitative'; indicatorId: string }[];
  source: string;
}

const PLIE_INDICATORS: PlieReferentiel['indicators'] = [
  { labelFr: "Montée en charge dans l'opération", kind: 'quantitative', indicatorId: 'plie.ramp-up' },
  { labelFr: 'Lieu de résidence notamment quartiers prioritaires', kind: 'quantitative', indicatorId: 'plie.qpv-share' },
  { labelFr: "Nombre d'heures travaillées par les participants", kind: 'quantitative', indicatorId: 'plie.hours-worked' },
  { labelFr: 'Nombre de contrats de mise à disposition (pour les AI)', kind: 'quantitative', indicatorId: 'plie.mad-contracts' },
  { labelFr: 'Nombre de bilans tripartites avec le référent de parcours / nombre de participants', kind: 'quantitative', indicatorId: 'plie.tripartite-per-participant' },
  { labelFr: "Nombre de sorties positives à l'issue de l'action", kind: 'quantitative', indicatorId: 'plie.positive-exits' },
  {
    labelFr: "Identification voire prise en charge des freins à l'emploi, pendant l'entretien ou pendant une mission de travail et retour d'information aux référents de parcours",
    kind: 'qualitative',
    indicatorId: 'plie.barriers-identified-handled',
  },
  { labelFr: 'Nature des actions mobilisées', kind: 'qualitative', indicatorId: 'plie.actions-mobilised' },
  { labelFr: 'Evolution (professionnelle et personnelle) des participants au cours de la mission de travail', kind: 'qualitative', indicatorId: 'plie.evolution' },
  { labelFr: 'Validation ou définition du projet professionnel', kind: 'qualitative', indicatorId: 'plie.project-validated' },
  { labelFr: 'Formalisation des compétences', kind: 'qualitative', indicatorId: 'plie.skills-formalised' },
];

/** The PLIE technical référentiel (ALLIÉS, Sud-Ouest Emploi, Uni-Est). */
export const plieReferentiel: PlieReferentiel = {
  titleFr: '« Mise en activité professionnelle » — Référentiel technique des 3 PLIE : Allies, Sud-Ouest Emploi et Uni-Est',
  objectivesFr: [
    "L'insertion par l'Activité Économique constitue une étape dans le parcours d'insertion des personnes : (re)mobiliser les personnes sur le plan économique, social et professionnel.",
    "La mise en situation de travail (sur la base d'un contrat de travail) concourt à la professionnalisation par l'acquisition de savoir-faire et de compétences professionnelles.",
    "L'apprentissage de nouvelles compétences professionnelles ou la mobilisation dans une démarche de progression professionnelle",
    "Le réentraînement aux rythmes de travail et l'apprentissage des codes et usages de l'entreprise",
    "Préparer la sortie des postes d'insertion en favorisant une intégration rapide sur un emploi classique",
  ],
  targetPublicsFr: [
    "Participants PLIE chômeur de longue durée ayant besoin de mobiliser une étape emploi mais n'arrivant pas à se positionner sur le marché de l'emploi classique",
    "Personnes peu ou pas qualifiées, ayant besoin d'acquérir de nouvelles compétences",
    "Participant en poste d'insertion en SIAE (Structure d'Insertion par l'Activité Économique), en contrat à durée déterminée d'insertion ou contrat classique",
    'Personne ayant un objectif professionnel à valider et/ou à concrétiser',
  ],
  eligibilityFr: "Pour être pris en compte au moment du bilan, les participants doivent être des participants du PLIE. Cette condition est à vérifier auprès de l'équipe d'animation du PLIE.",
  expectedValueFr: [
    'Préparation à la sortie sur une stabilisation professionnelle (contrats de travail classiques et durables)',
    "Collaboration avec des employeurs, particulièrement avec l'organisation de temps d'immersion en entreprises",
    'Organisation de la rotation sur les postes de travail',
    "Augmentation du recours aux contrats en alternance afin de renforcer les chances d'intégration à l'emploi durable",
  ],
  meansFr: [
    'Un encadrement technique nécessaire à l’accomplissement des missions professionnelles confiées aux salariés en insertion',
    "Les organismes de formation et le Service Public de l'Emploi, notamment pour faciliter l'évaluation des acquis et des compétences",
    'Le réseau économique traditionnel',
  ],
  phases: [
    { id: 'plie.phase.mobilisation', labelFr: 'Mobilisation', descriptionFr: "À la prise de poste : accompagnement du participant à l'apprentissage des règles établies dans le monde du travail.", stage: 'integration' },
    { id: 'plie.phase.adaptation', labelFr: 'Adaptation', descriptionFr: "Accès à des actions de formation visant la professionnalisation et l'insertion professionnelle des salariés.", stage: 'deployment' },
    { id: 'plie.phase.preparation-sortie', labelFr: 'Préparation à la sortie', descriptionFr: "Mise à l'emploi des participants par le biais d'un contrat CDD, intérim, intérim d'insertion...", stage: 'exit_preparation' },
  ],
  followUpDutiesFr: [
    { labelFr: "Chaque entretien (individuel ou collectif) fait l'objet d'un émargement, avec les heures de début et de fin, et d'un compte rendu formalisé." },
    { labelFr: "En cas de rupture anticipée du contrat, l'employeur a l'obligation d'en informer les référents.", dutyId: 'inform-referent-early-end' },
    { labelFr: "L'employeur sollicite le référent avant la fin de la période d'essai pour un entretien de suivi de la personne.", dutyId: 'trial-period-interview' },
    { labelFr: "Réalisation de points d'étapes notamment lors du renouvellement de contrat.", dutyId: 'renewal-review' },
    { labelFr: "Les rencontres de bilans réunissent le participant, le référent, l'accompagnant socio professionnel et l'encadrant technique.", dutyId: 'tripartite-review' },
    { labelFr: "Les structures employeurs communiquent à l'équipe d'animation un tableau de bord permettant la mise à jour de la base ABC VIESION." },
  ],
  timeAccountingFr: ["Les temps d'entretiens individuels", "Les temps d'atelier avec les participants", 'Les temps de préparation des ateliers', 'Les temps affectés aux tâches administratives'],
  tools: ['Fiche de prescription', 'Fiche IAE', 'Dossier du participant', "Fiches d'émargement et fiche temps", "Tableau de suivi de la montée en charge transmis à la structure d'animation du PLIE"],
  operators: [
    { labelFr: 'Atelier Chantier d’Insertion (ACI)', structureKind: 'ACI' },
    { labelFr: 'Associations Intermédiaires (AI)', structureKind: 'AI' },
    { labelFr: 'Entreprises d’Insertion (EI)', structureKind: 'EI' },
    { labelFr: 'Entreprises de Travail Temporaire d’Insertion (ETTI)', structureKind: 'ETTI' },
    { labelFr: 'Régies de Quartiers' },
    { labelFr: 'Groupement d’Employeurs pour l’Insertion et la Qualification (GEIQ)', structureKind: 'GEIQ' },
    { labelFr: 'Associations proposant un contrat de travail' },
  ],
  fundingRuleFr:
    'Le financement se fait en fonction du nombre de personnes PLIE accompagnées. En fin d’année la convention est validée après analyse des bilans et au regard du nombre de personnes suivies.',
  eligibilityProofsFr: ['Justificatifs de domicile', 'Attestation Pôle Emploi et/ou RSA ou autre justificatif de minima sociaux'],
  versionFr: 'Non daté ; cofinancé dans le cadre du programme opérationnel national « Emploi et inclusion » 2014-2020 (FSE).',
  indicatorIds: [
    'plie.ramp-up',
    'plie.qpv-share',
    'plie.hours-worked',
    'plie.mad-contracts',
    'plie.tripartite-per-participant',
    'plie.positive-exits',
    'plie.barriers-identified-handled',
    'plie.actions-mobilised',
    'plie.evolution',
    'plie.project-validated',
    'plie.skills-formalised',
    'plie.time.individual-interviews',
    'plie.time.workshops',
    'plie.time.preparation',
    'plie.time.admin',
  ],
  indicators: PLIE_INDICATORS,
  source: SRC,
};
