import { inPeriod, interviewColumns, madContracts, monthlyHoursRuns, type ReportContext } from '../report/context';
import { exitsIn, INDIVIDUAL_INTERVIEW_KINDS, PLIE_POSITIVE_REASONS, ratio, total } from './computations';
import { plieCohort, plieCollectiveSessions } from './indexes';
import type { IndicatorDefinition, IndicatorValue } from './types';
import type { IdSet } from '../report/sortedIds';

const S = 'Référentiel technique PLIE (docs/sources.md#plie) §3.5 Indicateurs';
const T = 'Référentiel technique PLIE (docs/sources.md#plie) §3.4 Modalités de suivi';

const POSITIVE = new Set<string>(PLIE_POSITIVE_REASONS);

/** §3.1 of the PLIE référentiel: only PLIE participants count in its bilan. */
const ONLY_PLIE = 'Référentiel technique PLIE (docs/sources.md#plie) §3.1 Publics cibles';

/**
 * The value of a PLIE indicator when nobody is marked as a PLIE participant: null with the reason
 * (§3.1: « pour être pris en compte au moment du bilan, les participants doivent être des
 * participants du PLIE »), never a figure over every followed person.
 */
export function noPlieParticipant(): IndicatorValue {
  return {
    value: null,
    nullReason: 'no_plie_participant',
    explanationFr:
      "Aucune personne suivie sur la période n'est marquée participante du PLIE (champ plieParticipant) : seuls les participants du PLIE sont pris en compte au moment du bilan (référentiel technique PLIE, §3.1).",
  };
}

/** A PLIE computation over the PLIE cohort, or null with the reason when the cohort is empty. */
function overPlieCohort(compute: (ctx: ReportContext, cohort: IdSet) => IndicatorValue): (ctx: ReportContext) => IndicatorValue {
  return (ctx) => {
    const cohort = plieCohort(ctx);
    return cohort.size === 0 ? noPlieParticipant() : compute(ctx, cohort);
  };
}

/**
 * Count and minutes of the period's interviews held with PLIE participants, per kind: one pass over
 * the interviews for every indicator that reads them (memoised in the report).
 */
function pliePerKind(ctx: ReportContext, cohort: IdSet): Map<string, { count: number; minutes: number }> {
  return ctx.memo('catalogue:plie-interviews-per-kind', () => {
    // From the interview columns, a run of rows of one person at a time: one cohort lookup per run,
    // and the rows themselves are not read again.
    const { kinds, kind, minutes, runStart, runPerson } = interviewColumns(ctx);
    const count = new Int32Array(kinds.length);
    const total = new Float64Array(kinds.length);
    const inCohort = cohort.lookup();
    for (let r = 0; r < runPerson.length; r++) {
      if (!inCohort(runPerson[r]!)) continue;
      for (let k = runStart[r]!; k < runStart[r + 1]!; k++) {
        const n = kind[k]!;
        count[n] = count[n]! + 1;
        total[n] = total[n]! + minutes[k]!;
      }
    }
    const perKind = new Map<string, { count: number; minutes: number }>();
    for (let n = 0; n < kinds.length; n++) if (count[n]! > 0) perKind.set(kinds[n]!, { count: count[n]!, minutes: total[n]! });
    return perKind;
  });
}

/** Count and hours of the period's interviews of some kinds held with PLIE participants. */
function plieInterviews(ctx: ReportContext, cohort: IdSet, kinds: readonly string[]): { count: number; hours: number } {
  let count = 0;
  // Whole minutes: their sum does not depend on the order of the additions.
  let minutes = 0;
  for (const [kind, s] of pliePerKind(ctx, cohort)) {
    if (!kinds.includes(kind)) continue;
    count += s.count;
    minutes += s.minutes;
  }
  return { count, hours: minutes / 60 };
}

/** Rows of a table that belong to PLIE participants and whose date is in the period. */
function countInPeriod<T extends { personId: string }>(ctx: ReportContext, cohort: IdSet, rows: readonly T[], dateOf: (row: T) => string): number {
  let n = 0;
  const inCohort = cohort.lookup();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    // The date first: most rows of a large file are out of the period, and it is the cheaper test.
    if (inPeriod(ctx, dateOf(r)) && inCohort(r.personId)) n++;
  }
  return n;
}

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
    definitionFr:
      "Nombre de participants du PLIE (personnes marquées participantes du PLIE) en parcours sur la période, et nouveaux entrants. Sans aucun participant marqué, l'indicateur est vide : seuls les participants du PLIE comptent au bilan.",
    formula: 'participants du PLIE suivis sur la période (dont nouveaux entrants)',
    unit: 'count',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      let entrants = 0;
      const ids = cohort.ids;
      for (let k = 0; k < ids.length; k++) if (ctx.hired.has(ids[k]!)) entrants++;
      return total(cohort.size, `${cohort.size} participants du PLIE suivis, dont ${entrants} entrés sur la période`, { entrants });
    }),
  },
  {
    id: 'plie.qpv-share',
    labelFr: 'Lieu de résidence : part des participants résidant en quartier prioritaire',
    definitionFr: 'Part des participants du PLIE suivis qui résident dans un quartier prioritaire de la politique de la ville (QPV).',
    formula: 'participants du PLIE résidant en QPV / participants du PLIE suivis',
    unit: 'ratio',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      // People rows, as the table holds them: only the QPV ones are looked up in the cohort.
      let qpv = 0;
      const people = ctx.dataset.people;
      const inCohort = cohort.lookup();
      for (let k = 0; k < people.length; k++) {
        const p = people[k]!;
        if (p.qpv && inCohort(p.id)) qpv++;
      }
      return ratio(qpv, cohort.size, `${qpv} participants du PLIE en QPV sur ${cohort.size}`);
    }),
  },
  {
    id: 'plie.hours-worked',
    labelFr: 'Nombre d’heures travaillées par les participants du PLIE',
    definitionFr: 'Total des heures travaillées sur les mois de la période par les participants du PLIE suivis.',
    formula: 'somme des heures mensuelles de la période des participants du PLIE',
    unit: 'hours',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      const from = ctx.period.from.slice(0, 7);
      const to = ctx.period.to.slice(0, 7);
      // In table order (the same float sum), a run of rows of one person at a time (noted when the
      // context read the hours): one cohort lookup per run, and the rows of people outside the
      // cohort are not read.
      let hours = 0;
      const monthlyHours = ctx.dataset.monthlyHours;
      const runs = monthlyHoursRuns(ctx);
      const inCohort = cohort.lookup();
      for (let r = 0; r < runs.person.length; r++) {
        if (!inCohort(runs.person[r]!)) continue;
        for (let k = runs.start[r]!; k < runs.start[r + 1]!; k++) {
          const h = monthlyHours[k]!;
          if (h.month >= from && h.month <= to) hours += h.hours;
        }
      }
      return total(hours, `${hours} heures travaillées par les participants du PLIE de ${from} à ${to}`);
    }),
  },
  {
    id: 'plie.mad-contracts',
    labelFr: 'Nombre de contrats de mise à disposition (AI)',
    definitionFr: 'Nombre de contrats de mise à disposition des participants du PLIE commencés sur la période.',
    formula: 'contrats MAD des participants du PLIE commencés sur la période',
    unit: 'count',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      // The MAD contracts, picked out when the context read the contracts.
      const contracts = ctx.dataset.contracts;
      const mad = madContracts(ctx);
      let n = 0;
      const inCohort = cohort.lookup();
      for (let j = 0; j < mad.length; j++) {
        const c = contracts[mad[j]!]!;
        if (inPeriod(ctx, c.startDate) && inCohort(c.personId)) n++;
      }
      return total(n, `${n} mises à disposition de participants du PLIE commencées sur la période`);
    }),
  },
  {
    id: 'plie.tripartite-per-participant',
    labelFr: 'Nombre de bilans tripartites avec le référent de parcours / nombre de participants',
    definitionFr: 'Bilans tripartites de la période avec des participants du PLIE, rapportés au nombre de participants du PLIE suivis.',
    formula: 'bilans tripartites des participants du PLIE / participants du PLIE suivis',
    unit: 'per_person',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      const n = plieInterviews(ctx, cohort, ['tripartite']).count;
      return ratio(n, cohort.size, `${n} bilans tripartites pour ${cohort.size} participants du PLIE`);
    }),
  },
  {
    id: 'plie.positive-exits',
    labelFr: "Nombre de sorties positives à l'issue de l'action (définition PLIE)",
    definitionFr:
      "Sorties de la période des participants du PLIE vers un emploi de 6 mois et plus (CDI, CDD ou intérim de 6 mois et plus, fonction publique, création d'entreprise) ou une formation qualifiante (guide « PLIE mode d'emploi », 2010).",
    formula: 'sorties de la période des participants du PLIE dont le motif est un emploi durable ou une formation qualifiante',
    unit: 'count',
    source: `${S}; ${ONLY_PLIE}; guide « PLIE mode d’emploi » (docs/sources.md#guide-plie-2010), sortie positive`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      let exits = 0;
      let n = 0;
      const inCohort = cohort.lookup();
      for (const e of exitsIn(ctx)) {
        if (!inCohort(e.personId)) continue;
        exits++;
        if (POSITIVE.has(e.reason)) n++;
      }
      return { ...total(n, `${n} sorties positives (PLIE) sur ${exits} sorties de participants du PLIE sur la période`), denominator: exits, numerator: n };
    }),
  },
  {
    id: 'plie.barriers-identified-handled',
    labelFr: "Identification voire prise en charge des freins à l'emploi",
    definitionFr: 'Freins des participants du PLIE identifiés sur la période, et part de ceux qui ont été levés.',
    formula: 'freins levés / freins identifiés sur la période (participants du PLIE)',
    unit: 'ratio',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      let identified = 0;
      let lifted = 0;
      const barriers = ctx.dataset.barriers;
      const inCohort = cohort.lookup();
      for (let k = 0; k < barriers.length; k++) {
        const b = barriers[k]!;
        // The date first: the cheaper test.
        if (!inPeriod(ctx, b.identifiedOn) || !inCohort(b.personId)) continue;
        identified++;
        if (b.liftedOn !== undefined && b.liftedOn <= ctx.period.to) lifted++;
      }
      return ratio(lifted, identified, `${lifted} freins levés sur ${identified} identifiés`);
    }),
  },
  {
    id: 'plie.actions-mobilised',
    labelFr: 'Nature des actions mobilisées',
    definitionFr: 'Actions mobilisées sur la période pour les participants du PLIE : formations, PMSMP, ateliers collectifs (nombre par nature).',
    formula: 'formations + PMSMP + participations à des ateliers collectifs des participants du PLIE sur la période',
    unit: 'count',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      const trainings = countInPeriod(ctx, cohort, ctx.dataset.trainings, (t) => t.startDate);
      const pmsmp = countInPeriod(ctx, cohort, ctx.dataset.pmsmps, (p) => p.startDate);
      const workshops = plieInterviews(ctx, cohort, ['collective']).count;
      return total(trainings + pmsmp + workshops, `${trainings} formations, ${pmsmp} PMSMP, ${workshops} participations à des ateliers`, { trainings, pmsmp, workshops });
    }),
  },
  declared('plie.evolution', 'Évolution (professionnelle et personnelle) des participants au cours de la mission de travail', "Appréciation de l'évolution de chaque participant, déclarée par la structure.", 'text'),
  declared('plie.project-validated', 'Validation ou définition du projet professionnel', 'Nombre de participants dont le projet professionnel a été défini ou validé (déclaré).', 'count'),
  {
    id: 'plie.skills-formalised',
    labelFr: 'Formalisation des compétences',
    definitionFr: 'Attestations, évaluations de compétences et VAE délivrées sur la période aux participants du PLIE.',
    formula: 'attestations et évaluations de compétences de la période (participants du PLIE)',
    unit: 'count',
    source: `${S}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      const n = countInPeriod(ctx, cohort, ctx.dataset.skillsAttestations, (a) => a.date);
      return total(n, `${n} attestations ou évaluations de compétences`);
    }),
  },
  {
    id: 'plie.time.individual-interviews',
    labelFr: "Temps d'entretiens individuels",
    definitionFr: "Heures d'entretiens individuels de la période avec les participants du PLIE, d'après les émargements (heure de début et de fin).",
    formula: 'somme (fin − début) des entretiens individuels des participants du PLIE',
    unit: 'hours',
    source: `${T}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx, cohort) => {
      const h = plieInterviews(ctx, cohort, INDIVIDUAL_INTERVIEW_KINDS).hours;
      return total(h, `${h.toFixed(1)} heures d'entretiens individuels`);
    }),
  },
  {
    id: 'plie.time.workshops',
    labelFr: "Temps d'atelier avec les participants",
    definitionFr: "Heures d'ateliers collectifs de la période où au moins un participant du PLIE était présent (une séance comptée une fois, même avec plusieurs participants).",
    formula: 'somme (fin − début) des séances collectives distinctes avec un participant du PLIE',
    unit: 'hours',
    source: `${T}; ${ONLY_PLIE}`,
    seed: '002',
    kind: 'computed',
    compute: overPlieCohort((ctx) => {
      const { sessions, minutes } = plieCollectiveSessions(ctx);
      const h = minutes / 60;
      return total(h, `${sessions} séances, ${h.toFixed(1)} heures`, { sessions });
    }),
  },
  declared('plie.time.preparation', 'Temps de préparation des ateliers', 'Heures de préparation des ateliers (fiche temps).', 'number', T),
  declared('plie.time.admin', 'Temps affectés aux tâches administratives', 'Heures de tâches administratives (fiche temps).', 'number', T),
];
