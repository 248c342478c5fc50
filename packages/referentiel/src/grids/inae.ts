const SRC = 'Grille qualité INAÉ (docs/sources.md#inae)';

/** One quality criterion, indicator or improvement track of the INAÉ grid. */
export interface InaeItem {
  /** Stable id (`inae.modalites.criteria.02`, `inae.track.17`). */
  id: string;
  /** The text of the grid. */
  labelFr: string;
  /** Seed file and section (the dimension). */
  source: string;
}

/** An indicator of the grid, linked to its entry in `@siae/indicators`' catalogue. */
export interface InaeIndicator extends InaeItem {
  /** The id of the catalogue entry that computes or declares it. */
  indicatorId: string;
}

/** An improvement track (piste d'amélioration) with its number. */
export interface InaeTrack {
  id: string;
  number: number;
  labelFr: string;
  /** True for tracks 1 to 4, which the text lists without their numbers. */
  numberAssumed: boolean;
  source: string;
}

/** A dimension of the INAÉ grid. */
export interface InaeDimension {
  id: string;
  titleFr: string;
  criteria: InaeItem[];
  indicators: InaeIndicator[];
  /** Numbers of the improvement tracks of this dimension. */
  trackNumbers: number[];
  /** The référentiel axes this dimension speaks to. */
  axes: number[];
  source: string;
  /** Notes on how the text was read. */
  notesFr?: string;
}

/** The grid: dimensions and the 60 improvement tracks. */
export interface InaeQualityGrid {
  titleFr: string;
  source: string;
  dimensions: InaeDimension[];
  tracks: InaeTrack[];
}

const TRACKS: [number, string][] = [
  [1, "Mettre en place des enquêtes pour recueillir la satisfaction des personnes et vérifier que notre offre leur convient ou bien s'il faut la faire évoluer"],
  [2, "Mieux mettre en avant la levée des freins à l'emploi"],
  [3, 'Arrêter de faire « rentrer les personnes dans des cases »'],
  [4, 'Travail sur les addictions, les freins au changement'],
  [5, "Formaliser le travail sur l'évaluation des compétences et permettre l'auto-évaluation"],
  [6, "Contractualiser avec les SEP, plus régulièrement"],
  [7, "Formaliser les objectifs fixés, contractualiser à l'écrit avec des échéances"],
  [8, "Poursuivre la réflexion autour des actions collectives et passer à l'action (Echanges de pratiques, ateliers, petits déj...)"],
  [9, "Formaliser les évaluations des missions de travail"],
  [10, "Décentraliser les actions"],
  [11, "Revoir les temps de l'accompagnement"],
  [12, "Evaluation en début de parcours et en fin de parcours et voir les écarts."],
  [13, "Rendre les salariés plus autonomes"],
  [14, "Développer accompagnement en binôme ETI/ASP"],
  [15, "Des bilans d'étape officiels avec ETI"],
  [16, "Avoir un(e) collègue pour échanger"],
  [17, "Développer des ateliers pour les SEP (ex MERCATO)"],
  [18, "Mettre en place des échanges de pratiques entre SEP"],
  [19, "Outils sur la progression des compétences"],
  [20, "Grille d'évaluation"],
  [21, "Formation des salariés en parcours"],
  [22, "Logiciel d'accompagnement ou de suivi"],
  [23, "Monter des dossiers de formation"],
  [24, "Utilisation des réseaux sociaux et développer l'approche du numérique"],
  [25, "Grilles d'indicateurs qualitatifs et quantitatifs pour mieux mesurer la qualité de l'accompagnement"],
  [26, "Mettre en place un sociogramme"],
  [27, "Installer un cadre ferme et rassurant"],
  [28, "Des évaluations de leur compétences"],
  [29, "Une cohésion d'équipe dans le cadre de leur suivi"],
  [30, "Un réseau de partenaires"],
  [31, "Répertoire des compétences transférables"],
  [32, "Avoir un livret de suivi"],
  [33, "Plus de présence avec les SEP en production"],
  [34, "Plus de temps pour encadrer"],
  [35, "Devenir une organisation apprenante et travailler en réseau"],
  [36, "Reconnaissance du travail effectué en production"],
  [37, "Avoir une viabilité économique"],
  [38, "Valoriser et quantifier les heures de formation suivies par les salariés"],
  [39, "Avoir ou développer une approche pédagogique avec les SEP"],
  [40, "Mobiliser davantage les ETI sur des échanges de pratiques"],
  [41, "Formation et professionnalisation des permanents en charge des personnes en suivi"],
  [42, "Améliorer la connaissance de la législation du travail"],
  [43, "Embaucher une personne chargée spécifiquement de l'accompagnement socioprofessionnel"],
  [44, "Formation à la capacité d'écoute et aux qualités relationnelles"],
  [45, "Améliorer le recrutement"],
  [46, "Déterminer un plan d'accompagnement (N, N+1) et mesurer les écarts"],
  [47, "Travailler sur les recherches de financements"],
  [48, "Avoir des témoignages des SEP aux AG"],
  [49, "Mettre en place des réunions pour créer des outils communs d'évaluation de parcours"],
  [50, "Faire plus participer les autres permanents (accueil, MAD et adm)"],
  [51, "Formaliser des temps d'échange plus souvent avec l'ensemble de l'équipe"],
  [52, "Travailler sur les indicateurs de réalisation et d'impact, quantitatifs et qualitatifs"],
  [53, "Avoir de meilleure représentation et améliorer le regard sur les personnes relevant de l'insertion"],
  [54, "Mieux gérer les priorités"],
  [55, "Mettre en place des audits de suivi"],
  [56, "Consacrer plus de temps à l'accompagnement des équipes"],
  [57, "Améliorer la relation entreprise"],
  [58, "Avoir une orientation des salariés plus adaptée"],
  [59, "Avoir des indicateurs plus explicites pour les élus par exemple"],
  [60, "Développer le réseau de partenaires et d'entreprises"],
];

function dim(
  id: string,
  titleFr: string,
  criteria: string[],
  indicators: [string, string][],
  trackNumbers: number[],
  axes: number[],
  notesFr?: string,
): InaeDimension {
  return {
    id,
    titleFr,
    criteria: criteria.map((labelFr, i) => ({ id: `inae.${id}.criteria.${String(i + 1).padStart(2, '0')}`, labelFr, source: `${SRC} §${titleFr} — critères` })),
    indicators: indicators.map(([labelFr, slug], i) => ({ id: `inae.${id}.indicator.${String(i + 1).padStart(2, '0')}`, labelFr, indicatorId: `inae.${id}.${slug}`, source: `${SRC} §${titleFr} — indicateurs` })),
    trackNumbers,
    axes,
    source: `${SRC} §${titleFr}`,
    ...(notesFr ? { notesFr } : {}),
  };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/**
 * The INAÉ (Nouvelle-Aquitaine) grid « C'est quoi un parcours socio professionnel de qualité ? »:
 * for each dimension the quality criteria, the indicators that measure them (each linked to the
 * `@siae/indicators` catalogue) and the numbered improvement tracks (1 to 60; 1 to 4 are listed
 * without numbers in the text).
 */
export const inaeQualityGrid: InaeQualityGrid = {
  titleFr: "C'est quoi un parcours socio professionnel de qualité ?",
  source: SRC,
  dimensions: [
    dim(
      'sep',
      'Les DE et salariés en parcours (SEP)',
      [
        'Des personnes qui ont repris confiance en elles',
        'Des personnes qui se sont senties écoutées, respectées, reconnues',
        'Des personnes à qui on a répondu à leur besoin',
        'Des salariés en parcours satisfaits',
      ],
      [
        ['Témoignages écrits, oraux, sous formes de vidéos', 'testimonies'],
        ['Taux de satisfaction', 'satisfaction-rate'],
        ['Taux de personne qui ont repris confiance, sentie écoutée (autres critères)', 'confidence-rate'],
        ['Taux de sorties emploi (CF. Direccte)', 'employment-exit-rate'],
        ['Taux de sorties autres à qualifier', 'other-exits-rate'],
        ["Taux de levée des freins à l'emploi (taux de personnes qui ont eu le permis de conduire, taux de personnes qui ont développé leur accès santé, logement et autres)", 'barriers-lifted-rate'],
        ["Nombre d'orientation vers les soins", 'care-referrals'],
        ["Passage d'un salarié après un contrat", 'post-contract-transition'],
        ["Niveau d'implication des SEP dans leur parcours professionnel", 'involvement'],
        ["Degré d'ouverture aux autres", 'openness'],
        ["Niveau d'autonomie au travail", 'autonomy'],
        ["Qualité de l'évolution du parcours de la personne", 'parcours-evolution'],
        ['Mesure de la Qualité de Vie au Travail (QVT)', 'qvt'],
      ],
      [1, 2, 3, 4],
      [1, 2],
      "Les quatre pistes de cette dimension sont listées sans numéro dans le texte : elles reçoivent les numéros 1 à 4 (numberAssumed).",
    ),
    dim(
      'modalites',
      "Les modalités d'accompagnement (offre d'insertion)",
      [
        'Un accompagnement souple répondant aux besoins des personnes',
        'Des diagnostics de situation au début, puis des bilans réguliers',
        'Des temps de rencontre réguliers pour tout le monde de la même façon',
        'Des objectifs de travail structurant les évolutions et les progressions du salarié',
        'Des temps individuels et collectifs selon les objectifs fixés',
        'Non-discrimination et respect de la confidentialité (entretien/dossiers et documents...)',
        'Des temps formels de travail ASP/ETI',
      ],
      [
        ['Durée des entretiens de face à face', 'interview-duration'],
        ['Durée réunion régulation ASP/ETI', 'asp-eti-meeting-duration'],
        ['Durée moyenne de parcours', 'average-parcours-length'],
        ['Nombre de réunions entre ASP ou CIP et ETI', 'asp-eti-meetings'],
        ["Nombre de dossiers d'aide à la mobilité, au logement", 'mobility-housing-files'],
        ["Nombre d'entrée en formation", 'training-entries'],
        ["Nombre de personnes qui ont un contrat d'objectif", 'objectives-contracts'],
        ["Nombre d'entretiens individuels", 'individual-interviews'],
        ["Nombre d'actions proposées (/pers suivies)", 'actions-per-person'],
        ["Nombre d'ateliers", 'workshops'],
        ['Nombre de participants aux ateliers et actions diverses', 'workshop-participants'],
        ['Nombre de salariés mis à disposition', 'mad-employees'],
        ["Nombre d'heures de formation (global/par personne/ moyen par parcours...)", 'training-hours'],
        ["Nombre d'actions collectives", 'collective-actions'],
        ["Nombre d'info co", 'info-sessions'],
        ['Le taux de PMSMP et d\'évaluation en milieu de travail réalisés', 'pmsmp-rate'],
        ["Les comptes-rendus d'actions (pour interne et externe/partenaires)", 'action-reports'],
        ['Les auto-évaluations des savoir-être et savoir-faire', 'self-assessments'],
        ['Utilisation du numérique', 'digital-use'],
        ['La diversité des actions proposées', 'actions-diversity'],
      ],
      range(5, 18),
      [2],
    ),
    dim(
      'outils-accompagnement',
      "Les outils de l'accompagnement",
      [
        "L'accompagnement socio pro",
        'Un logiciel de suivi des parcours',
        'Des dossiers individuels',
        'Des outils d\'évaluation des compétences',
        'Un outil de capitalisation, de valorisation des compétences et du parcours (de type attestation de compétences)',
        "Un outil d'évaluation des progressions des personnes et de la levée des freins à l'emploi",
        'Des ateliers collectifs (relooking /théâtre /préparation à l\'emploi...)',
        'Des actions de développement personnel et ateliers divers',
      ],
      [
        ['Protocoles ou process de recrutement', 'recruitment-process'],
        ['Les auto-évaluations des savoir-être et savoir-faire', 'self-assessments'],
        ["Référentiel d'acquisition du savoir-être professionnel", 'soft-skills-framework'],
        ["Référentiel d'acquisition de nouvelles compétences et connaissances", 'skills-framework'],
        ['Taux de personnes qui ont repris confiance en eux', 'confidence-rate'],
      ],
      range(19, 26),
      [1, 2],
    ),
    dim(
      'outils-salaries',
      'Les outils pour les salariés en parcours',
      [
        'Des tenues professionnelles',
        'Des outils de travail de professionnels',
        'De la sécurité au travail',
        'Des temps de formation',
        "Des informations nécessaires pour qu'ils s'intègrent",
        'Des règles, un cadre de travail',
        'Des attestations de compétences, portefeuille de compétences, des CV',
      ],
      [
        ["Utilisation systématique d'un livret de suivi", 'follow-up-booklet'],
        ["Réalisation d'un engagement pris en début de contrat", 'start-commitment'],
        ['Bilan de fin de parcours (avant sortie SIAE)', 'final-review'],
        ["Taux d'attestations de compétences délivrées", 'attestations-rate'],
        ["Taux d'évaluations des compétences réalisées", 'assessments-rate'],
      ],
      range(27, 32),
      [2, 3],
      "« portefeuille de compétences, des CV » ouvre la cellule de la dimension suivante dans le texte ; lu comme la fin du dernier critère de celle-ci.",
    ),
    dim(
      'situations-formatives',
      'Les situations de travail formatives (cf. FEST ou AFEST)',
      [
        "Un réseau d'entreprises, de professionnels",
        'Des situations de travail riches',
        'Des supports économiques intéressants',
        'De la polyvalence',
        'Une bonne organisation de travail',
        'Des conditions de travail professionnelles',
        'Des supports pédagogiques de travail',
        'Une équipe de travail/collègues/permanents',
        'Du temps dédié à la formation interne',
        'Des compétences de formateur',
        'Des espaces de travail adaptés (ex : salle de réunion ou autre)',
      ],
      [
        ['La qualité du cadre de travail', 'work-setting-quality'],
        ["Niveau d'implication dans le travail", 'involvement'],
        ['Temps de formation des permanents (ASP/ETI et autres)', 'staff-training-time'],
        ['Acquisition du savoir-être professionnel', 'soft-skills'],
        ['Acquisition de nouvelles compétences et connaissances', 'new-skills'],
        ['Acquisition des compétences techniques et transférables', 'technical-skills'],
        ['Nombres de personnes qui ont eu des évaluations de compétences', 'people-assessed'],
      ],
      range(33, 39),
      [3],
    ),
    dim(
      'acteurs',
      "Les acteurs de l'IAE (Bénévoles et permanents)",
      [
        'Des ASP ou CIP formés et compétents',
        'Des ETI formés et compétents',
        'Des directions qui possèdent les informations nécessaires pour communiquer',
        "Des bénévoles actifs qui viennent enrichir l'offre d'insertion et la qualité de l'accompagnement (ateliers/réseaux entreprises)",
      ],
      [
        ['Temps de formation des permanents (ASP/ETI et autres)', 'staff-training-time'],
        ['Durée moyenne de travail', 'average-working-time'],
        ['Les formations dispensées par les permanents', 'staff-led-trainings'],
        ['La formation des bénévoles', 'volunteer-training'],
        ['Les compétences des permanents et des bénévoles', 'staff-skills'],
        ['La posture professionnelle', 'professional-posture'],
        ['Un plan de formation annuel', 'training-plan'],
        ['Les fiches de postes formalisées', 'job-descriptions'],
        ['Les entretiens annuels des permanents', 'annual-reviews'],
        ['Effort financier pour la formation', 'training-spending'],
      ],
      range(40, 44),
      [2, 3],
    ),
    dim(
      'gouvernance',
      'La gouvernance, management, le pilotage de la mission accompagnement',
      [
        'Un pilotage et une gouvernance investis',
        'La participation des salariés permanents et en parcours au dialogue social (vie de la structure)',
        "Le dialogue social et leur implication à la vie de l'entreprise",
        "Des plans de progrès et d'amélioration",
        'Le suivi des objectifs fixés et des indicateurs',
        'Des process de travail et des procédures',
        'Des traces sur la façon dont le parcours est mené',
        'Planification des actions',
      ],
      [
        ["Qualité de la communication externe (forum emploi/ café d'emploi, petit dèj' entreprise...)", 'external-communication-quality'],
        ['Les impacts mesurés sur les personnes', 'measured-impacts'],
        ['Film avec témoignages', 'testimony-film'],
        ['Observation/évaluation', 'observation'],
        ["Participation à la vie de l'association", 'association-life'],
        ['La qualité de vie au travail (QVT), le bien-être', 'qvt'],
        ['Acquisition de compétences psycho-sociales', 'psychosocial-skills'],
        ['Dialogue de gestion', 'management-dialogue'],
        ['Amélioration de la situation globale de la personne', 'overall-situation'],
        ['Nombre de personnes accompagnées', 'people-supported'],
        ['Nombre de comités de suivi et CTA', 'follow-up-committees'],
        ['Nombre de salariés accueillis', 'employees-welcomed'],
        ['Niveau d\'acquisition de la langue française', 'french-level'],
        ["Niveau d'employabilité des personnes", 'employability'],
        ['Niveau de satisfaction des SEP', 'satisfaction'],
        ["Niveau d'implication dans le travail", 'involvement'],
        ['Taux de personnes qui ont repris confiance en eux', 'confidence-rate'],
        ["Taux d'accompt (ex : nb d'accompagnateurs/nb de SEP)", 'support-ratio'],
        ["Taux d'arrêt de travail (présentiel CDDI)", 'sick-leave-rate'],
        ["Durée ou temps d'accompagnement", 'support-time'],
        ['Temps passé dans la structure', 'time-in-structure'],
      ],
      range(45, 56),
      [1, 2, 4],
      "Le texte n'a pas de colonnes pour cette dimension : les lignes « Des process... », « Des traces... » et « Planification des actions » sont lues comme critères, la suite comme indicateurs.",
    ),
    dim(
      'communication',
      'Communication externe (ancrage territoriale et partenariat)',
      [
        "Un réseau de professionnel du secteur de l'emploi et de l'insertion et un réseau d'entreprise",
        "Des partenaires à l'écoute",
        'Des partenaires qui connaissent les SIAE (représentation réaliste)',
        'Des partenaires qui savent bien ce que font les SIAE',
        "Des prescriptions adaptées aux besoins des personnes et à l'offre d'insertion des SIAE",
      ],
      [
        ['Nombre de mise en relation avec des entreprises', 'company-connections'],
        ["Le réseau d'entreprises", 'company-network'],
        ['La diversité des partenaires', 'partner-diversity'],
        ['Témoignages des salariés en parcours', 'sep-testimonies'],
        ['Témoignages des partenaires', 'partner-testimonies'],
        ['Diagnostic territorial économique et social', 'territorial-diagnosis'],
        ['Site internet et réseau social', 'website'],
        ["Lettre d'information", 'newsletter'],
        ['Nombre de partenaires', 'partners'],
        ['Qualité de la communication avec les prescripteurs (pour une meilleure orientation)', 'prescriber-communication'],
        ['Le retour des partenaires', 'partner-feedback'],
        ['Evaluation de la satisfaction des partenaires (enquêtes de satisfaction)', 'partner-satisfaction'],
      ],
      range(57, 60),
      [1, 4],
    ),
  ],
  tracks: TRACKS.map(([number, labelFr]) => ({ id: `inae.track.${String(number).padStart(2, '0')}`, number, labelFr, numberAssumed: number <= 4, source: SRC })),
};
