import { type CodeOf, defineCodeList } from './defineCodeList';

const NOTES_PARCOURS = 'Code du travail (docs/sources.md#code-du-travail), art. L5132-5 à L5132-15-1 (contrats par type de structure)';
const ASP_LEVELS = 'ASP, Extranet IAE 2.0, niveaux de formation; les-emplois itou/asp (EducationLevel)';

/** Contract kinds per structure kind. */
export const contractKinds = defineCodeList(['CDDI', 'CDDU', 'MAD', 'MISSION_INTERIM', 'EITI_COMMERCIAL', 'CONTRAT_PRO', 'APPRENTISSAGE', 'CDI_INCLUSION'] as const, {
  CDDI: { labelFr: "Contrat à durée déterminée d'insertion", labelEn: 'Fixed-term integration contract (ACI, EI)', source: `Code du travail, art. L5132-11-1; ${NOTES_PARCOURS}` },
  CDDU: { labelFr: "Contrat à durée déterminée d'usage", labelEn: 'Fixed-term contract of use (AI)', source: `Code du travail, art. L5132-11-2; ${NOTES_PARCOURS}` },
  MAD: { labelFr: 'Mise à disposition', labelEn: 'Placement with a client (AI)', source: `Code du travail, art. L5132-7; ${NOTES_PARCOURS}; Référentiel technique PLIE (docs/sources.md#plie) §Indicateurs (contrats de mise à disposition)` },
  MISSION_INTERIM: { labelFr: "Contrat de mission (intérim d'insertion)", labelEn: 'Temping assignment (ETTI)', source: `Code du travail, art. L5132-6; ${NOTES_PARCOURS}` },
  EITI_COMMERCIAL: { labelFr: 'Contrat commercial (travailleur indépendant)', labelEn: 'Commercial contract (self-employed, EITI)', source: `Code du travail, art. L5132-15-2; ${NOTES_PARCOURS}` },
  CONTRAT_PRO: { labelFr: 'Contrat de professionnalisation', labelEn: 'Professionalisation contract (GEIQ)', source: `Code du travail, art. L6325-1; ${NOTES_PARCOURS}` },
  APPRENTISSAGE: { labelFr: "Contrat d'apprentissage", labelEn: 'Apprenticeship (GEIQ)', source: `Code du travail, art. L6221-1; ${NOTES_PARCOURS}` },
  CDI_INCLUSION: { labelFr: 'CDI Inclusion (salarié de 57 ans et plus)', labelEn: 'Permanent inclusion contract (57 and over)', source: 'Code du travail, art. L5132-15-1-1 (loi n° 2020-1577)' },
});

/** A contract kind code. */
export type ContractKind = CodeOf<typeof contractKinds>;

/** Kinds of interview and review. */
export const interviewKinds = defineCodeList(['hiring', 'welcome', 'individual', 'collective', 'tripartite', 'renewal', 'trial_period', 'final'] as const, {
  hiring: { labelFr: "Entretien d'embauche", labelEn: 'Hiring interview', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 1 recrutement' },
  welcome: { labelFr: "Entretien d'accueil (bilan social et professionnel)", labelEn: 'Welcome meeting', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 2; Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 1' },
  individual: { labelFr: 'Entretien individuel de suivi', labelEn: 'Individual follow-up interview', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3 (un entretien individuel par mois)' },
  collective: { labelFr: 'Atelier collectif', labelEn: 'Collective workshop', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 4; Référentiel technique PLIE (docs/sources.md#plie) §Comptabilisation du temps' },
  tripartite: { labelFr: 'Bilan tripartite (participant, référent, accompagnateur, encadrant)', labelEn: 'Tripartite review', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  renewal: { labelFr: 'Point d’étape au renouvellement du contrat', labelEn: 'Review at contract renewal', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  trial_period: { labelFr: "Entretien avant la fin de la période d'essai", labelEn: 'Interview before the end of the trial period', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  final: { labelFr: 'Bilan de fin de parcours', labelEn: 'Final review', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2; Grille qualité INAÉ (docs/sources.md#inae) §Modalités d’accompagnement' },
});

/** An interview kind code. */
export type InterviewKind = CodeOf<typeof interviewKinds>;

/** Roles of interview participants. */
export const participantRoles = defineCodeList(['participant', 'referent', 'socio_professional_support', 'technical_supervisor', 'employer', 'other'] as const, {
  participant: { labelFr: 'Salarié en parcours', labelEn: 'Insertion employee', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  referent: { labelFr: 'Référent de parcours (PLIE, RSA, prescripteur)', labelEn: 'Outside referent', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Obligations de suivi' },
  socio_professional_support: { labelFr: 'Accompagnateur socio-professionnel / CIP', labelEn: 'Socio-professional support worker', source: 'Référentiel technique PLIE (docs/sources.md#plie); glossary (ASP / CIP)' },
  technical_supervisor: { labelFr: "Encadrant technique d'insertion", labelEn: 'Technical supervisor', source: 'Référentiel technique PLIE (docs/sources.md#plie); glossary (ETI)' },
  employer: { labelFr: 'Employeur ou entreprise utilisatrice', labelEn: 'Employer or client company', source: 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §AI, §ETTI' },
  other: { labelFr: 'Autre intervenant', labelEn: 'Other', source: 'Référentiel technique PLIE (docs/sources.md#plie) §Comptabilisation du temps' },
});

/** Barriers to employment (freins périphériques). `sensitive` marks health and justice. */
export const barrierKinds = defineCodeList(['sante', 'logement', 'mobilite', 'justice', 'endettement', 'illettrisme_langue', 'garde_enfants', 'administratif', 'numerique', 'addiction'] as const, {
  sante: { labelFr: 'Santé', labelEn: 'Health (sensitive)', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3; Grille qualité INAÉ (docs/sources.md#inae) §Les personnes en parcours' },
  logement: { labelFr: 'Logement', labelEn: 'Housing', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3; Grille qualité INAÉ (docs/sources.md#inae)' },
  mobilite: { labelFr: 'Mobilité (permis, transport)', labelEn: 'Mobility', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3; Grille qualité INAÉ (docs/sources.md#inae) (permis de conduire)' },
  justice: { labelFr: 'Justice', labelEn: 'Justice (sensitive)', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2 (freins sociaux)' },
  endettement: { labelFr: 'Endettement', labelEn: 'Debt', source: 'Parcours d’une AI (docs/sources.md#ai-parcours) §Étape 3' },
  illettrisme_langue: { labelFr: 'Illettrisme / maîtrise de la langue', labelEn: 'Illiteracy / language', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 3; Grille qualité INAÉ (docs/sources.md#inae)' },
  garde_enfants: { labelFr: "Garde d'enfants", labelEn: 'Childcare', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2 (freins sociaux)' },
  administratif: { labelFr: 'Démarches administratives, accès aux droits', labelEn: 'Paperwork, access to rights', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2' },
  numerique: { labelFr: 'Numérique', labelEn: 'Digital skills', source: 'Grille qualité INAÉ (docs/sources.md#inae) §Outils' },
  addiction: { labelFr: 'Addictions', labelEn: 'Addictions (sensitive)', source: 'Grille qualité INAÉ (docs/sources.md#inae) §Les personnes en parcours (orientation vers le soin)' },
});

/** A barrier kind code. */
export type BarrierKind = CodeOf<typeof barrierKinds>;

/** Barrier kinds whose mere presence is sensitive data (health, justice, addictions). */
export const SENSITIVE_BARRIER_KINDS: readonly BarrierKind[] = ['sante', 'justice', 'addiction'];

/** ASP education levels (niveaux de formation). */
export const educationLevels = defineCodeList(['00', '01', '10', '20', '30', '40', '41', '50', '51', '60', '70'] as const, {
  '00': { labelFr: 'Personne avec qualifications non certifiantes', source: ASP_LEVELS },
  '01': { labelFr: 'Jamais scolarisé', source: ASP_LEVELS },
  '10': { labelFr: 'Troisième cycle ou école d’ingénieur', source: ASP_LEVELS },
  '20': { labelFr: 'Formation de niveau licence', source: ASP_LEVELS },
  '30': { labelFr: 'Formation de niveau BTS ou DUT', source: ASP_LEVELS },
  '40': { labelFr: 'Formation de niveau BAC', source: ASP_LEVELS },
  '41': { labelFr: 'Brevet de technicien ou baccalauréat professionnel', source: ASP_LEVELS },
  '50': { labelFr: 'Formation de niveau BEP ou CAP', source: ASP_LEVELS },
  '51': { labelFr: 'Diplôme obtenu CAP ou BEP', source: ASP_LEVELS },
  '60': { labelFr: 'Formation courte d’une durée d’un an', source: ASP_LEVELS },
  '70': { labelFr: 'Pas de formation au-delà de la scolarité obligatoire', source: ASP_LEVELS },
});

/** An ASP education level code. */
export type EducationLevel = CodeOf<typeof educationLevels>;

/** Kinds of prescriber / orienteur. */
export const prescriberKinds = defineCodeList(['FRANCE_TRAVAIL', 'MISSION_LOCALE', 'CAP_EMPLOI', 'DEPARTEMENT', 'PLIE', 'SPIP', 'CHRS', 'OTHER_AUTHORIZED', 'ORIENTEUR', 'SPONTANEOUS'] as const, {
  FRANCE_TRAVAIL: { labelFr: 'France Travail (ex Pôle emploi, ex ANPE)', source: 'glossary (prescripteur); Code du travail R5132-1-13' },
  MISSION_LOCALE: { labelFr: 'Mission locale', source: 'glossary (prescripteur)' },
  CAP_EMPLOI: { labelFr: 'Cap emploi', source: 'glossary (prescripteur)' },
  DEPARTEMENT: { labelFr: 'Conseil départemental (RSA)', source: 'glossary (prescripteur)' },
  PLIE: { labelFr: 'PLIE', source: 'Référentiel technique PLIE (docs/sources.md#plie)' },
  SPIP: { labelFr: "Service pénitentiaire d'insertion et de probation", source: 'les-emplois prescriber kinds' },
  CHRS: { labelFr: "Centre d'hébergement et de réinsertion sociale", source: 'les-emplois prescriber kinds' },
  OTHER_AUTHORIZED: { labelFr: 'Autre prescripteur habilité', source: 'Code du travail R5132-1-13' },
  ORIENTEUR: { labelFr: 'Orienteur non habilité', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/prescribers (orienteur non habilité : pas de diagnostic)' },
  SPONTANEOUS: { labelFr: 'Candidature spontanée', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 1 (candidats spontanés)' },
});

/** PASS IAE suspension reasons, today's and those used before 2021-09-16. */
export const suspensionReasons = defineCodeList(
  ['CONTRACT_SUSPENDED', 'CONTRACT_BROKEN', 'FINISHED_CONTRACT', 'APPROVAL_BETWEEN_CTA_MEMBERS', 'CONTRAT_PASSERELLE', 'SICKNESS', 'MATERNITY', 'INCARCERATION', 'TRIAL_OUTSIDE_IAE', 'DETOXIFICATION', 'FORCE_MAJEURE'] as const,
  {
    CONTRACT_SUSPENDED: { labelFr: 'Contrat de travail suspendu depuis plus de 15 jours', source: 'les-emplois itou/approvals/enums.py' },
    CONTRACT_BROKEN: { labelFr: 'Contrat de travail rompu', source: 'les-emplois itou/approvals/enums.py' },
    FINISHED_CONTRACT: { labelFr: 'Contrat de travail terminé', source: 'les-emplois itou/approvals/enums.py' },
    APPROVAL_BETWEEN_CTA_MEMBERS: { labelFr: 'Situation faisant l’objet d’un accord entre les acteurs membres du CTA', source: 'les-emplois itou/approvals/enums.py' },
    CONTRAT_PASSERELLE: { labelFr: 'Création d’un contrat passerelle (EI et ACI seulement)', source: 'les-emplois itou/approvals/enums.py' },
    SICKNESS: { labelFr: 'Arrêt pour longue maladie (avant le 16 septembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
    MATERNITY: { labelFr: 'Congé de maternité (avant le 16 septembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
    INCARCERATION: { labelFr: 'Incarcération (avant le 16 septembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
    TRIAL_OUTSIDE_IAE: { labelFr: "Période d'essai auprès d'un employeur ne relevant pas de l'IAE (avant le 16 septembre 2021)", source: 'les-emplois itou/approvals/enums.py' },
    DETOXIFICATION: { labelFr: 'Période de cure pour désintoxication (avant le 16 septembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
    FORCE_MAJEURE: { labelFr: 'Raison de force majeure (avant le 16 septembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
  },
);

/** PASS IAE prolongation reasons. */
export const prolongationReasons = defineCodeList(['SENIOR_CDI', 'COMPLETE_TRAINING', 'RQTH', 'SENIOR', 'PARTICULAR_DIFFICULTIES', 'HEALTH_CONTEXT'] as const, {
  SENIOR_CDI: { labelFr: 'CDI conclu avec une personne de plus de 57 ans', source: 'les-emplois itou/approvals/enums.py' },
  COMPLETE_TRAINING: { labelFr: "Fin d'une formation", source: 'les-emplois itou/approvals/enums.py' },
  RQTH: { labelFr: 'Reconnaissance de la qualité de travailleur handicapé', source: 'les-emplois itou/approvals/enums.py' },
  SENIOR: { labelFr: '50 ans et plus', source: 'les-emplois itou/approvals/enums.py' },
  PARTICULAR_DIFFICULTIES: { labelFr: 'Difficultés particulières (AI et ACI)', source: 'les-emplois itou/approvals/enums.py' },
  HEALTH_CONTEXT: { labelFr: 'Contexte sanitaire (jusqu’au 30 novembre 2021)', source: 'les-emplois itou/approvals/enums.py' },
});
