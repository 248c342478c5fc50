import { daysBetween, type Dataset, type ValidationIssue } from '@siae/model';
import type { ExitRecord } from '../exits/exitRecord';
import { type Classified, classifyExits, type RateOptions } from '../rates/classify';

/** Everything the dataset indicators read, indexed once per report. */
export interface ReportContext {
  dataset: Dataset;
  period: { from: string; to: string };
  /** Exit records derived from the dataset (all dates; the rates filter on the period). */
  exitRecords: ExitRecord[];
  /** Exit rows that could not become exit records, with why. */
  exitIssues: ValidationIssue[];
  /** People with a contract overlapping the period ("suivis"). */
  followed: Set<string>;
  /** People whose first contract in a structure starts in the period. */
  hired: Set<string>;
  /** Interviews dated in the period (filtered once). */
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

function overlaps(start: string, end: string | undefined | null, from: string, to: string): boolean {
  return start <= to && (end === undefined || end === null || end >= from);
}

/**
 * Derives the exit records of a dataset: for each exit, the structure's kind and département, the
 * first day in the structure (the earliest contract start after the person's previous exit from
 * it) and the hours worked from then to the exit month.
 */
export function exitRecordsFromDataset(dataset: Dataset): { records: ExitRecord[]; issues: ValidationIssue[] } {
  // Nested maps (person, then structure) hash the ids the rows already hold: no key string per row.
  const structures = new Map(dataset.structures.map((s) => [s.id, s]));
  const nested = <T>() => new Map<string, Map<string, T[]>>();
  const push = <T>(m: Map<string, Map<string, T[]>>, a: string, b: string, v: T) => {
    let inner = m.get(a);
    if (!inner) {
      inner = new Map();
      m.set(a, inner);
    }
    const list = inner.get(b);
    if (list) list.push(v);
    else inner.set(b, [v]);
  };
  const contractsBy = nested<string>();
  for (const c of dataset.contracts) push(contractsBy, c.personId, c.structureId, c.startDate);
  const hoursBy = nested<{ month: string; hours: number }>();
  for (const h of dataset.monthlyHours) push(hoursBy, h.personId, h.structureId, h);
  const exitsBy = nested<string>();
  for (const e of dataset.exits) push(exitsBy, e.personId, e.structureId, e.date);

  const records: ExitRecord[] = [];
  const issues: ValidationIssue[] = [];
  dataset.exits.forEach((e, i) => {
    const s = structures.get(e.structureId);
    const path = ['exits', i];
    if (!s || s.kind === 'GEIQ') {
      issues.push({ path: [...path, 'structureId'], pathText: `exits[${i}].structureId`, code: 'unknown_structure', messageFr: 'structure inconnue ou non SIAE', messageEn: 'unknown or non-SIAE structure' });
      return;
    }
    let previousExit: string | null = null;
    for (const d of exitsBy.get(e.personId)?.get(e.structureId) ?? []) if (d < e.date && (previousExit === null || d > previousExit)) previousExit = d;
    let hiredOn: string | null = null;
    for (const d of contractsBy.get(e.personId)?.get(e.structureId) ?? []) {
      if (d <= e.date && (previousExit === null || d > previousExit) && (hiredOn === null || d < hiredOn)) hiredOn = d;
    }
    if (!hiredOn) {
      issues.push({ path, pathText: `exits[${i}]`, code: 'no_contract', messageFr: 'aucun contrat avant cette sortie dans la structure', messageEn: 'no contract before this exit in the structure' });
      return;
    }
    const fromMonth = hiredOn.slice(0, 7);
    const toMonth = e.date.slice(0, 7);
    let hours = 0;
    for (const h of hoursBy.get(e.personId)?.get(e.structureId) ?? []) if (h.month >= fromMonth && h.month <= toMonth) hours += h.hours;
    records.push({
      personId: e.personId,
      structureId: e.structureId,
      structureKind: s.kind,
      hiredOn,
      exitedOn: e.date,
      hoursWorked: hours,
      reason: e.reason,
      ...(e.followUp ? { followUp: e.followUp } : {}),
      departement: s.departement,
    });
  });
  return { records, issues };
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

/** Builds the report context of a validated dataset for a period. */
export function buildReportContext(dataset: Dataset, period: { from: string; to: string }): ReportContext {
  const { records, issues } = exitRecordsFromDataset(dataset);
  const followed = new Set<string>();
  const firstStart = new Map<string, Map<string, string>>();
  for (const c of dataset.contracts) {
    if (overlaps(c.startDate, c.endDate ?? null, period.from, period.to)) followed.add(c.personId);
    let byStructure = firstStart.get(c.personId);
    if (!byStructure) {
      byStructure = new Map();
      firstStart.set(c.personId, byStructure);
    }
    const prev = byStructure.get(c.structureId);
    if (prev === undefined || c.startDate < prev) byStructure.set(c.structureId, c.startDate);
  }
  // A person followed until an exit in the period: the contract may have no end date.
  for (const e of dataset.exits) if (e.date >= period.from && e.date <= period.to) followed.add(e.personId);
  const hired = new Set<string>();
  for (const [personId, byStructure] of firstStart) for (const start of byStructure.values()) if (start >= period.from && start <= period.to) hired.add(personId);
  const classifications = new Map<string, Classified>();
  const interviewsInPeriod = dataset.interviews.filter((i) => i.date >= period.from && i.date <= period.to);
  const interviewStats = new Map<string, InterviewStats>();
  for (const i of interviewsInPeriod) {
    let st = interviewStats.get(i.kind);
    if (!st) {
      st = { count: 0, minutes: 0, withReport: 0, minutesWithReferent: 0 };
      interviewStats.set(i.kind, st);
    }
    const minutes = minutesBetween(i.startTime, i.endTime);
    st.count++;
    st.minutes += minutes;
    if (i.reportWritten) st.withReport++;
    for (const p of i.participants) {
      if (p.role === 'referent') {
        st.minutesWithReferent += minutes;
        break;
      }
    }
  }
  const memos = new Map<string, unknown>();
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
    exitIssues: issues,
    followed,
    hired,
    interviewsInPeriod,
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
      const key = JSON.stringify([options.variant ?? 'dgefp', options.monthsAfterExit ?? 0, options.thresholds ?? null, options.mapping ? 'custom' : 'default']);
      let c = classifications.get(key);
      if (!c) {
        c = classifyExits(records, { ...options, period, assumeValid: true, withoutMembers: true });
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

function minutesOfDay(t: string): number {
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
