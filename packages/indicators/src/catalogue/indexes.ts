import type { Dataset } from '@siae/model';
import { daysInStructure, followedPeople, inPeriod, interviewColumns, type ReportContext } from '../report/context';
import { ASSESSMENT_KINDS } from './kinds';
import { createPairSet } from './pairSet';
import { ascendingLookup, distinctCount, type IdSet, idSet } from '../report/sortedIds';

// Values several indicators of the catalogue read, each built once per report with `ctx.memo` in a
// single pass over its table: no per-row object, no string key built per row. The big tables are
// read with indexed loops: each compute runs once per report, and over millions of rows a for-of
// ran two to three times slower than an indexed loop in that first, only run (measured on Node 20).

/**
 * The PLIE participants followed over the period: the followed people marked `plieParticipant`
 * (Référentiel technique PLIE, docs/sources.md#plie, §3.1: « pour être pris en compte au moment
 * du bilan, les participants doivent être des participants du PLIE »). Empty when nobody is
 * marked: the PLIE indicators are then null with that reason, never a figure over everyone.
 */
export function plieCohort(ctx: ReportContext): IdSet {
  return ctx.memo('catalogue:plie-cohort', () => {
    // In the order of the people table: rows of tables sorted by person are then tested against
    // the cohort in a few comparisons (see IdSet).
    const cohort: string[] = [];
    const people = ctx.dataset.people;
    const followed = followedPeople(ctx).lookup();
    for (let k = 0; k < people.length; k++) {
      const p = people[k]!;
      if (p.plieParticipant === true && followed(p.id)) cohort.push(p.id);
    }
    return idSet(cohort);
  });
}

/** The collective sessions of the period, told apart from the participations of their rows. */
export interface CollectiveSessions {
  /** Distinct sessions by structure, day, start and end time. */
  sessions: number;
  /** Minutes of those distinct sessions (each counted once). */
  minutes: number;
  /** Distinct workshops by structure, day and start time. */
  workshops: number;
}

/**
 * The distinct collective sessions of the period's interviews: the collective rows (their
 * structure, day and times read when the context read the interviews), each added to two
 * typed-array sets of (structure number, day and times packed in one number), instead of a key
 * string or a heap number per row.
 */
export function collectiveSessions(ctx: ReportContext): CollectiveSessions {
  return ctx.memo('catalogue:collective-sessions', () => distinctSessions(ctx, undefined));
}

/** The distinct collective sessions of the period where at least one PLIE participant ({@link plieCohort}) took part. */
export function plieCollectiveSessions(ctx: ReportContext): CollectiveSessions {
  return ctx.memo('catalogue:plie-collective-sessions', () => distinctSessions(ctx, plieCohort(ctx)));
}

function distinctSessions(ctx: ReportContext, people: IdSet | undefined): CollectiveSessions {
  // The collective rows of the period, read when the context read the interviews: the rows
  // themselves are not read again.
  const columns = interviewColumns(ctx);
  const { structure, day, start, end, run } = columns.collectiveSessions;
  const person = columns.runPerson;
  const count = structure.length;
  let kept: Int32Array | undefined;
  let n = count;
  if (people !== undefined) {
    // A person's rows follow each other: the lookup is made once per run of rows.
    kept = new Int32Array(count);
    n = 0;
    const inPeople = people.lookup();
    let lastPerson: string | undefined;
    let keep = false;
    for (let r = 0; r < count; r++) {
      const personId = person[run[r]!]!;
      if (personId !== lastPerson) {
        lastPerson = personId;
        keep = inPeople(personId);
      }
      if (keep) kept[n++] = r;
    }
  }
  const timed = createPairSet(n);
  const started = createPairSet(n);
  let minutes = 0;
  for (let j = 0; j < n; j++) {
    const r = kept === undefined ? j : kept[j]!;
    const s = structure[r]!;
    const d = day[r]!;
    const from = start[r]!;
    const to = end[r]!;
    if (timed.add(s, (d * MINUTES_PER_DAY + from) * MINUTES_PER_DAY + to)) minutes += to - from;
    started.add(s, d * MINUTES_PER_DAY + from);
  }
  return { sessions: timed.size, minutes, workshops: started.size };
}

const MINUTES_PER_DAY = 1440;

/** The training actions that start in the period, in the dataset's order. */
export function trainingsStarted(ctx: ReportContext): Dataset['trainings'] {
  return ctx.memo('catalogue:trainings-started', () => ctx.dataset.trainings.filter((t) => inPeriod(ctx, t.startDate)));
}

/** The number of PMSMP that start in the period. */
export function pmsmpsStarted(ctx: ReportContext): number {
  return ctx.memo('catalogue:pmsmps-started', () => {
    let n = 0;
    const pmsmps = ctx.dataset.pmsmps;
    for (let k = 0; k < pmsmps.length; k++) {
      const p = pmsmps[k]!;
      if (inPeriod(ctx, p.startDate)) n++;
    }
    return n;
  });
}

/** The exit records of the period and their total days in the structure (hiring and exit days included). */
export function exitRecordsInPeriod(ctx: ReportContext): { count: number; days: number } {
  return ctx.memo('catalogue:exit-records-in-period', () => {
    let count = 0;
    let days = 0;
    for (const r of ctx.exitRecords) {
      if (!inPeriod(ctx, r.exitedOn)) continue;
      count++;
      days += daysInStructure(ctx, r);
    }
    return { count, days };
  });
}

/** The followed people with a skills assessment dated up to the end of the period. */
export function peopleAssessed(ctx: ReportContext): number {
  return ctx.memo('catalogue:people-assessed', () => {
    const people: string[] = [];
    const skillsAttestations = ctx.dataset.skillsAttestations;
    const followed = followedPeople(ctx).lookup();
    for (let k = 0; k < skillsAttestations.length; k++) {
      const a = skillsAttestations[k]!;
      if (ASSESSMENT_KINDS.includes(a.kind) && a.date <= ctx.period.to && followed(a.personId)) people.push(a.personId);
    }
    return distinctCount(people);
  });
}

/** The people who exit in the period, numbered once for the indicators that look back from the exits. */
export interface Leavers {
  /** Number of people who exit in the period (their numbers are `0 .. count - 1`). */
  count: number;
  /** The person number of each exit of the period, in the order of `ctx.exitsInPeriod`. */
  exitPerson: Int32Array;
  /** A lookup of the number of a person id (-1: not a leaver), for one pass over a table. */
  lookup: () => (personId: string) => number;
}

/**
 * The people who exit in the period, numbered in one pass over the period's exits. Exits sorted by
 * person (each person's exits in one run, runs in ascending order of the ids) number the people by
 * their runs, and rows are looked up among the sorted ids without hashing; otherwise a map numbers
 * them in the order they first appear.
 */
export function leavers(ctx: ReportContext): Leavers {
  return ctx.memo('catalogue:leavers', () => {
    const exits = ctx.exitsInPeriod;
    const exitPerson = new Int32Array(exits.length);
    const ids: string[] = [];
    let last: string | null = null;
    let ascending = true;
    for (let k = 0; k < exits.length && ascending; k++) {
      const id = exits[k]!.personId;
      if (id !== last) {
        if (last !== null && !(last < id)) ascending = false;
        ids.push(id);
        last = id;
      }
      exitPerson[k] = ids.length - 1;
    }
    if (ascending) return { count: ids.length, exitPerson, lookup: () => ascendingLookup(ids) };
    const numberOf = new Map<string, number>();
    for (let k = 0; k < exits.length; k++) {
      const id = exits[k]!.personId;
      let n = numberOf.get(id);
      if (n === undefined) {
        n = numberOf.size;
        numberOf.set(id, n);
      }
      exitPerson[k] = n;
    }
    return { count: numberOf.size, exitPerson, lookup: () => (id) => numberOf.get(id) ?? -1 };
  });
}

/** Above every ISO date: no row for that person. */
export const NO_DATE = '\uffff';

/**
 * For each person who exits in the period (by leaver number), the earliest date of their rows that
 * `keep` selects, or {@link NO_DATE}: one pass over the rows, a lookup for the kept ones only.
 * `only`, when given, lists the positions of the rows to read (ascending): the others are not read.
 */
export function earliestOfLeavers<T extends { personId: string; date: string }>(ctx: ReportContext, rows: readonly T[], keep: (row: T) => boolean, only?: Int32Array): string[] {
  const people = leavers(ctx);
  const numberOf = people.lookup();
  const earliest: string[] = new Array(people.count).fill(NO_DATE);
  const count = only ? only.length : rows.length;
  for (let j = 0; j < count; j++) {
    const r = rows[only ? only[j]! : j]!;
    if (!keep(r)) continue;
    const n = numberOf(r.personId);
    if (n >= 0 && r.date < earliest[n]!) earliest[n] = r.date;
  }
  return earliest;
}
