import { daysBetween, type Dataset, type ValidationIssue } from '@siae/model';
import type { ExitRecord } from '../exits/exitRecord';
import { type Classified, classifyPrepared, type PreparedCohort, type RateOptions } from '../rates/classify';
import { outsidePeriod } from '../rates/recordKeys';
import { supersededByPair } from '../rates/superseded';
import { createPairIndex, type PairIndex } from './pairIndex';
import { int32List } from './int32List';
import { ascendingLookup, type IdSet, idSet, isAscending, mergeAscending } from './sortedIds';
import { unratedExitIssue } from './unratedExits';

/** Everything the dataset indicators read, indexed once per report. */
export interface ReportContext {
  dataset: Dataset;
  period: { from: string; to: string };
  /** Exit records derived from the dataset (all dates; the rates filter on the period). */
  exitRecords: ExitRecord[];
  /** The exit records prepared once for the period (in the period, latest exit per person and structure). */
  cohort: PreparedCohort;
  /** Exit rows that could not become exit records, with why. */
  exitIssues: ValidationIssue[];
  /** People with a contract overlapping the period ("suivis"). */
  followed: Set<string>;
  /** People whose first contract in a structure starts in the period. */
  hired: Set<string>;
  /** Interviews dated in the period (filtered once, on first use). */
  interviewsInPeriod: Dataset['interviews'];
  /** Interviews of the period summed per kind, once: count, minutes, with a written report, minutes with an outside referent. */
  interviewStats: Map<string, InterviewStats>;
  /** Exit rows dated in the period. */
  exitsInPeriod: Dataset['exits'];
  /** Day number of an ISO date (date-fns, memoised for this report only). */
  dayNumber: (date: string) => number;
  /** The classification of the period's exits for some rate options, computed once per options in this report. */
  classified: (options: RateOptions) => Classified;
  /**
   * A value computed once per report and shared by the indicators that read it (an index of a
   * table, a cohort): `ctx.memo('plie-cohort', () => ...)`. Nothing outlives the report.
   */
  memo: <T>(key: string, compute: () => T) => T;
}

/**
 * A one-entry memory of the last (person, structure) pair looked up in a pair index: called with a
 * pair, it gives the number remembered for it when it is the previous row's pair (else
 * `undefined`); `remember` notes the number found for the pair last asked about and returns it.
 */
function sameAsPrevious(): ((first: string, second: string | undefined) => number | undefined) & { remember: (n: number) => number } {
  let lastFirst: string | null = null;
  let lastSecond: string | undefined;
  let lastNumber = -1;
  let askedFirst: string | null = null;
  let askedSecond: string | undefined;
  const same = (first: string, second: string | undefined): number | undefined => {
    if (first === lastFirst && second === lastSecond) return lastNumber;
    askedFirst = first;
    askedSecond = second;
    return undefined;
  };
  return Object.assign(same, {
    remember: (n: number) => {
      lastFirst = askedFirst;
      lastSecond = askedSecond;
      lastNumber = n;
      return n;
    },
  });
}

/**
 * The month of an ISO date or of a `YYYY-MM` month as the number year × 12 + month: in the same
 * order as the `YYYY-MM` strings (a schema-valid date or month).
 */
function monthNumber(d: string): number {
  const year = (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + d.charCodeAt(3) - 48;
  return year * 12 + (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
}

/** Above every month number: an exit without a hiring date has no month. */
const NO_MONTH = 2 ** 31 - 1;

function overlaps(start: string, end: string | undefined | null, from: string, to: string): boolean {
  return start <= to && (end === undefined || end === null || end >= from);
}

/**
 * Derives the exit records of a dataset: for each exit, the structure's kind and département, the
 * first day in the structure (the earliest contract start after the person's previous exit from
 * it) and the hours worked from then to the exit month.
 */
export function exitRecordsFromDataset(dataset: Dataset): { records: ExitRecord[]; issues: ValidationIssue[] } {
  const { records, issues } = exitRecordsWithPairs(dataset);
  return { records, issues };
}

/**
 * {@link exitRecordsFromDataset}, with the (person, structure) pair of each record (records of the
 * same person in the same structure have the same number, `0 .. pairCount - 1`) and the runs of
 * rows of one person in the monthly hours. `visitContract`, when given, is called with each contract
 * row in table order.
 */
function exitRecordsWithPairs(dataset: Dataset, visitContract?: (c: Dataset['contracts'][number], row: number) => void): { records: ExitRecord[]; issues: ValidationIssue[]; pairs: RecordPairs; hoursRuns: PersonRuns } {
  const structures = new Map(dataset.structures.map((s) => [s.id, s]));
  const exits = dataset.exits;
  const n = exits.length;
  // Number each (person, structure) pair that has an exit, and list its exits (compressed rows:
  // the exits of pair p are order[start[p]] .. order[start[p + 1] - 1]). The contracts and the
  // monthly hours are then read once, each row looked up by its pair: no array per pair, no key
  // string per row.
  const pairs = createPairIndex(n);
  const pairOf = new Int32Array(n);
  // Rows of one person in one structure often follow each other (exports sorted by person): the
  // pair of the previous row is reused without hashing the ids again.
  const same = sameAsPrevious();
  // Exits sorted by person (each person's exits in one run, runs in ascending order of the ids):
  // a person's pairs are then numbered one after the other, and the contracts and hours find their
  // pair among the people's sorted ids (see pairFinder) instead of hashing the ids again.
  const exitPeople: string[] = [];
  const firstPair = int32List();
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const e = exits[i]!;
    pairOf[i] = same(e.personId, e.structureId) ?? same.remember(pairs.add(e.personId, e.structureId));
    if (sorted && e.personId !== exitPeople[exitPeople.length - 1]) {
      if (exitPeople.length > 0 && !(exitPeople[exitPeople.length - 1]! < e.personId)) sorted = false;
      exitPeople.push(e.personId);
      firstPair.push(pairOf[i]!);
    }
  }
  firstPair.push(pairs.size);
  const firstPairOf = firstPair.done();
  /** A lookup of the pair number of a (person, structure), -1 when no exit has it; for one pass over a table. */
  const pairFinder = (): ((person: string, structure: string) => number) => {
    if (!sorted) return (person, structure) => pairs.find(person, structure);
    const position = ascendingLookup(exitPeople);
    return (person, structure) => {
      const r = position(person);
      if (r < 0) return -1;
      for (let p = firstPairOf[r]!; p < firstPairOf[r + 1]!; p++) if (pairs.second(p) === structure) return p;
      return -1;
    };
  };
  const start = new Int32Array(pairs.size + 1);
  for (let i = 0; i < n; i++) {
    const next = pairOf[i]! + 1;
    start[next] = start[next]! + 1;
  }
  for (let p = 0; p < pairs.size; p++) start[p + 1] = start[p + 1]! + start[p]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, pairs.size);
  for (let i = 0; i < n; i++) {
    const p = pairOf[i]!;
    order[fill[p]!] = i;
    fill[p] = fill[p]! + 1;
  }

  // The previous exit from the same structure bounds the contracts that count for this exit.
  const previousExit: (string | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    const date = exits[i]!.date;
    const p = pairOf[i]!;
    let previous: string | null = null;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const d = exits[order[k]!]!.date;
      if (d < date && (previous === null || d > previous)) previous = d;
    }
    previousExit[i] = previous;
  }
  // Hiring: the earliest contract start after the previous exit and on or before the exit.
  const hiredOn: (string | null)[] = new Array(n).fill(null);
  const sameContract = sameAsPrevious();
  const findContractPair = pairFinder();
  const contracts = dataset.contracts;
  for (let r = 0; r < contracts.length; r++) {
    const c = contracts[r]!;
    // (the report context reads each contract here too: one pass over the table)
    if (visitContract) visitContract(c, r);
    const p = sameContract(c.personId, c.structureId) ?? sameContract.remember(findContractPair(c.personId, c.structureId));
    if (p < 0) continue;
    const d = c.startDate;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const i = order[k]!;
      const previous = previousExit[i];
      const current = hiredOn[i];
      if (d <= exits[i]!.date && (previous === null || d > previous!) && (current === null || d < current!)) hiredOn[i] = d;
    }
  }
  // Hours worked from the hiring month to the exit month (months as numbers: no string per exit).
  const fromMonth = new Int32Array(n);
  const toMonth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = hiredOn[i];
    fromMonth[i] = d === null || d === undefined ? NO_MONTH : monthNumber(d);
    toMonth[i] = monthNumber(exits[i]!.date);
  }
  const hours = new Float64Array(n);
  const sameHours = sameAsPrevious();
  const findHoursPair = pairFinder();
  // (the runs of rows of one person are noted on the way, for the indicators that sum hours per person)
  const runs = personRuns();
  const monthlyHours = dataset.monthlyHours;
  for (let r = 0; r < monthlyHours.length; r++) {
    const h = monthlyHours[r]!;
    runs.next(r, h.personId);
    const p = sameHours(h.personId, h.structureId) ?? sameHours.remember(findHoursPair(h.personId, h.structureId));
    if (p < 0) continue;
    const month = monthNumber(h.month);
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const i = order[k]!;
      if (month >= fromMonth[i]! && month <= toMonth[i]!) hours[i] = hours[i]! + h.hours;
    }
  }

  const records: ExitRecord[] = [];
  const issues: ValidationIssue[] = [];
  const recordPair = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = exits[i]!;
    const s = structures.get(e.structureId);
    if (!s || s.kind === 'GEIQ') {
      issues.push(unratedExitIssue('unknown_structure', i));
      continue;
    }
    const hired = hiredOn[i];
    if (hired === null || hired === undefined) {
      issues.push(unratedExitIssue('no_contract', i));
      continue;
    }
    // Written out rather than spread from a common part: a million records are built here, and a
    // literal is several times cheaper than a spread (same keys, same order).
    const record: ExitRecord = e.followUp
      ? { personId: e.personId, structureId: e.structureId, structureKind: s.kind, hiredOn: hired, exitedOn: e.date, hoursWorked: hours[i]!, reason: e.reason, followUp: e.followUp, departement: s.departement }
      : { personId: e.personId, structureId: e.structureId, structureKind: s.kind, hiredOn: hired, exitedOn: e.date, hoursWorked: hours[i]!, reason: e.reason, departement: s.departement };
    recordPair[records.length] = pairOf[i]!;
    records.push(record);
  }
  return { records, issues, pairs: { pairOf: recordPair.slice(0, records.length), count: pairs.size }, hoursRuns: runs.end(monthlyHours.length) };
}

/** The (person, structure) pair number of each exit record of the report. Internal to the report. */
export interface RecordPairs {
  /** The pair number of each record, by record index. */
  pairOf: Int32Array;
  /** Number of pairs (every number is below it). */
  count: number;
}

const RECORD_PAIRS = 'context:record-pairs';

/** The {@link RecordPairs} of the report's exit records (numbered again for a context built otherwise). */
export function recordPairs(ctx: ReportContext): RecordPairs {
  return ctx.memo(RECORD_PAIRS, () => {
    const index = createPairIndex(ctx.exitRecords.length);
    const pairOf = new Int32Array(ctx.exitRecords.length);
    for (let r = 0; r < ctx.exitRecords.length; r++) pairOf[r] = index.add(ctx.exitRecords[r]!.personId, ctx.exitRecords[r]!.structureId ?? '');
    return { pairOf, count: index.size };
  });
}

/** Interviews of one kind summed over the period. */
export interface InterviewStats {
  count: number;
  minutes: number;
  withReport: number;
  minutesWithReferent: number;
}

/** Sums the interview statistics of some kinds (all kinds when omitted). */
export function sumInterviewStats(ctx: ReportContext, kinds?: readonly string[]): InterviewStats {
  const out: InterviewStats = { count: 0, minutes: 0, withReport: 0, minutesWithReferent: 0 };
  for (const [kind, st] of ctx.interviewStats) {
    if (kinds && !kinds.includes(kind)) continue;
    out.count += st.count;
    out.minutes += st.minutes;
    out.withReport += st.withReport;
    out.minutesWithReferent += st.minutesWithReferent;
  }
  return out;
}

/**
 * The period's interviews read once, column by column, for the indicators that sum or pick them
 * (the rows are not read again). Internal to the report: see {@link interviewColumns}.
 */
export interface InterviewColumns {
  /** Positions in `dataset.interviews` of the collective interviews of the period, ascending. */
  collective: Int32Array;
  /**
   * Positions in `dataset.interviews` of the final reviews (`final`) dated up to the end of the
   * period (a later one never precedes an exit of the period), ascending.
   */
  finals: Int32Array;
  /** The kinds of the period's interviews, numbered in the order they first appear. */
  kinds: string[];
  /** The kind number of each interview of the period (in table order, as `interviewsInPeriod`). */
  kind: Int32Array;
  /** The minutes of each interview of the period. */
  minutes: Int32Array;
  /**
   * Runs of consecutive interviews of the period with the same person: run `r` is the positions
   * `runStart[r]` .. `runStart[r + 1] - 1` (the last entry is the number of interviews).
   */
  runStart: Int32Array;
  /** The person of each run. */
  runPerson: string[];
  /**
   * The collective interviews of the period (the rows of `collective`, in that order) read once for
   * the sessions they make: the structure of each (numbered in the order they first appear), its
   * day ({@link dayKey}), its start and end (minutes since midnight), and its run of rows of one
   * person (its person is `runPerson[run]`).
   */
  collectiveSessions: { structure: Int32Array; day: Int32Array; start: Int32Array; end: Int32Array; run: Int32Array };
}

const INTERVIEW_COLUMNS = 'context:interview-columns';

/** The {@link InterviewColumns} of the report (read again from the rows for a context built otherwise). */
export function interviewColumns(ctx: ReportContext): InterviewColumns {
  return ctx.memo(INTERVIEW_COLUMNS, () => readInterviews(ctx.dataset.interviews, ctx.period).columns);
}

/**
 * One pass over the interviews: those of the period, their sums per kind and their columns.
 * Indexed loop, typed arrays sized once: the table is the largest of a dataset.
 */
function readInterviews(interviews: Dataset['interviews'], period: { from: string; to: string }): { stats: Map<string, InterviewStats>; columns: InterviewColumns } {
  const { from, to } = period;
  // Number of interviews of the period read so far (the list itself is made only when asked for).
  let at = 0;
  const stats = new Map<string, InterviewStats>();
  const statsOf: InterviewStats[] = [];
  const kinds: string[] = [];
  const kindNumber = new Map<string, number>();
  const n = interviews.length;
  let kind = new Int32Array(n);
  let minutesOf = new Int32Array(n);
  const runs = personRuns();
  // (typed lists: no number[] grown row by row on the JS heap)
  const collective = int32List();
  const finals = int32List();
  // (the collective rows' sessions, read while the row is at hand)
  const sessionStructure = int32List();
  const sessionDay = int32List();
  const sessionStart = int32List();
  const sessionEnd = int32List();
  const sessionRun = int32List();
  const structureNumber = new Map<string, number>();
  let lastStructure: string | undefined;
  let structure = -1;
  let lastKind: string | null = null;
  let lastNumber = -1;
  for (let k = 0; k < n; k++) {
    const i = interviews[k]!;
    const d = i.date;
    if (i.kind === 'final' && d <= to) finals.push(k);
    if (d < from || d > to) continue;
    if (i.kind !== lastKind) {
      lastKind = i.kind;
      let number = kindNumber.get(lastKind);
      if (number === undefined) {
        number = kinds.length;
        kindNumber.set(lastKind, number);
        kinds.push(lastKind);
        const st = { count: 0, minutes: 0, withReport: 0, minutesWithReferent: 0 };
        statsOf.push(st);
        stats.set(lastKind, st);
      }
      lastNumber = number;
    }
    const run = runs.next(at, i.personId);
    const st = statsOf[lastNumber]!;
    const start = minutesOfDay(i.startTime);
    const end = minutesOfDay(i.endTime);
    const minutes = end - start;
    if (lastKind === 'collective') {
      collective.push(k);
      if (i.structureId !== lastStructure) {
        lastStructure = i.structureId;
        let number = structureNumber.get(lastStructure);
        if (number === undefined) {
          number = structureNumber.size;
          structureNumber.set(lastStructure, number);
        }
        structure = number;
      }
      sessionStructure.push(structure);
      sessionDay.push(dayKey(d));
      sessionStart.push(start);
      sessionEnd.push(end);
      sessionRun.push(run);
    }
    kind[at] = lastNumber;
    minutesOf[at] = minutes;
    st.count++;
    st.minutes += minutes;
    if (i.reportWritten) st.withReport++;
    const participants = i.participants;
    for (let p = 0; p < participants.length; p++) {
      if (participants[p]!.role === 'referent') {
        st.minutesWithReferent += minutes;
        break;
      }
    }
    at++;
  }
  const count = at;
  const { start: runStart, person: runPerson } = runs.end(count);
  kind = kind.slice(0, count);
  minutesOf = minutesOf.slice(0, count);
  return {
    stats,
    columns: {
      collective: collective.done(),
      finals: finals.done(),
      kinds,
      kind,
      minutes: minutesOf,
      runStart,
      runPerson,
      collectiveSessions: {
        structure: sessionStructure.done(),
        day: sessionDay.done(),
        start: sessionStart.done(),
        end: sessionEnd.done(),
        run: sessionRun.done(),
      },
    },
  };
}

/**
 * The (person, structure) pairs of the contracts, numbered in the order they first appear, and the
 * latest contract start of each pair. Internal to the report: see {@link contractPairs}.
 */
export interface ContractPairs {
  pairs: PairIndex;
  /**
   * The row in `dataset.contracts` of the latest contract start of each pair, by pair number (its
   * `startDate` is the pair's latest start; a typed array: no list of strings on the JS heap).
   */
  lastStartRow: Int32Array;
}

const CONTRACT_PAIRS = 'context:contract-pairs';

/** The {@link ContractPairs} of the report (read again from the contracts for a context built otherwise). */
export function contractPairs(ctx: ReportContext): ContractPairs {
  return ctx.memo(CONTRACT_PAIRS, () => {
    const contracts = ctx.dataset.contracts;
    const pairs = createPairIndex(contracts.length / 2);
    const lastStartRow = int32List();
    for (let k = 0; k < contracts.length; k++) {
      const c = contracts[k]!;
      const p = pairs.add(c.personId, c.structureId);
      if (p === lastStartRow.length) lastStartRow.push(k);
      else if (c.startDate > contracts[lastStartRow.at(p)]!.startDate) lastStartRow.set(p, k);
    }
    return { pairs, lastStartRow: lastStartRow.done() };
  });
}

const MAD_CONTRACTS = 'context:mad-contracts';

/** Positions in `dataset.contracts` of the mises à disposition (`MAD`), ascending. Internal to the report. */
export function madContracts(ctx: ReportContext): Int32Array {
  return ctx.memo(MAD_CONTRACTS, () => {
    const mad: number[] = [];
    const contracts = ctx.dataset.contracts;
    for (let k = 0; k < contracts.length; k++) if (contracts[k]!.kind === 'MAD') mad.push(k);
    return Int32Array.from(mad);
  });
}

/**
 * Runs of consecutive rows of `dataset.monthlyHours` with the same person: run `r` is the rows
 * `start[r]` .. `start[r + 1] - 1` (the last entry is the number of rows). Internal to the report.
 */
export interface PersonRuns {
  start: Int32Array;
  person: string[];
}

const HOURS_RUNS = 'context:monthly-hours-runs';

/** The {@link PersonRuns} of the monthly hours (read again from the rows for a context built otherwise). */
export function monthlyHoursRuns(ctx: ReportContext): PersonRuns {
  return ctx.memo(HOURS_RUNS, () => {
    const runs = personRuns();
    const rows = ctx.dataset.monthlyHours;
    for (let k = 0; k < rows.length; k++) runs.next(k, rows[k]!.personId);
    return runs.end(rows.length);
  });
}

/**
 * Collects the {@link PersonRuns} of a table read row by row: `next(row, person)` for each row (it
 * gives the row's run number), then `end(rows)`.
 */
function personRuns(): { next: (row: number, person: string) => number; end: (rows: number) => PersonRuns } {
  let start = new Int32Array(16);
  const person: string[] = [];
  let last: string | null = null;
  return {
    next: (row, p) => {
      if (p === last) return person.length - 1;
      last = p;
      if (person.length + 1 >= start.length) {
        const grown = new Int32Array(start.length * 2);
        grown.set(start);
        start = grown;
      }
      start[person.length] = row;
      person.push(p);
      return person.length - 1;
    },
    end: (rows) => {
      start[person.length] = rows;
      return { start: start.slice(0, person.length + 1), person };
    },
  };
}

/** The key of a classification in a report: the options that change it (the period belongs to the cohort). */
function classificationKey(options: RateOptions): string {
  return JSON.stringify([options.variant ?? 'dgefp', options.monthsAfterExit ?? 0, options.unknownFollowUp ?? null, options.thresholds ?? null, options.mapping ? 'custom' : 'default']);
}

const CLASSIFICATIONS = 'context:classifications';

/**
 * Gives `ctx.classified(options)` its value when it is not computed yet: `computeReport` passes the
 * counts of its main rate, classified with the same options (members change nothing to the
 * counts), so the period's exits are not classified twice. Internal to the report.
 */
export function provideClassified(ctx: ReportContext, options: RateOptions, c: Classified): void {
  const classifications = ctx.memo<Map<string, Classified> | null>(CLASSIFICATIONS, () => null);
  const key = classificationKey(options);
  if (classifications !== null && !classifications.has(key)) classifications.set(key, c);
}

const FOLLOWED = 'context:followed-people';

/**
 * The people followed over the period ({@link ReportContext.followed}) for the indicators that
 * count them or test rows against them: in ascending order of their ids when the contracts and
 * exits come sorted by person (no set is made then). Internal to the report.
 */
export function followedPeople(ctx: ReportContext): IdSet {
  return ctx.memo(FOLLOWED, () => {
    const followed = ctx.followed;
    return idSet([...followed], followed);
  });
}

/** Builds the report context of a validated dataset for a period. */
export function buildReportContext(dataset: Dataset, period: { from: string; to: string }): ReportContext {
  // The people followed, as they are met: those with a contract overlapping the period (in table
  // order), then those with an exit in it. The set is made only when asked for: the report's
  // indicators read the sorted ids instead (see followedPeople).
  const followedByContract: string[] = [];
  const followedByExit: string[] = [];
  // Per (person, structure) pair: whether a contract starts before the period, whether one starts
  // in it (the first start is in the period when one does and none before: hired in the period);
  // and the last start, which the indicators that look for a contract after a date read.
  const contracts = dataset.contracts;
  const contractPairs = createPairIndex(contracts.length / 2);
  const startsBefore = new Uint8Array(contracts.length);
  const startsIn = new Uint8Array(contracts.length);
  const lastStartRow = int32List();
  const mad: number[] = [];
  // (Adding the previous row's person again to a set changes nothing: it is skipped.)
  const samePair = sameAsPrevious();
  let lastFollowed: string | null = null;
  // Whether the contracts come sorted by person (each person's rows follow each other, in
  // ascending order of the ids): checked when the person changes, a comparison per person.
  let lastPerson: string | null = null;
  let byPerson = true;
  // Read in the same pass as the contracts of the exit records.
  const visitContract = (c: Dataset['contracts'][number], k: number) => {
    const start = c.startDate;
    if (c.personId !== lastPerson) {
      if (lastPerson !== null && c.personId < lastPerson) byPerson = false;
      lastPerson = c.personId;
    }
    if (c.personId !== lastFollowed && overlaps(start, c.endDate ?? null, period.from, period.to)) {
      followedByContract.push(c.personId);
      lastFollowed = c.personId;
    }
    if (c.kind === 'MAD') mad.push(k);
    const p = samePair(c.personId, c.structureId) ?? samePair.remember(contractPairs.add(c.personId, c.structureId));
    if (start < period.from) startsBefore[p] = 1;
    else if (start <= period.to) startsIn[p] = 1;
    if (p === lastStartRow.length) lastStartRow.push(k);
    else if (start > contracts[lastStartRow.at(p)]!.startDate) lastStartRow.set(p, k);
  };
  const { records, issues, pairs: recordPairsOf, hoursRuns } = exitRecordsWithPairs(dataset, visitContract);
  // A person followed until an exit in the period: the contract may have no end date.
  for (const e of dataset.exits) {
    if (e.personId !== lastFollowed && e.date >= period.from && e.date <= period.to) {
      followedByExit.push(e.personId);
      lastFollowed = e.personId;
    }
  }
  let followed: Set<string> | undefined;
  const followedSet = (): Set<string> => {
    if (followed === undefined) {
      // (the same insertions, in the same order, as when the rows were read)
      followed = new Set(followedByContract);
      for (let k = 0; k < followedByExit.length; k++) followed.add(followedByExit[k]!);
    }
    return followed;
  };
  // Both lists ascending (tables sorted by person): merged without hashing; otherwise the set.
  let followedPeople: IdSet;
  if (isAscending(followedByContract) && isAscending(followedByExit)) followedPeople = idSet(mergeAscending(followedByContract, followedByExit));
  else {
    const set = followedSet();
    followedPeople = idSet([...set], set);
  }
  const pairCount = contractPairs.size;
  // In the order each person first appears among the contracts: pairs are numbered in the order
  // they first appear, and a person's first contract makes their first pair, so reading the pairs
  // in order meets each person at their first contract.
  const hired = new Set<string>();
  if (byPerson) {
    // Contracts sorted by person: a person's pairs are numbered one after the other, in one run
    // that holds all of them, so the person is added at most once per run: no lookup at all.
    let last: string | null = null;
    let added = false;
    for (let p = 0; p < pairCount; p++) {
      const person = contractPairs.first(p);
      if (person !== last) {
        last = person;
        added = false;
      }
      if (!added && startsIn[p] === 1 && startsBefore[p] === 0) {
        hired.add(person);
        added = true;
      }
    }
  }
  // Otherwise the people hired through one of their pairs, then the pairs read in order (fewer
  // lookups than reading every contract; none for a pair hired in the period itself).
  const hiredPeople = new Set<string>();
  if (!byPerson) for (let p = 0; p < pairCount; p++) if (startsIn[p] === 1 && startsBefore[p] === 0) hiredPeople.add(contractPairs.first(p));
  if (hiredPeople.size > 0) {
    let last: string | null = null;
    for (let p = 0; p < pairCount; p++) {
      const person = contractPairs.first(p);
      if (person !== last && ((startsIn[p] === 1 && startsBefore[p] === 0) || hiredPeople.has(person))) hired.add(person);
      last = person;
    }
  }
  // prepareCohort(records, { period, assumeValid: true }), the latest exits found from the pair
  // numbers the records already have (no hashing of the ids).
  const inPeriodMarks = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) if (!outsidePeriod(records[i]!.exitedOn, period)) inPeriodMarks[i] = 1;
  const cohort: PreparedCohort = {
    records,
    inPeriod: inPeriodMarks,
    superseded: supersededByPair(records, inPeriodMarks, recordPairsOf.pairOf, recordPairsOf.count),
    issues: [],
    validCount: records.length,
  };
  const classifications = new Map<string, Classified>();
  const { stats: interviewStats, columns } = readInterviews(dataset.interviews, period);
  // Made on first use: the report's indicators read the interview columns instead.
  let interviewsInPeriod: Dataset['interviews'] | undefined;
  // The interview columns were read in the same pass as the period's interviews: the indicators
  // that read them find them in the report's memory.
  const memos = new Map<string, unknown>([
    [INTERVIEW_COLUMNS, columns],
    [CONTRACT_PAIRS, { pairs: contractPairs, lastStartRow: lastStartRow.done() } satisfies ContractPairs],
    [RECORD_PAIRS, recordPairsOf],
    [MAD_CONTRACTS, Int32Array.from(mad)],
    [HOURS_RUNS, hoursRuns],
    [CLASSIFICATIONS, classifications],
    [FOLLOWED, followedPeople],
  ]);
  const days = new Map<string, number>();
  const dayNumber = (date: string) => {
    let d = days.get(date);
    if (d === undefined) {
      d = daysBetween('1970-01-01', date);
      days.set(date, d);
    }
    return d;
  };
  return {
    dataset,
    period,
    exitRecords: records,
    cohort,
    exitIssues: issues,
    get followed() {
      return followedSet();
    },
    hired,
    get interviewsInPeriod() {
      if (interviewsInPeriod === undefined) interviewsInPeriod = dataset.interviews.filter((i) => i.date >= period.from && i.date <= period.to);
      return interviewsInPeriod;
    },
    interviewStats,
    exitsInPeriod: dataset.exits.filter((e) => e.date >= period.from && e.date <= period.to),
    dayNumber,
    memo: <T>(key: string, compute: () => T): T => {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
    classified: (options) => {
      const key = classificationKey(options);
      let c = classifications.get(key);
      if (!c) {
        c = classifyPrepared(cohort, { ...options, withoutMembers: true });
        classifications.set(key, c);
      }
      return c;
    },
  };
}

/** Minutes between two `HH:MM` times. */
export function minutesBetween(start: string, end: string): number {
  return minutesOfDay(end) - minutesOfDay(start);
}

/** `YYYY-MM-DD` as the number YYYYMMDD (one to one on ISO dates, below 2^27). */
export function dayKey(d: string): number {
  let n = 0;
  for (let k = 0; k < 10; k++) if (k !== 4 && k !== 7) n = n * 10 + d.charCodeAt(k) - 48;
  return n;
}

/** `HH:MM` as minutes since midnight (a time the model's schema accepted). */
export function minutesOfDay(t: string): number {
  return ((t.charCodeAt(0) - 48) * 10 + t.charCodeAt(1) - 48) * 60 + (t.charCodeAt(3) - 48) * 10 + t.charCodeAt(4) - 48;
}

/** Whether a date is in the report period. */
export function inPeriod(ctx: ReportContext, date: string): boolean {
  return date >= ctx.period.from && date <= ctx.period.to;
}

/** Days a person spent in a structure, from hiring to exit, both days included. */
export function daysInStructure(ctx: ReportContext, r: ExitRecord): number {
  return ctx.dayNumber(r.exitedOn) - ctx.dayNumber(r.hiredOn) + 1;
}
