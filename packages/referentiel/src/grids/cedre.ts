const SRC_CERTIFICATION = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Un engagement qualité : la certification CEDRE';
const SRC = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Un engagement qualité : la certification CEDRE — Les spécifications du référentiel CEDRE';

/** A process of the CEDRE référentiel with its items. */
export interface CedreProcess {
  id: string;
  titleFr: string;
  /** What it is for, as in the text. */
  purposeFr: string;
  /** The items, each with its French label and source. */
  items: { id: string; labelFr: string; source: string }[];
  /** The référentiel axes it speaks to. */
  axes: number[];
}

/** A dated step of the CEDRE certification, as precise as the text gives it. */
export interface CedreVersion {
  /** `YYYY` or `YYYY-MM`: the text gives no day. */
  from: string;
  labelFr: string;
  source: string;
}

/** The CEDRE référentiel (COORACE quality certification) of the URIAE synthesis (docs/sources.md#uriae-npdc). */
export interface Cedre {
  titleFr: string;
  objectivesFr: string[];
  /** Who it is for. */
  scopeFr: string;
  /** What obtaining the certification attests (three aptitudes of the company). */
  attestationsFr: string[];
  /** Its aim (« en ligne de mire »). */
  aimFr: string;
  /** The dated steps the text gives: the approach started in 1996, version 2 in force from February 2008. */
  versions: CedreVersion[];
  /** How a company outside the COORACE network obtains the référentiel. */
  availabilityFr: string;
  keyProcesses: CedreProcess[];
  continuousImprovement: CedreProcess;
  source: string;
}

function items(prefix: string, labels: string[]) {
  return labels.map((labelFr, i) => ({ id: `${prefix}.${String(i + 1).padStart(2, '0')}`, labelFr, source: SRC }));
}

/** The CEDRE référentiel: three key processes (mission accueil, insertion, observatoire) and continuous improvement. */
export const cedre: Cedre = {
  titleFr: 'Le référentiel CEDRE (certification qualité COORACE)',
  objectivesFr: [
    "d'accélérer et de pérenniser le retour à l'emploi des personnes en situation de précarité",
    "de structurer l'accompagnement et d'apporter un cadre de référence commun aux intervenants de l'insertion par l'activité économique",
    'répondre aux besoins non pourvus sur le territoire et participer ainsi au développement économique local',
  ],
  scopeFr: "S'adressant à l'ensemble des entreprises de l'économie sociale et solidaire agissant pour l'emploi et l'insertion sur le territoire",
  attestationsFr: [
    "rendre la personne en situation de précarité actrice à part entière de son parcours d'insertion, dans le cadre d'une démarche pédagogique",
    "prendre en compte dans son projet la situation locale de l'emploi et répondre ainsi aux problèmes de main d'œuvre que rencontrent les entreprises, les collectivités ou les particuliers",
    'mettre en place un système Qualité autour de trois processus clés - la mission accueil, la mission insertion et la mission observatoire - et des processus de pilotage et de support contribuant à son bon fonctionnement',
  ],
  aimFr:
    "la mise en place d'un système d'amélioration continue de la qualité pour répondre en priorité aux exigences des personnes en situation précaire et à celles de leurs clients et financeurs",
  versions: [
    { from: '1996', labelFr: 'démarche qualité initiée par la Fédération COORACE', source: `${SRC_CERTIFICATION}` },
    { from: '2008-02', labelFr: 'version 2 du référentiel CEDRE, entrée en vigueur en février 2008', source: `${SRC_CERTIFICATION}` },
  ],
  availabilityFr: 'Pour les entreprises non adhérentes au COORACE, le référentiel CEDRE est disponible sur simple demande au Service Qualité du siège national.',
  keyProcesses: [
    {
      id: 'cedre.accueil',
      titleFr: 'La mission accueil',
      purposeFr: 'pour élaborer un plan d’action constructif',
      items: items('cedre.accueil', [
        "Faire connaître au demandeur d'emploi son offre d'insertion",
        'Proposer et réaliser avec lui une évaluation de sa situation socioprofessionnelle',
        'Evaluer ses capacités et compétences professionnelles',
        "Mettre en place une procédure qui structure l'accompagnement et le suivi du demandeur d'emploi devenu salarié en parcours d'insertion",
        "Formaliser et contractualiser un engagement avec le demandeur d'emploi",
      ]),
      axes: [1],
    },
    {
      id: 'cedre.insertion',
      titleFr: 'La mission insertion',
      purposeFr: 'pour échafauder un parcours réussi',
      items: items('cedre.insertion', [
        'Mobiliser des missions de travail et des actions associées pour la construction de son parcours personnalisé',
        "Associer les clients, partenaires économiques locaux et administrations publiques aux objectifs d'insertion poursuivis",
        "Effectuer des bilans réguliers avec le salarié en parcours d'insertion",
      ]),
      axes: [2, 3],
    },
    {
      id: 'cedre.observatoire',
      titleFr: 'La mission observatoire',
      purposeFr: "pour adapter l'évolution de l'entreprise aux besoins de son territoire",
      items: items('cedre.observatoire', [
        'Rendre compte de son activité en utilisant un cadre de référence commun',
        'Se donner les moyens de mieux maîtriser son évolution et mieux valoriser ses actions',
        "Se doter d'outils pour améliorer continuellement la qualité de ses services",
      ]),
      axes: [4],
    },
  ],
  continuousImprovement: {
    id: 'cedre.amelioration-continue',
    titleFr: "L'amélioration continue de la qualité",
    purposeFr: '...et une exigence globale',
    items: items('cedre.amelioration-continue', [
      "Planifier et mettre en œuvre un système d'amélioration continue de la qualité basé sur la mesure et l'analyse de ces processus",
      "Mettre en œuvre des actions préventives et correctives pour garantir l'amélioration continue de son offre d'insertion pour la satisfaction et la réponse aux besoins des personnes en situation précaire",
      "Mettre en œuvre des actions préventives et correctives pour garantir l'amélioration continue des produits et services rendus aux clients et aux prescripteurs de l'entreprise",
    ]),
    axes: [1, 2, 3, 4],
  },
  source: SRC,
};

/** A tool of the seed-001 tool box, by référentiel axis. */
export interface Tool {
  id: string;
  axis: number;
  group: string;
  labelFr: string;
  /** The seed's own wording where a typo was corrected. */
  sourceWording?: string;
  /** Seed file and section. */
  source: string;
}

const TB = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Boîte à outils';

function tools(axis: number, group: string, labels: (string | [string, string])[]): Omit<Tool, 'source'>[] {
  return labels.map((l, i) => {
    const [labelFr, sourceWording] = typeof l === 'string' ? [l, undefined] : l;
    return { id: `tool.axe-${axis}.${group.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')}.${String(i + 1).padStart(2, '0')}`, axis, group, labelFr, ...(sourceWording ? { sourceWording } : {}) };
  });
}

/** The tool box of seed 001, per axis of the référentiel (each entry's `source` names it). */
export const toolBox: readonly Tool[] = [
  ...tools(1, 'Recrutement', ['Analyse du poste à pourvoir', 'Grille de cotation des CV reçus', "Grille d'entretien"]),
  ...tools(1, 'Centres de ressources', ["Centre de ressources de l'UNAI", 'Centre de ressources COORACE', "Capitalisation d'outils sur le site internet de l'URIAE (livret d'accueil, profil de postes)"]),
  ...tools(2, 'Suivi des parcours', ["Observatoire de l'IAE", "Léa : Logiciel pour l'évaluation et l'accompagnement (Chantier école)", "Titres Professionnels du Ministère chargé de l'Emploi"]),
  ...tools(2, 'Prévention des risques', [
    'Affiches relatives à la prévention des risques',
    'Livret prévention des risques (réservés aux AI adhérentes)',
    'Rédaction du Document Unique',
    "La prévention des risques professionnels dans les Ateliers et Chantiers d'Insertion / Formation",
    'La prévention des risques professionnels en chantier d’insertion',
  ]),
  ...tools(2, 'Guides repères', [
    "Lutter contre les discriminations et garantir l'égalité des chances : un nouvel enjeu pour les chantiers !",
    'La santé en chantier',
    "Chantiers-école et situations d'illettrisme",
    "L'accompagnement dans la pédagogie du chantier-école",
    "La mallette ressource sur les savoirs de base pour les acteurs de l'insertion",
  ]),
  ...tools(4, 'Outils économiques', [['Business plan', 'Buisness Plan'], 'Comptes de résultats', 'SIG - CAF', 'BFR - BFRE', 'Plan de financement', "Plan d'investissement"]),
  ...tools(4, 'Montage de dossiers spécifiques', ['FGR ETTI', 'FDI', 'MPA', 'FSE', 'Plan de Consolidation financière', 'Plan de développement', ['Calculs des coûts de revient', 'Calculs des coût de revient'], 'Ratios financiers et économiques', 'Suivi de chantiers et de prestations', 'Tableau de bord de gestion']),
  ...tools(4, 'Audits', ['Financier', 'Conformité juridique', 'Social et salarial', 'Stratégique']),
  ...tools(4, 'Outils de gestion et de développement territorial', ["L'outil de gestion A2A+", 'VITA (centre de ressources, développement territorial des entreprises conventionnées IAE)']),
].map((t) => ({ ...t, source: TB }));
