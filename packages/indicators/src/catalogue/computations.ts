import { type ExitCategory, type ExitReasonCode, exitReasons } from '@siae/model';
import type { RateCounts, RateOptions } from '../rates/classify';
import type { RateResult } from '../rates/exitRates';
import { daysInStructure, inPeriod, minutesBetween, type ReportContext, sumInterviewStats } from '../report/context';
import type { IndicatorValue } from './types';

/** A ratio, null on an empty denominator. */
export function ratio(numerator: number, denominator: number, explanationFr: string, detail?: IndicatorValue['detail']): IndicatorValue {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator, explanationFr, ...(detail ? { detail } : {}) };
}

/** A plain count or total. */
export function total(value: number, explanationFr: string, detail?: IndicatorValue['detail']): IndicatorValue {
  return { value, explanationFr, ...(detail ? { detail } : {}) };
}

/** The value of a rate as an indicator value. */
export function fromRate(r: RateResult): IndicatorValue {
  return {
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    detail: { ...r.counts },
    explanationFr: `${r.numerator} sorties au numérateur sur ${r.denominator} sorties examinées (${r.counts.withdrawn} retirées, ${r.counts.belowThreshold} sous le seuil de présence)`,
  };
}

/** The exit categories each rate counts in its numerator. */
export const RATE_CATEGORIES = {
  dynamic: ['durable', 'transition', 'positive'],
  durable: ['durable'],
  transition: ['transition'],
  positive: ['positive'],
  employment: ['durable', 'transition'],
  other: ['other'],
} as const satisfies Record<string, readonly ExitCategory[]>;

/**
 * A rate over the context's exit records for the period, from the report's shared classification
 * (the exits are classified once per set of options, whatever the number of rates).
 */
export function rateIn(ctx: ReportContext, options: RateOptions, categories: readonly ExitCategory[] = RATE_CATEGORIES.dynamic, extra: RateOptions = {}): IndicatorValue {
  const c = ctx.classified({ ...options, ...extra });
  const numerator = categories.reduce((n, cat) => n + c.counts[cat as keyof RateCounts], 0);
  return fromRate({ indicatorId: '', value: c.examined === 0 ? null : numerator / c.examined, numerator, denominator: c.examined, counts: c.counts, members: [], issues: [], parameters: { variant: 'dgefp', monthsAfterExit: 0, period: null } });
}

/** Hours and count of the period's interviews of some kinds (all when omitted), from the report's sums. */
export function interviewTotals(ctx: ReportContext, kinds?: readonly string[]): { count: number; hours: number; withReport: number; hoursWithReferent: number } {
  const s = sumInterviewStats(ctx, kinds);
  return { count: s.count, hours: s.minutes / 60, withReport: s.withReport, hoursWithReferent: s.minutesWithReferent / 60 };
}

/** Interviews of the period (optionally of some kinds). */
export function interviewsIn(ctx: ReportContext, kinds?: readonly string[]) {
  return kinds ? ctx.interviewsInPeriod.filter((i) => kinds.includes(i.kind)) : ctx.interviewsInPeriod;
}

/** Hours of a list of interviews (from their signed start and end times). */
export function interviewHours(list: readonly { startTime: string; endTime: string }[]): number {
  let minutes = 0;
  for (const i of list) minutes += minutesBetween(i.startTime, i.endTime);
  return minutes / 60;
}

/** Exits of the period (the dataset's exit rows). */
export function exitsIn(ctx: ReportContext) {
  return ctx.exitsInPeriod;
}

/** Exit records of the period. */
export function exitRecordsIn(ctx: ReportContext) {
  return ctx.exitRecords.filter((r) => inPeriod(ctx, r.exitedOn));
}

/** Average days in the structure of the people who exited in the period. */
export function averageDaysInStructure(ctx: ReportContext): IndicatorValue {
  const recs = exitRecordsIn(ctx);
  let days = 0;
  for (const r of recs) days += daysInStructure(ctx, r);
  return ratio(days, recs.length, `${recs.length} sorties de la période, durée de l'embauche à la sortie`);
}

/** Share of exits of the period whose person had a record of some kind before leaving. */
export function shareOfExitsWith(ctx: ReportContext, has: (personId: string, before: string) => boolean, what: string): IndicatorValue {
  const exits = exitsIn(ctx);
  const n = exits.filter((e) => has(e.personId, e.date)).length;
  return ratio(n, exits.length, `${n} sorties sur ${exits.length} avec ${what}`);
}

/** PLIE positive exits: employment of 6 months or more (durable category) or qualifying training. */
export const PLIE_POSITIVE_REASONS: readonly ExitReasonCode[] = [
  ...exitReasons.entries.filter((e) => e.defaultCategory === 'durable' && !e.code.startsWith('EITI_')).map((e) => e.code),
  'FORMATION_QUALIFIANTE',
];
