import { contractPairs, followedPeople, inPeriod, type ReportContext } from '../report/context';
import { ascendingLookup } from '../report/sortedIds';
import { interviewTotals, ratio, total } from './computations';
import { trainingsStarted } from './indexes';
import type { IndicatorDefinition } from './types';

const S = 'Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc) §Indicateurs complémentaires (comptes rendus, pistes d’indicateurs)';

/**
 * The (person, structure) pairs positioned by a prescriber in the period, and how many of them were
 * hired: a prescription of the pair ended "hired" (at any date), or a contract in the structure
 * starts on or after the pair's prescription date (its last one in the period, in table order).
 * The pairs sit in flat arrays chained per person (a person is rarely positioned in more than one
 * structure): one entry per person, no object or key string per row. A person's rows usually
 * follow each other, so the person's chain is looked up once per run of rows. The contracts are
 * read from the report's index of their pairs (latest start per pair).
 */
function positionedThenHired(ctx: ReportContext): { hired: number; total: number } {
  const next: number[] = [];
  const personOf: string[] = [];
  const structureOf: string[] = [];
  const dateOf: string[] = [];
  const hiredOutcome: boolean[] = [];
  // The head of each person's chain. People met in ascending order of their ids (prescriptions
  // sorted by person) are listed in that order: a person after the last one listed has no chain
  // yet (no lookup), and the second pass finds the heads among the sorted ids. A person met out of
  // that order turns the list into a map, read as before.
  const people: string[] = [];
  const heads: number[] = [];
  let headOf: Map<string, number> | null = null;
  const firstPassHead = (personId: string): number => {
    if (headOf === null) {
      const n = people.length;
      if (n === 0 || people[n - 1]! < personId) return -1;
      if (people[n - 1] === personId) return heads[n - 1]!;
      headOf = new Map();
      for (let k = 0; k < n; k++) headOf.set(people[k]!, heads[k]!);
    }
    return headOf.get(personId) ?? -1;
  };
  const setHead = (personId: string, h: number): void => {
    if (headOf !== null) headOf.set(personId, h);
    else if (people.length > 0 && people[people.length - 1] === personId) heads[heads.length - 1] = h;
    else {
      people.push(personId);
      heads.push(h);
    }
  };
  let headIn = firstPassHead;
  let person: string | undefined;
  let head = -1;
  const find = (personId: string, structureId: string): number => {
    if (personId !== person) {
      person = personId;
      head = headIn(personId);
    }
    for (let k = head; k !== -1; k = next[k]!) if (structureOf[k] === structureId) return k;
    return -1;
  };
  const { prescriptions } = ctx.dataset;
  for (let k = 0; k < prescriptions.length; k++) {
    const p = prescriptions[k]!;
    if (!inPeriod(ctx, p.date) || p.prescriberKind === 'SPONTANEOUS') continue;
    const pair = find(p.personId, p.structureId);
    if (pair !== -1) {
      dateOf[pair] = p.date;
      continue;
    }
    // find() has just set `head` to this person's chain: the new pair goes in front of it.
    next.push(head);
    head = structureOf.length;
    setHead(p.personId, head);
    personOf.push(p.personId);
    structureOf.push(p.structureId);
    dateOf.push(p.date);
    hiredOutcome.push(false);
  }
  const map = headOf as Map<string, number> | null;
  if (map !== null) headIn = (personId) => map.get(personId) ?? -1;
  else {
    const position = ascendingLookup(people);
    headIn = (personId) => {
      const k = position(personId);
      return k < 0 ? -1 : heads[k]!;
    };
  }
  person = undefined;
  for (let k = 0; k < prescriptions.length; k++) {
    const p = prescriptions[k]!;
    if (p.outcome !== 'hired') continue;
    const pair = find(p.personId, p.structureId);
    if (pair !== -1) hiredOutcome[pair] = true;
  }
  // The latest contract start of each positioned pair, from the report's index of the contract
  // pairs (the contracts are not read again).
  const { pairs, lastStartRow } = contractPairs(ctx);
  const contracts = ctx.dataset.contracts;
  let hired = 0;
  for (let k = 0; k < structureOf.length; k++) {
    if (hiredOutcome[k]) hired++;
    else {
      const c = pairs.find(personOf[k]!, structureOf[k]!);
      if (c !== -1 && contracts[lastStartRow[c]!]!.startDate >= dateOf[k]!) hired++;
    }
  }
  return { hired, total: structureOf.length };
}

/** The complementary indicators of seed 001. */
export const seed001Indicators: readonly IndicatorDefinition[] = [
  {
    id: 'prescription-to-hire-ratio',
    labelFr: 'Ratio personnes mises à l’emploi / personnes positionnées par des prescripteurs',
    definitionFr:
      "Parmi les personnes positionnées par un prescripteur sur la période, la part de celles qui ont réellement été embauchées dans la structure (de 0 à 1). Le rapport inverse, personnes positionnées par embauche, est dans le détail (positionedPerHire).",
    formula: 'personnes positionnées puis embauchées / personnes positionnées',
    unit: 'ratio',
    source: `${S}: « Ratio entre les personnes accueillies positionnées par des prescripteurs et les personnes réellement mises à l'emploi »`,
    seed: '001',
    kind: 'computed',
    assumptionFr:
      'La synthèse nomme le ratio entre les deux nombres sans en donner le sens : nous donnons la part des personnes positionnées qui sont embauchées (embauchées / positionnées) et son inverse en détail.',
    compute: (ctx) => {
      const { hired, total } = positionedThenHired(ctx);
      return ratio(hired, total, `${hired} personnes embauchées sur ${total} positionnées par un prescripteur`, { positionedPerHire: hired === 0 ? null : total / hired });
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
      return { ...ratio(hours, followedPeople(ctx).size, `${hours.toFixed(1)} heures d'entretien pour ${followedPeople(ctx).size} personnes suivies`), detail: { totalHours: hours, hoursWithReferent: withReferent } };
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
      const list = trainingsStarted(ctx);
      let preparation = 0;
      for (const t of list) if (t.preparation) preparation++;
      return total(list.length, `${list.length} actions, dont ${preparation} de préparation`, { entries: list.length - preparation, preparation });
    },
  },
];
