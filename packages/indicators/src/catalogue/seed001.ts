import { inPeriod } from '../report/context';
import { interviewTotals, ratio, total } from './computations';
import type { IndicatorDefinition } from './types';

const S = 'seed 001 (001_88fcabe723e122f3.txt) §Indicateurs complémentaires (comptes rendus, pistes d’indicateurs)';

/** The complementary indicators of seed 001. */
export const seed001Indicators: readonly IndicatorDefinition[] = [
  {
    id: 'prescription-to-hire-ratio',
    labelFr: 'Ratio personnes positionnées par des prescripteurs / personnes mises à l’emploi',
    definitionFr: "Parmi les personnes positionnées par un prescripteur sur la période, la part de celles qui ont réellement été embauchées dans la structure.",
    formula: 'personnes positionnées puis embauchées / personnes positionnées',
    unit: 'ratio',
    source: S,
    seed: '001',
    kind: 'computed',
    compute: (ctx) => {
      // Per person, per structure: the prescription date, a "hired" outcome, the last contract start.
      const positioned = new Map<string, Map<string, string>>();
      const hiredOutcome = new Map<string, Set<string>>();
      for (const p of ctx.dataset.prescriptions) {
        if (p.outcome === 'hired') {
          const s = hiredOutcome.get(p.personId) ?? new Set<string>();
          s.add(p.structureId);
          hiredOutcome.set(p.personId, s);
        }
        if (!inPeriod(ctx, p.date) || p.prescriberKind === 'SPONTANEOUS') continue;
        const m = positioned.get(p.personId) ?? new Map<string, string>();
        m.set(p.structureId, p.date);
        positioned.set(p.personId, m);
      }
      const lastStart = new Map<string, Map<string, string>>();
      for (const c of ctx.dataset.contracts) {
        if (!positioned.has(c.personId)) continue;
        const m = lastStart.get(c.personId) ?? new Map<string, string>();
        if ((m.get(c.structureId) ?? '') < c.startDate) m.set(c.structureId, c.startDate);
        lastStart.set(c.personId, m);
      }
      let hired = 0;
      let total = 0;
      for (const [personId, byStructure] of positioned) {
        for (const [structureId, date] of byStructure) {
          total++;
          if (hiredOutcome.get(personId)?.has(structureId) || (lastStart.get(personId)?.get(structureId) ?? '') >= date) hired++;
        }
      }
      return ratio(hired, total, `${hired} personnes embauchées sur ${total} positionnées par un prescripteur`);
    },
  },
  {
    id: 'follow-up-time',
    labelFr: 'Temps de suivi social et professionnel, y compris avec les référents extérieurs',
    definitionFr: "Heures d'entretiens et de bilans (d'après les feuilles d'émargement) par personne suivie sur la période, dont le temps passé avec un référent extérieur (PLIE, RSA...).",
    formula: "somme des durées d'entretien / personnes suivies",
    unit: 'hours',
    source: S,
    seed: '001',
    kind: 'computed',
    compute: (ctx) => {
      const { hours, hoursWithReferent: withReferent } = interviewTotals(ctx);
      return { ...ratio(hours, ctx.followed.size, `${hours.toFixed(1)} heures d'entretien pour ${ctx.followed.size} personnes suivies`), detail: { totalHours: hours, hoursWithReferent: withReferent } };
    },
  },
  {
    id: 'training-actions',
    labelFr: "Actions de formation, y compris le travail d'accompagnement à l'entrée en formation",
    definitionFr: "Nombre d'actions de formation commencées sur la période, en comptant le travail de préparation à l'entrée en formation et pas seulement les entrées effectives.",
    formula: 'actions de formation (préparation comprise) commencées sur la période',
    unit: 'count',
    source: S,
    seed: '001',
    kind: 'computed',
    compute: (ctx) => {
      const list = ctx.dataset.trainings.filter((t) => inPeriod(ctx, t.startDate));
      const preparation = list.filter((t) => t.preparation).length;
      return total(list.length, `${list.length} actions, dont ${preparation} de préparation`, { entries: list.length - preparation, preparation });
    },
  },
];
