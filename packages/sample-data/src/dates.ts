import { addDaysIso, addMonthsIso, daysBetween } from '@siae/model';

/** Date arithmetic memoised for one generator run (the same results as `@siae/model`'s helpers). */
export interface DateCache {
  /** `addDaysIso(date, days)`, memoised by day number. */
  addDays(date: string, days: number): string;
  /** `addMonthsIso(date, months)`, memoised. */
  addMonths(date: string, months: number): string;
}

const EPOCH = '1970-01-01';

/**
 * Creates a cache local to one run (no shared state): a generator draws millions of dates from a
 * few thousand distinct days, and the model's helpers (date-fns over UTCDate) are the slow part.
 */
export function createDateCache(): DateCache {
  const dayOf = new Map<string, number>();
  const isoOf = new Map<number, string>();
  const months = new Map<string, string>();
  const day = (date: string): number => {
    let n = dayOf.get(date);
    if (n === undefined) {
      n = daysBetween(EPOCH, date);
      dayOf.set(date, n);
    }
    return n;
  };
  const iso = (n: number): string => {
    let s = isoOf.get(n);
    if (s === undefined) {
      s = addDaysIso(EPOCH, n);
      isoOf.set(n, s);
      dayOf.set(s, n);
    }
    return s;
  };
  return {
    addDays: (date, days) => iso(day(date) + days),
    addMonths(date, n) {
      const key = `${date}|${n}`;
      let s = months.get(key);
      if (s === undefined) {
        s = addMonthsIso(date, n);
        months.set(key, s);
      }
      return s;
    },
  };
}
