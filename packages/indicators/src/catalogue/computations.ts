import { type ExitCategory, type ExitReasonCode, exitReasons } from '@siae/model';
import type { RateCounts, RateOptions } from '../rates/classify';
import { EXIT_RATES, type RateResult } from '../rates/exitRates';
import { type ReportContext, sumInterviewStats } from '../report/context';
import { exitRecordsInPeriod, leavers } from './indexes';
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
export function fromRate(r: Pick<RateResult, 'value' | 'numerator' | 'denominator' | 'counts'>): IndicatorValue {
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
  dynamic: EXIT_RATES.dynamic.categories,
  durable: EXIT_RATES.durable.categories,
  transition: EXIT_RATES.transition.categories,
  positive: EXIT_RATES.positive.categories,
  employment: EXIT_RATES.employment.categories,
  other: ['other'],
} as const satisfies Record<string, readonly ExitCategory[]>;

/**
 * A rate over the context's exit records for the period, from the report's shared classification
 * (the exits are classified once per set of options, whatever the number of rates).
 */
export function rateIn(ctx: ReportContext, options: RateOptions, categories: readonly ExitCategory[] = RATE_CATEGORIES.dynamic, extra: RateOptions = {}): IndicatorValue {
  const c = ctx.classified({ ...options, ...extra });
  const numerator = categories.reduce((n, cat) => n + c.counts[cat as keyof RateCounts], 0);
  return fromRate({ value: c.examined === 0 ? null : numerator / c.examined, numerator, denominator: c.examined, counts: c.counts });
}

/**
 * The interview kinds held with one person (every kind but the collective workshop): the INAÉ
 * count and mean duration of individual interviews and the PLIE time of individual interviews all
 * read these, so count × mean duration = time when they count the same people.
 */
export const INDIVIDUAL_INTERVIEW_KINDS = ['hiring', 'welcome', 'individual', 'tripartite', 'renewal', 'trial_period', 'final'] as const;

/** Hours and count of the period's interviews of some kinds (all when omitted), from the report's sums. */
export function interviewTotals(ctx: ReportContext, kinds?: readonly string[]): { count: number; hours: number; withReport: number; hoursWithReferent: number } {
  const s = sumInterviewStats(ctx, kinds);
  return { count: s.count, hours: s.minutes / 60, withReport: s.withReport, hoursWithReferent: s.minutesWithReferent / 60 };
}

/** Exits of the period (the dataset's exit rows). */
export function exitsIn(ctx: ReportContext) {
  return ctx.exitsInPeriod;
}

/** Average days in the structure of the people who exited in the period. */
export function averageDaysInStructure(ctx: ReportContext): IndicatorValue {
  const { count, days } = exitRecordsInPeriod(ctx);
  return ratio(days, count, `${count} sorties de la période, durée de l'embauche à la sortie`);
}

/**
 * Share of exits of the period whose person had a row of some kind on or before the exit day,
 * from the earliest such date of each leaver (see `earliestOfLeavers`).
 */
export function shareOfExitsWith(ctx: ReportContext, earliest: readonly string[], what: string): IndicatorValue {
  const exits = exitsIn(ctx);
  const { exitPerson } = leavers(ctx);
  let n = 0;
  for (let k = 0; k < exits.length; k++) if (earliest[exitPerson[k]!]! <= exits[k]!.date) n++;
  return ratio(n, exits.length, `${n} sorties sur ${exits.length} avec ${what}`);
}

/** PLIE positive exits: employment of 6 months or more (durable category) or qualifying training. */
export const PLIE_POSITIVE_REASONS: readonly ExitReasonCode[] = [
  ...exitReasons.entries.filter((e) => e.defaultCategory === 'durable' && !e.code.startsWith('EITI_')).map((e) => e.code),
  'FORMATION_QUALIFIANTE',
];
