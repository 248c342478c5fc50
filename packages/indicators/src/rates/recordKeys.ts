import type { ExitRecord } from '../exits/exitRecord';
import type { BreakdownKey } from './breakdown';
import type { RateOptions } from './classify';

/**
 * Whether an exit date falls outside a period (both ends inclusive; no period: never), for a
 * validated date and period: the per-record test of the rates (the public `isOutsidePeriod`
 * checks its arguments first). Not exported by the package.
 */
export function outsidePeriod(date: string, period: RateOptions['period']): boolean {
  if (!period) return false;
  return date < period.from || date > period.to;
}

/** The group key of a valid record (the public `breakdownKeyOf` checks first). Not exported by the package. */
export function groupKeyOf(r: ExitRecord, by: BreakdownKey): string {
  switch (by) {
    case 'structure':
      return r.structureId ?? '(sans structure)';
    case 'structureKind':
      return r.structureKind;
    case 'departement':
      return r.departement ?? '(inconnu)';
    case 'year':
      return r.exitedOn.slice(0, 4);
    case 'quarter':
      return `${r.exitedOn.slice(0, 4)}-T${Math.floor((Number(r.exitedOn.slice(5, 7)) - 1) / 3) + 1}`;
    case 'month':
      return r.exitedOn.slice(0, 7);
    case 'entryCohort':
      return r.hiredOn.slice(0, 4);
  }
}

/** Whether valid exit `a` comes after valid exit `b` (the public `isLaterExit` checks first). Not exported by the package. */
export function laterExit(a: ExitRecord, b: ExitRecord): boolean {
  if (a.exitedOn !== b.exitedOn) return a.exitedOn > b.exitedOn;
  if (a.hiredOn !== b.hiredOn) return a.hiredOn > b.hiredOn;
  if (a.reason !== b.reason) return a.reason > b.reason;
  return a.hoursWorked > b.hoursWorked;
}
