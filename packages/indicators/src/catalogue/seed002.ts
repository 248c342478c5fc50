import { inPeriod } from '../report/context';
import { exitsIn, INDIVIDUAL_INTERVIEW_KINDS, interviewTotals, PLIE_POSITIVE_REASONS, ratio, total } from './computations';
import { collectiveSessions, plieCohort, pmsmpsStarted, trainingsStarted } from './indexes';
import type { IndicatorDefinition } from './types';

const S = 'seed 002 (002_d3ed2394c1a4a806.txt) §3.5 Indicateurs';
const T = 'seed 002 (002_d3ed2394c1a4a806.txt) §3.4 Modalités de suivi';

const POSITIVE = new Set<string>(PLIE_POSITIVE_REASONS);

const declared = (id: string, labelFr: string, definitionFr: string, shape: 'number' | 'ratio' | 'text' | 'count', source = S): IndicatorDefinition => ({
  id,
  labelFr,
  definitionFr,
  formula: 'déclaré par la structure',
  unit: shape === 'text' ? 'text' : shape === 'ratio' ? 'ratio' : 'count',
  source,
  seed: '002',
  kind: 'declared',
  declaredInput: { shape, descriptionFr: definitionFr },
});

/** The PLIE indicators of seed 002 (quantitative, qualitative) and its time accounting. */
export const seed002Indicators: readonly IndicatorDefinition[] = [
  {
    id: 'plie.ramp-up',
    labelFr: "Montée en charge dans l'opération",
    definitionFr: "Nombre de participants (PLIE s'ils sont marqués, sinon toutes les personnes suivies) en parcours sur la période, et nouveaux entrants.",
    formula: 'participants suivis sur la période (dont nouveaux entrants)',
    unit: 'count',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const cohort = plieCohort(ctx);
      let entrants = 0;
      for (const id of cohort) if (ctx.hired.has(id)) entrants++;
      return total(cohort.size, `${cohort.size} participants suivis, dont ${entrants} entrés sur la période`, { entrants });
    },
  },
  {
    id: 'plie.qpv-share',
    labelFr: 'Lieu de résidence : part des participants résidant en quartier prioritaire',
    definitionFr: 'Part des participants suivis qui résident dans un quartier prioritaire de la politique de la ville (QPV).',
    formula: 'participants résidant en QPV / participants suivis',
    unit: 'ratio',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const cohort = plieCohort(ctx);
      // People rows, as the table holds them: only the QPV ones are looked up in the cohort.
      let qpv = 0;
      const people = ctx.dataset.people;
      for (let k = 0; k < people.length; k++) {
        const p = people[k]!;
        if (p.qpv && cohort.has(p.id)) qpv++;
      }
      return ratio(qpv, cohort.size, `${qpv} participants en QPV sur ${cohort.size}`);
    },
  },
  {
    id: 'plie.hours-worked',
    labelFr: 'Nombre d’heures travaillées par les participants du PLIE',
    definitionFr: 'Total des heures travaillées sur les mois de la période par les participants suivis.',
    formula: 'somme des heures mensuelles de la période',
    unit: 'hours',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const cohort = plieCohort(ctx);
      const from = ctx.period.from.slice(0, 7);
      const to = ctx.period.to.slice(0, 7);
      // One pass in table order (the same float sum). A person's rows follow each other, so the
      // cohort lookup is made once per run of rows, and the month of rows outside the cohort is
      // never read.
      let hours = 0;
      let lastPerson: string | undefined;
      let inCohort = false;
      const monthlyHours = ctx.dataset.monthlyHours;
      for (let k = 0; k < monthlyHours.length; k++) {
        const h = monthlyHours[k]!;
        if (h.personId !== lastPerson) {
          lastPerson = h.personId;
          inCohort = cohort.has(lastPerson);
        }
        if (inCohort && h.month >= from && h.month <= to) hours += h.hours;
      }
      return total(hours, `${hours} heures travaillées de ${from} à ${to}`);
    },
  },
  {
    id: 'plie.mad-contracts',
    labelFr: 'Nombre de contrats de mise à disposition (AI)',
    definitionFr: 'Nombre de contrats de mise à disposition commencés sur la période.',
    formula: 'contrats MAD commencés sur la période',
    unit: 'count',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      let n = 0;
      const contracts = ctx.dataset.contracts;
      for (let k = 0; k < contracts.length; k++) {
        const c = contracts[k]!;
        if (c.kind === 'MAD' && inPeriod(ctx, c.startDate)) n++;
      }
      return total(n, `${n} mises à disposition commencées sur la période`);
    },
  },
  {
    id: 'plie.tripartite-per-participant',
    labelFr: 'Nombre de bilans tripartites avec le référent de parcours / nombre de participants',
    definitionFr: 'Bilans tripartites de la période rapportés au nombre de participants suivis.',
    formula: 'bilans tripartites / participants suivis',
    unit: 'per_person',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const n = interviewTotals(ctx, ['tripartite']).count;
      const participants = plieCohort(ctx).size;
      return ratio(n, participants, `${n} bilans tripartites pour ${participants} participants`);
    },
  },
  {
    id: 'plie.positive-exits',
    labelFr: "Nombre de sorties positives à l'issue de l'action (définition PLIE)",
    definitionFr: "Sorties de la période vers un emploi de 6 mois et plus (CDI, CDD ou intérim de 6 mois et plus, fonction publique, création d'entreprise) ou une formation qualifiante (guide « PLIE mode d'emploi », 2010).",
    formula: 'sorties de la période dont le motif est un emploi durable ou une formation qualifiante',
    unit: 'count',
    source: `${S}; guide « PLIE mode d’emploi » (2010), sortie positive`,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const exits = exitsIn(ctx);
      let n = 0;
      for (const e of exits) if (POSITIVE.has(e.reason)) n++;
      return { ...total(n, `${n} sorties positives (PLIE) sur ${exits.length} sorties de la période`), denominator: exits.length, numerator: n };
    },
  },
  {
    id: 'plie.barriers-identified-handled',
    labelFr: "Identification voire prise en charge des freins à l'emploi",
    definitionFr: 'Freins identifiés sur la période, et part de ceux qui ont été levés.',
    formula: 'freins levés / freins identifiés sur la période',
    unit: 'ratio',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      let identified = 0;
      let lifted = 0;
      const barriers = ctx.dataset.barriers;
      for (let k = 0; k < barriers.length; k++) {
        const b = barriers[k]!;
        if (!inPeriod(ctx, b.identifiedOn)) continue;
        identified++;
        if (b.liftedOn !== undefined && b.liftedOn <= ctx.period.to) lifted++;
      }
      return ratio(lifted, identified, `${lifted} freins levés sur ${identified} identifiés`);
    },
  },
  {
    id: 'plie.actions-mobilised',
    labelFr: 'Nature des actions mobilisées',
    definitionFr: 'Actions mobilisées sur la période : formations, PMSMP, ateliers collectifs (nombre par nature).',
    formula: 'formations + PMSMP + ateliers collectifs commencés sur la période',
    unit: 'count',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const trainings = trainingsStarted(ctx).length;
      const pmsmp = pmsmpsStarted(ctx);
      const workshops = interviewTotals(ctx, ['collective']).count;
      return total(trainings + pmsmp + workshops, `${trainings} formations, ${pmsmp} PMSMP, ${workshops} participations à des ateliers`, { trainings, pmsmp, workshops });
    },
  },
  declared('plie.evolution', 'Évolution (professionnelle et personnelle) des participants au cours de la mission de travail', "Appréciation de l'évolution de chaque participant, déclarée par la structure.", 'text'),
  declared('plie.project-validated', 'Validation ou définition du projet professionnel', 'Nombre de participants dont le projet professionnel a été défini ou validé (déclaré).', 'count'),
  {
    id: 'plie.skills-formalised',
    labelFr: 'Formalisation des compétences',
    definitionFr: 'Attestations, évaluations de compétences et VAE délivrées sur la période.',
    formula: 'attestations et évaluations de compétences de la période',
    unit: 'count',
    source: S,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      let n = 0;
      const skillsAttestations = ctx.dataset.skillsAttestations;
      for (let k = 0; k < skillsAttestations.length; k++) {
        const a = skillsAttestations[k]!;
        if (inPeriod(ctx, a.date)) n++;
      }
      return total(n, `${n} attestations ou évaluations de compétences`);
    },
  },
  {
    id: 'plie.time.individual-interviews',
    labelFr: "Temps d'entretiens individuels",
    definitionFr: "Heures d'entretiens individuels de la période, d'après les émargements (heure de début et de fin).",
    formula: 'somme (fin − début) des entretiens individuels',
    unit: 'hours',
    source: T,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const h = interviewTotals(ctx, INDIVIDUAL_INTERVIEW_KINDS).hours;
      return total(h, `${h.toFixed(1)} heures d'entretiens individuels`);
    },
  },
  {
    id: 'plie.time.workshops',
    labelFr: "Temps d'atelier avec les participants",
    definitionFr: "Heures d'ateliers collectifs de la période (une séance comptée une fois, même avec plusieurs participants).",
    formula: 'somme (fin − début) des séances collectives distinctes',
    unit: 'hours',
    source: T,
    seed: '002',
    kind: 'computed',
    compute: (ctx) => {
      const { sessions, minutes } = collectiveSessions(ctx);
      const h = minutes / 60;
      return total(h, `${sessions} séances, ${h.toFixed(1)} heures`, { sessions });
    },
  },
  declared('plie.time.preparation', 'Temps de préparation des ateliers', 'Heures de préparation des ateliers (fiche temps).', 'number', T),
  declared('plie.time.admin', 'Temps affectés aux tâches administratives', 'Heures de tâches administratives (fiche temps).', 'number', T),
];
