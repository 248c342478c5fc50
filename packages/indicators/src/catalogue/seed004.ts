import { averageDaysInStructure, INDIVIDUAL_INTERVIEW_KINDS, interviewTotals, RATE_CATEGORIES, rateIn, ratio, shareOfExitsWith, total } from './computations';
import { ATTESTATION_KINDS } from './kinds';
import { collectiveSessions, earliestOfLeavers, exitRecordsInPeriod, peopleAssessed, pmsmpsStarted, trainingsStarted } from './indexes';
import type { IndicatorDefinition, IndicatorValue } from './types';
import { followedPeople, interviewColumns, madContracts, type ReportContext } from '../report/context';
import { distinctCount } from '../report/sortedIds';

/** The dimensions of the INAÉ grid, with their titles as in seed 004. */
export const INAE_DIMENSIONS = {
  sep: 'Les DE et salariés en parcours (SEP)',
  modalites: "Les modalités d'accompagnement (offre d'insertion)",
  'outils-accompagnement': "Les outils de l'accompagnement",
  'outils-salaries': 'Les outils pour les salariés en parcours',
  'situations-formatives': 'Les situations de travail formatives (cf. FEST ou AFEST)',
  acteurs: "Les acteurs de l'IAE (Bénévoles et permanents)",
  gouvernance: 'La gouvernance, management, le pilotage de la mission accompagnement',
  communication: 'Communication externe (ancrage territoriale et partenariat)',
} as const;

/** An INAÉ dimension id. */
export type InaeDimension = keyof typeof INAE_DIMENSIONS;

const src = (d: InaeDimension) => `Grille qualité INAÉ (docs/sources.md#inae) §${INAE_DIMENSIONS[d]} — Les indicateurs pour le mesurer`;

function declared(dimension: InaeDimension, slug: string, labelFr: string, shape: 'number' | 'ratio' | 'text' | 'count' = 'text'): IndicatorDefinition {
  return {
    id: `inae.${dimension}.${slug}`,
    labelFr,
    definitionFr: `${labelFr} : déclaré par la structure (enquête, témoignage ou donnée que le modèle ne contient pas).`,
    formula: 'déclaré par la structure',
    unit: shape === 'text' ? 'text' : shape === 'ratio' ? 'ratio' : 'count',
    source: src(dimension),
    seed: '004',
    dimension,
    kind: 'declared',
    declaredInput: { shape, descriptionFr: labelFr },
  };
}

function computed(
  dimension: InaeDimension,
  slug: string,
  labelFr: string,
  definitionFr: string,
  formula: string,
  unit: IndicatorDefinition['unit'],
  compute: (ctx: ReportContext) => IndicatorValue,
): IndicatorDefinition {
  return { id: `inae.${dimension}.${slug}`, labelFr, definitionFr, formula, unit, source: src(dimension), seed: '004', dimension, kind: 'computed', compute: (ctx) => compute(ctx) };
}

const DIRECCTE_DEFINITION = 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), taux de sortie dynamique; circulaire DGEFP n° 2008-21 (docs/sources.md#circulaire-2008-21)';

/** The indicators of the INAÉ grid (seed 004), computed where the data allows, declared otherwise. */
export const seed004Indicators: readonly IndicatorDefinition[] = [
  // Les DE et salariés en parcours
  declared('sep', 'testimonies', 'Témoignages écrits, oraux, sous formes de vidéos'),
  declared('sep', 'satisfaction-rate', 'Taux de satisfaction', 'ratio'),
  declared('sep', 'confidence-rate', 'Taux de personnes qui ont repris confiance, se sont senties écoutées (autres critères)', 'ratio'),
  {
    ...computed(
      'sep',
      'employment-exit-rate',
      'Taux de sorties emploi (cf. Direccte)',
      "Le taux que la Direccte (l'État) mesure : le taux de sortie dynamique, part des sorties examinées en emploi durable, en emploi de transition ou en sortie positive. La grille ne définit pas ce taux ; elle renvoie à la Direccte, dont la définition publique des sorties vers l'emploi est la sortie dynamique. La part en emploi seul (durable + transition) est dans le détail et dans employmentExitRate.",
      '(emploi durable + emploi de transition + sorties positives) / sorties examinées',
      'ratio',
      (ctx) => {
        const v = rateIn(ctx, {}, RATE_CATEGORIES.dynamic);
        const employment = (v.detail?.durable ?? 0) + (v.detail?.transition ?? 0);
        return { ...v, detail: { ...v.detail, employmentOnly: v.denominator ? employment / v.denominator : null } };
      },
    ),
    source: `${src('sep')}; ${DIRECCTE_DEFINITION}`,
    computedBy: 'dynamicExitRate',
    assumptionFr:
      "Choix de définition : la grille INAÉ renvoie à la Direccte sans définir le taux ; nous prenons la définition publique de l'État (la sortie dynamique du bilan ASP, circulaire DGEFP n° 2008-21), et non la seule part en emploi, qui reste disponible (detail.employmentOnly, employmentExitRate).",
  },
  computed('sep', 'other-exits-rate', 'Taux de sorties autres à qualifier', 'Part des sorties examinées classées « autres sorties » (chômage, inactif, sans nouvelle, autre situation connue...).', 'autres sorties / sorties examinées', 'ratio', (ctx) => {
    const c = ctx.classified({});
    return ratio(c.counts.other, c.examined, `${c.counts.other} autres sorties sur ${c.examined} examinées`);
  }),
  computed('sep', 'barriers-lifted-rate', "Taux de levée des freins à l'emploi (permis de conduire, accès à la santé, au logement et autres)", 'Part des freins identifiés chez les personnes suivies qui ont été levés à la fin de la période, par nature de frein.', 'freins levés / freins identifiés', 'ratio', (ctx) => {
    // One pass with counters per kind (kinds in order of first appearance).
    const to = ctx.period.to;
    const byKind = new Map<string, { identified: number; lifted: number }>();
    let identified = 0;
    let lifted = 0;
    const barriers = ctx.dataset.barriers;
    // (a lookup among the sorted ids of the people followed: a few comparisons on rows sorted by person)
    const followed = followedPeople(ctx).lookup();
    for (let k = 0; k < barriers.length; k++) {
      const b = barriers[k]!;
      if (b.identifiedOn > to || !followed(b.personId)) continue;
      let counts = byKind.get(b.kind);
      if (!counts) {
        counts = { identified: 0, lifted: 0 };
        byKind.set(b.kind, counts);
      }
      identified++;
      counts.identified++;
      if (b.liftedOn !== undefined && b.liftedOn <= to) {
        lifted++;
        counts.lifted++;
      }
    }
    const detail: Record<string, number | null> = {};
    for (const [kind, k] of byKind) detail[kind] = k.lifted / k.identified;
    return ratio(lifted, identified, `${lifted} freins levés sur ${identified}`, detail);
  }),
  declared('sep', 'care-referrals', "Nombre d'orientations vers les soins", 'count'),
  declared('sep', 'post-contract-transition', "Passage d'un salarié après un contrat"),
  declared('sep', 'involvement', 'Niveau d’implication des SEP dans leur parcours professionnel'),
  declared('sep', 'openness', 'Degré d’ouverture aux autres'),
  declared('sep', 'autonomy', 'Niveau d’autonomie au travail'),
  declared('sep', 'parcours-evolution', "Qualité de l'évolution du parcours de la personne"),
  declared('sep', 'qvt', 'Mesure de la Qualité de Vie au Travail (QVT)'),
  // Les modalités d'accompagnement
  computed('modalites', 'interview-duration', 'Durée des entretiens de face à face', "Durée moyenne (minutes) des entretiens individuels de la période (embauche, accueil, suivi, bilans tripartites, période d'essai, renouvellement, fin de parcours ; hors ateliers collectifs), d'après les émargements.", 'somme des durées / nombre d’entretiens individuels', 'minutes', (ctx) => {
    const t = interviewTotals(ctx, INDIVIDUAL_INTERVIEW_KINDS);
    return ratio(t.hours * 60, t.count, `${t.count} entretiens individuels`);
  }),
  declared('modalites', 'asp-eti-meeting-duration', 'Durée réunion régulation ASP/ETI', 'number'),
  computed('modalites', 'average-parcours-length', 'Durée moyenne de parcours', "Durée moyenne (jours) de l'embauche à la sortie des personnes sorties sur la période.", 'somme des durées / sorties', 'days', averageDaysInStructure),
  declared('modalites', 'asp-eti-meetings', "Nombre de réunions entre ASP ou CIP et ETI", 'count'),
  declared('modalites', 'mobility-housing-files', "Nombre de dossiers d'aide à la mobilité, au logement", 'count'),
  computed('modalites', 'training-entries', "Nombre d'entrées en formation", 'Formations commencées sur la période (hors préparation).', 'formations commencées', 'count', (ctx) => {
    let n = 0;
    for (const t of trainingsStarted(ctx)) if (!t.preparation) n++;
    return total(n, `${n} entrées en formation`);
  }),
  declared('modalites', 'objectives-contracts', "Nombre de personnes qui ont un contrat d'objectif", 'count'),
  computed('modalites', 'individual-interviews', "Nombre d'entretiens individuels", "Entretiens individuels de la période (embauche, accueil, suivi, bilans tripartites, période d'essai, renouvellement, fin de parcours ; hors ateliers collectifs).", 'entretiens individuels', 'count', (ctx) => {
    const n = interviewTotals(ctx, INDIVIDUAL_INTERVIEW_KINDS).count;
    return total(n, `${n} entretiens individuels`);
  }),
  computed('modalites', 'actions-per-person', "Nombre d'actions proposées (par personne suivie)", 'Formations, PMSMP et ateliers de la période rapportés aux personnes suivies.', '(formations + PMSMP + participations aux ateliers) / personnes suivies', 'per_person', (ctx) => {
    const n = trainingsStarted(ctx).length + pmsmpsStarted(ctx) + interviewTotals(ctx, ['collective']).count;
    return ratio(n, followedPeople(ctx).size, `${n} actions pour ${followedPeople(ctx).size} personnes suivies`);
  }),
  computed('modalites', 'workshops', "Nombre d'ateliers", 'Séances collectives distinctes de la période.', 'séances collectives distinctes', 'count', (ctx) => {
    const n = collectiveSessions(ctx).workshops;
    return total(n, `${n} ateliers`);
  }),
  computed('modalites', 'workshop-participants', 'Nombre de participants aux ateliers et actions diverses', 'Participations aux ateliers collectifs de la période.', 'participations aux séances collectives', 'count', (ctx) => {
    const n = interviewTotals(ctx, ['collective']).count;
    return total(n, `${n} participations`);
  }),
  computed('modalites', 'mad-employees', 'Nombre de salariés mis à disposition', 'Personnes ayant au moins une mise à disposition sur la période.', 'personnes avec un contrat MAD sur la période', 'count', (ctx) => {
    const people: string[] = [];
    const contracts = ctx.dataset.contracts;
    // The MAD contracts, picked out when the context read the contracts.
    const mad = madContracts(ctx);
    for (let j = 0; j < mad.length; j++) {
      const c = contracts[mad[j]!]!;
      if (c.startDate <= ctx.period.to && (c.endDate ?? c.startDate) >= ctx.period.from) people.push(c.personId);
    }
    const n = distinctCount(people);
    return total(n, `${n} salariés mis à disposition`);
  }),
  computed('modalites', 'training-hours', "Nombre d'heures de formation (global, par personne, moyen par parcours)", 'Heures de formation commencées sur la période : total, par personne formée, par personne suivie.', 'somme des heures de formation', 'hours', (ctx) => {
    let hours = 0;
    const people: string[] = [];
    for (const t of trainingsStarted(ctx)) {
      hours += t.hours;
      people.push(t.personId);
    }
    const trained = distinctCount(people);
    return total(hours, `${hours} heures de formation pour ${trained} personnes`, {
      perTrainedPerson: trained === 0 ? null : hours / trained,
      perFollowedPerson: followedPeople(ctx).size === 0 ? null : hours / followedPeople(ctx).size,
    });
  }),
  declared('modalites', 'collective-actions', "Nombre d'actions collectives", 'count'),
  declared('modalites', 'info-sessions', "Nombre d'info co", 'count'),
  computed('modalites', 'pmsmp-rate', 'Le taux de PMSMP et d’évaluation en milieu de travail réalisés', 'Part des personnes suivies ayant eu une PMSMP sur la période.', 'personnes avec une PMSMP / personnes suivies', 'ratio', (ctx) => {
    const people: string[] = [];
    const pmsmps = ctx.dataset.pmsmps;
    const followed = followedPeople(ctx).lookup();
    for (let k = 0; k < pmsmps.length; k++) {
      const p = pmsmps[k]!;
      if (p.startDate <= ctx.period.to && p.endDate >= ctx.period.from && followed(p.personId)) people.push(p.personId);
    }
    const n = distinctCount(people);
    return ratio(n, followedPeople(ctx).size, `${n} personnes avec une PMSMP sur ${followedPeople(ctx).size}`);
  }),
  computed('modalites', 'action-reports', "Les comptes-rendus d'actions (pour interne et externe/partenaires)", "Part des entretiens de la période qui ont un compte rendu écrit.", 'entretiens avec compte rendu / entretiens', 'ratio', (ctx) => {
    const t = interviewTotals(ctx);
    return ratio(t.withReport, t.count, `${t.withReport} comptes rendus pour ${t.count} entretiens`);
  }),
  declared('modalites', 'self-assessments', 'Les auto-évaluations des savoir-être et savoir-faire'),
  declared('modalites', 'digital-use', 'Utilisation du numérique'),
  declared('modalites', 'actions-diversity', 'La diversité des actions proposées'),
  // Les outils de l'accompagnement
  declared('outils-accompagnement', 'recruitment-process', 'Protocoles ou process de recrutement'),
  declared('outils-accompagnement', 'self-assessments', 'Les auto-évaluations des savoir-être et savoir-faire'),
  declared('outils-accompagnement', 'soft-skills-framework', "Référentiel d'acquisition du savoir-être professionnel"),
  declared('outils-accompagnement', 'skills-framework', "Référentiel d'acquisition de nouvelles compétences et connaissances"),
  declared('outils-accompagnement', 'confidence-rate', 'Taux de personnes qui ont repris confiance en eux', 'ratio'),
  // Les outils pour les salariés en parcours
  declared('outils-salaries', 'follow-up-booklet', "Utilisation systématique d'un livret de suivi"),
  declared('outils-salaries', 'start-commitment', 'Réalisation d’un engagement pris en début de contrat'),
  computed('outils-salaries', 'final-review', 'Bilan de fin de parcours (avant sortie SIAE)', 'Part des sorties de la période précédées d’un bilan final.', 'sorties avec un bilan final / sorties', 'ratio', (ctx) =>
    shareOfExitsWith(ctx, earliestOfLeavers(ctx, ctx.dataset.interviews, (i) => i.kind === 'final', interviewColumns(ctx).finals), 'un bilan final'),
  ),
  computed('outils-salaries', 'attestations-rate', "Taux d'attestations de compétences délivrées", 'Part des sorties de la période avec une attestation de compétences.', 'sorties avec attestation / sorties', 'ratio', (ctx) =>
    // (a row dated after the period never precedes an exit of the period: not looked up)
    shareOfExitsWith(ctx, earliestOfLeavers(ctx, ctx.dataset.skillsAttestations, (a) => a.date <= ctx.period.to && ATTESTATION_KINDS.includes(a.kind)), 'une attestation de compétences'),
  ),
  computed('outils-salaries', 'assessments-rate', "Taux d'évaluations des compétences réalisées", 'Part des personnes suivies avec une évaluation de compétences (début ou fin de parcours).', 'personnes évaluées / personnes suivies', 'ratio', (ctx) => {
    const n = peopleAssessed(ctx);
    return ratio(n, followedPeople(ctx).size, `${n} personnes évaluées sur ${followedPeople(ctx).size}`);
  }),
  // Les situations de travail formatives
  declared('situations-formatives', 'work-setting-quality', 'La qualité du cadre de travail'),
  declared('situations-formatives', 'involvement', 'Niveau d’implication dans le travail'),
  declared('situations-formatives', 'staff-training-time', 'Temps de formation des permanents (ASP/ETI et autres)', 'number'),
  declared('situations-formatives', 'soft-skills', 'Acquisition du savoir-être professionnel'),
  declared('situations-formatives', 'new-skills', 'Acquisition de nouvelles compétences et connaissances'),
  declared('situations-formatives', 'technical-skills', 'Acquisition des compétences techniques et transférables'),
  computed('situations-formatives', 'people-assessed', 'Nombres de personnes qui ont eu des évaluations de compétences', 'Personnes suivies avec au moins une évaluation de compétences jusqu’à la fin de la période.', 'personnes évaluées', 'count', (ctx) => {
    const n = peopleAssessed(ctx);
    return total(n, `${n} personnes évaluées`);
  }),
  // Les acteurs de l'IAE
  declared('acteurs', 'staff-training-time', 'Temps de formation des permanents (ASP/ETI et autres)', 'number'),
  declared('acteurs', 'average-working-time', 'Durée moyenne de travail', 'number'),
  declared('acteurs', 'staff-led-trainings', 'Les formations dispensées par les permanents', 'count'),
  declared('acteurs', 'volunteer-training', 'La formation des bénévoles'),
  declared('acteurs', 'staff-skills', 'Les compétences des permanents et des bénévoles'),
  declared('acteurs', 'professional-posture', 'La posture professionnelle'),
  declared('acteurs', 'training-plan', 'Un plan de formation annuel'),
  declared('acteurs', 'job-descriptions', 'Les fiches de postes formalisées'),
  declared('acteurs', 'annual-reviews', 'Les entretiens annuels des permanents'),
  declared('acteurs', 'training-spending', 'Effort financier pour la formation', 'number'),
  // La gouvernance, le pilotage
  declared('gouvernance', 'external-communication-quality', 'Qualité de la communication externe (forum emploi, café d’emploi, petit déj’ entreprise...)'),
  declared('gouvernance', 'measured-impacts', 'Les impacts mesurés sur les personnes'),
  declared('gouvernance', 'testimony-film', 'Film avec témoignages'),
  declared('gouvernance', 'observation', 'Observation/évaluation'),
  declared('gouvernance', 'association-life', "Participation à la vie de l'association"),
  declared('gouvernance', 'qvt', 'La qualité de vie au travail (QVT), le bien-être'),
  declared('gouvernance', 'psychosocial-skills', 'Acquisition de compétences psycho-sociales'),
  declared('gouvernance', 'management-dialogue', 'Dialogue de gestion'),
  declared('gouvernance', 'overall-situation', 'Amélioration de la situation globale de la personne'),
  computed('gouvernance', 'people-supported', 'Nombre de personnes accompagnées', 'Personnes suivies (sous contrat) sur la période.', 'personnes avec un contrat sur la période', 'count', (ctx) => total(followedPeople(ctx).size, `${followedPeople(ctx).size} personnes suivies`)),
  declared('gouvernance', 'follow-up-committees', 'Nombre de comités de suivi et CTA', 'count'),
  computed('gouvernance', 'employees-welcomed', 'Nombre de salariés accueillis', 'Personnes embauchées (premier contrat dans la structure) sur la période.', 'personnes embauchées sur la période', 'count', (ctx) => total(ctx.hired.size, `${ctx.hired.size} personnes accueillies`)),
  declared('gouvernance', 'french-level', 'Niveau d’acquisition de la langue française'),
  declared('gouvernance', 'employability', 'Niveau d’employabilité des personnes'),
  declared('gouvernance', 'satisfaction', 'Niveau de satisfaction des SEP', 'ratio'),
  declared('gouvernance', 'involvement', 'Niveau d’implication dans le travail'),
  declared('gouvernance', 'confidence-rate', 'Taux de personnes qui ont repris confiance en eux', 'ratio'),
  {
    ...declared('gouvernance', 'support-ratio', "Taux d'accompagnement (nombre d'accompagnateurs / nombre de SEP)", 'ratio'),
    definitionFr: "Nombre d'accompagnateurs (déclaré) rapporté au nombre de salariés en parcours suivis sur la période (calculé).",
  },
  declared('gouvernance', 'sick-leave-rate', "Taux d'arrêt de travail (présentiel CDDI)", 'ratio'),
  computed('gouvernance', 'support-time', "Durée ou temps d'accompagnement", "Heures d'entretiens et de bilans par personne suivie sur la période.", 'heures d’entretien / personnes suivies', 'hours', (ctx) => {
    const h = interviewTotals(ctx).hours;
    return ratio(h, followedPeople(ctx).size, `${h.toFixed(1)} heures pour ${followedPeople(ctx).size} personnes`);
  }),
  computed('gouvernance', 'time-in-structure', 'Temps passé dans la structure', "Durée moyenne (jours) dans la structure des personnes sorties sur la période.", 'somme des durées / sorties', 'days', (ctx) => {
    const v = averageDaysInStructure(ctx);
    return { ...v, explanationFr: `${exitRecordsInPeriod(ctx).count} sorties de la période` };
  }),
  // Communication externe
  declared('communication', 'company-connections', 'Nombre de mise en relation avec des entreprises', 'count'),
  declared('communication', 'company-network', "Le réseau d'entreprises"),
  declared('communication', 'partner-diversity', 'La diversité des partenaires'),
  declared('communication', 'sep-testimonies', 'Témoignages des salariés en parcours'),
  declared('communication', 'partner-testimonies', 'Témoignages des partenaires'),
  declared('communication', 'territorial-diagnosis', 'Diagnostic territorial économique et social'),
  declared('communication', 'website', 'Site internet et réseau social'),
  declared('communication', 'newsletter', "Lettre d'information"),
  declared('communication', 'partners', 'Nombre de partenaires', 'count'),
  declared('communication', 'prescriber-communication', 'Qualité de la communication avec les prescripteurs (pour une meilleure orientation)'),
  declared('communication', 'partner-feedback', 'Le retour des partenaires'),
  declared('communication', 'partner-satisfaction', 'Evaluation de la satisfaction des partenaires (enquêtes de satisfaction)', 'ratio'),
];
