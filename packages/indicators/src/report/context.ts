import { daysBetween, type Dataset, type ValidationIssue } from '@siae/model';
import type { ExitRecord } from '../exits/exitRecord';

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
  /** Exit rows dated in the period. */
  exitsInPeriod: Dataset['exits'];
  /** Day number of an ISO date (date-fns, memoised for this report only). */
  dayNumber: (date: string) => number;
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
  const structures = new Map(dataset.structures.map((s) => [s.id, s]));
  const contractsBy = new Map<string, string[]>();
  for (const c of dataset.contracts) {
    const k = `${c.personId}\u0000${c.structureId}`;
    let list = contractsBy.get(k);
    if (!list) {
      list = [];
      contractsBy.set(k, list);
    }
    list.push(c.startDate);
  }
  for (const list of contractsBy.values()) list.sort();
  const hoursBy = new Map<string, { month: string; hours: number }[]>();
  for (const h of dataset.monthlyHours) {
    const k = `${h.personId}\u0000${h.structureId}`;
    let list = hoursBy.get(k);
    if (!list) {
      list = [];
      hoursBy.set(k, list);
    }
    list.push(h);
  }
  const exitsBy = new Map<string, string[]>();
  for (const e of dataset.exits) {
    const k = `${e.personId}\u0000${e.structureId}`;
    let list = exitsBy.get(k);
    if (!list) {
      list = [];
      exitsBy.set(k, list);
    }
    list.push(e.date);
  }
  for (const list of exitsBy.values()) list.sort();

  const records: ExitRecord[] = [];
  const issues: ValidationIssue[] = [];
  dataset.exits.forEach((e, i) => {
    const s = structures.get(e.structureId);
    const path = ['exits', i];
    if (!s || s.kind === 'GEIQ') {
      issues.push({ path: [...path, 'structureId'], pathText: `exits[${i}].structureId`, code: 'unknown_structure', messageFr: 'structure inconnue ou non SIAE', messageEn: 'unknown or non-SIAE structure' });
      return;
    }
    const k = `${e.personId}\u0000${e.structureId}`;
    const previousExit = (exitsBy.get(k) ?? []).filter((d) => d < e.date).at(-1) ?? null;
    const starts = (contractsBy.get(k) ?? []).filter((d) => d <= e.date && (previousExit === null || d > previousExit));
    const hiredOn = starts[0];
    if (!hiredOn) {
      issues.push({ path, pathText: `exits[${i}]`, code: 'no_contract', messageFr: 'aucun contrat avant cette sortie dans la structure', messageEn: 'no contract before this exit in the structure' });
      return;
    }
    const fromMonth = hiredOn.slice(0, 7);
    const toMonth = e.date.slice(0, 7);
    let hours = 0;
    for (const h of hoursBy.get(k) ?? []) if (h.month >= fromMonth && h.month <= toMonth) hours += h.hours;
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

/** Builds the report context of a validated dataset for a period. */
export function buildReportContext(dataset: Dataset, period: { from: string; to: string }): ReportContext {
  const { records, issues } = exitRecordsFromDataset(dataset);
  const followed = new Set<string>();
  const firstStart = new Map<string, string>();
  for (const c of dataset.contracts) {
    if (overlaps(c.startDate, c.endDate ?? null, period.from, period.to)) followed.add(c.personId);
    const k = `${c.personId}\u0000${c.structureId}`;
    const prev = firstStart.get(k);
    if (prev === undefined || c.startDate < prev) firstStart.set(k, c.startDate);
  }
  // A person followed until an exit in the period: the contract may have no end date.
  for (const e of dataset.exits) if (e.date >= period.from && e.date <= period.to) followed.add(e.personId);
  const hired = new Set<string>();
  for (const [k, start] of firstStart) if (start >= period.from && start <= period.to) hired.add(k.split('\u0000')[0]!);
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
    interviewsInPeriod: dataset.interviews.filter((i) => i.date >= period.from && i.date <= period.to),
    exitsInPeriod: dataset.exits.filter((e) => e.date >= period.from && e.date <= period.to),
    dayNumber,
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
