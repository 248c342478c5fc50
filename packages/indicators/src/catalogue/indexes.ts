import type { Dataset } from '@siae/model';
import { daysInStructure, followedPeople, inPeriod, interviewColumns, minutesOfDay, type ReportContext } from '../report/context';
import { ascendingLookup } from '../report/sortedIds';
import { ASSESSMENT_KINDS } from './kinds';
import { createPairSet } from './pairSet';

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
export function plieCohort(ctx: ReportContext): ReadonlySet<string> {
  return ctx.memo('catalogue:plie-cohort', () => {
    const cohort = new Set<string>();
    const people = ctx.dataset.people;
    const followed = ascendingLookup(followedPeople(ctx).ids);
    for (let k = 0; k < people.length; k++) {
      const p = people[k]!;
      if (p.plieParticipant === true && followed(p.id) >= 0) cohort.add(p.id);
    }
    return cohort;
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
 * The distinct collective sessions of the period's interviews: the collective rows (picked out
 * when the context read the interviews), then each is added to two typed-array sets of (structure number, day and times packed in
 * one number), instead of a key string or a heap number per row.
 */
export function collectiveSessions(ctx: ReportContext): CollectiveSessions {
  return ctx.memo('catalogue:collective-sessions', () => distinctSessions(ctx, undefined));
}

/** The distinct collective sessions of the period where at least one PLIE participant ({@link plieCohort}) took part. */
export function plieCollectiveSessions(ctx: ReportContext): CollectiveSessions {
  return ctx.memo('catalogue:plie-collective-sessions', () => distinctSessions(ctx, plieCohort(ctx)));
}

function distinctSessions(ctx: ReportContext, people: ReadonlySet<string> | undefined): CollectiveSessions {
  const interviews = ctx.dataset.interviews;
  // The collective rows of the period, picked out when the context read the interviews.
  let rows = interviewColumns(ctx).collective;
  let count = rows.length;
  if (people !== undefined) {
    // A person's rows follow each other: the lookup is made once per run of rows.
    const kept = new Int32Array(count);
    let n = 0;
    let lastPerson: string | undefined;
    let keep = false;
    for (let r = 0; r < count; r++) {
      const personId = interviews[rows[r]!]!.personId;
      if (personId !== lastPerson) {
        lastPerson = personId;
        keep = people.has(personId);
      }
      if (keep) kept[n++] = rows[r]!;
    }
    rows = kept;
    count = n;
  }
  const structureNumber = new Map<string, number>();
  const timed = createPairSet(count);
  const started = createPairSet(count);
  let minutes = 0;
  // (the structure of the previous row is reused without a lookup)
  let lastStructure: string | undefined;
  let s = -1;
  for (let r = 0; r < count; r++) {
    const i = interviews[rows[r]!]!;
    if (i.structureId !== lastStructure) {
      lastStructure = i.structureId;
      let number = structureNumber.get(lastStructure);
      if (number === undefined) {
        number = structureNumber.size;
        structureNumber.set(lastStructure, number);
      }
      s = number;
    }
    const day = dayKey(i.date);
    const start = minutesOfDay(i.startTime);
    const end = minutesOfDay(i.endTime);
    if (timed.add(s, (day * MINUTES_PER_DAY + start) * MINUTES_PER_DAY + end)) minutes += end - start;
    started.add(s, day * MINUTES_PER_DAY + start);
  }
  return { sessions: timed.size, minutes, workshops: started.size };
}

const MINUTES_PER_DAY = 1440;

/** `YYYY-MM-DD` as the number YYYYMMDD (one to one on ISO dates, below 2^27). */
function dayKey(d: string): number {
  let n = 0;
  for (let k = 0; k < 10; k++) if (k !== 4 && k !== 7) n = n * 10 + d.charCodeAt(k) - 48;
  return n;
}

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
    const people = new Set<string>();
    const skillsAttestations = ctx.dataset.skillsAttestations;
    const followed = ascendingLookup(followedPeople(ctx).ids);
    for (let k = 0; k < skillsAttestations.length; k++) {
      const a = skillsAttestations[k]!;
      if (ASSESSMENT_KINDS.includes(a.kind) && a.date <= ctx.period.to && followed(a.personId) >= 0) people.add(a.personId);
    }
    return people.size;
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
