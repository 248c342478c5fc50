import type { ValidationIssue } from '@siae/model';
import type { ExitRecord } from '../exits/exitRecord';
import type { Breakdown, BreakdownGroup, BreakdownKey } from './breakdown';
import { classifyPrepared, type RateOptions } from './classify';
import { type ExitRateDefinition, inNumeratorOf, type RateResult, rateFromClassified } from './exitRates';
import { groupKeyOf, outsidePeriod } from './recordKeys';
import { supersededByPair, supersededChecked as supersededExits } from './superseded';

/**
 * The body of `breakdownRate` on validated records (null where validation failed), with checked
 * options. `known` is the rate's definition when it is one of this package's rates (one pass for
 * every group), else `rate` is called per group. `inPeriod`, when given, says which records are
 * valid and in `options.period` (1) : the records out of it are then not read at all (a report
 * passes its prepared cohort's). `pairs`, when given, numbers the (person, structure) pair of each
 * record (the report's): the latest exits are then found without hashing the ids. Not exported by
 * the package.
 */
export function breakdownChecked(
  records: readonly (ExitRecord | null)[],
  issues: ValidationIssue[],
  by: BreakdownKey,
  options: RateOptions,
  rate: (exits: readonly unknown[], options?: RateOptions) => RateResult,
  known: ExitRateDefinition | undefined,
  inPeriod?: Uint8Array,
  pairs?: { pairOf: Int32Array; count: number },
): Breakdown {
  // Group number of each record of the period (-1: out of the period or invalid).
  const keys = new Map<string, number>();
  const groupOf = new Int32Array(records.length).fill(-1);
  const sizes: number[] = [];
  // A time key is cut from a date: the group of each date is noted once, and the records of a date
  // already met take it without a key string made for them.
  const byDate = by === 'year' || by === 'quarter' || by === 'month' || by === 'entryCohort' ? new Map<string, number>() : null;
  for (let i = 0; i < records.length; i++) {
    // (with `inPeriod`, a record out of the period is not even read)
    if (inPeriod && inPeriod[i] === 0) continue;
    const rec = records[i];
    if (!rec) continue;
    // Outside the period a record would only be excluded: it makes no group of its own.
    if (!inPeriod && outsidePeriod(rec.exitedOn, options.period)) continue;
    const date = byDate === null ? undefined : by === 'entryCohort' ? rec.hiredOn : rec.exitedOn;
    let g = date === undefined ? undefined : byDate!.get(date);
    if (g === undefined) {
      const key = groupKeyOf(rec, by);
      g = keys.get(key);
      if (g === undefined) {
        g = keys.size;
        keys.set(key, g);
        sizes.push(0);
      }
      if (date !== undefined) byDate!.set(date, g);
    }
    groupOf[i] = g;
    sizes[g]!++;
  }
  const members: Int32Array[] = sizes.map((n) => new Int32Array(n));
  const filled = new Int32Array(sizes.length);
  for (let i = 0; i < records.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) members[g]![filled[g]!++] = i;
  }
  const sorted = [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let groups: BreakdownGroup[];
  if (known) {
    // One pass for every group: the latest exit is read within each group, then each group is
    // classified from the shared cohort (no copy of its records).
    const inScope = new Uint8Array(records.length);
    for (let i = 0; i < records.length; i++) if (groupOf[i]! >= 0) inScope[i] = 1;
    // (with the records' pair numbers, the same marks without hashing the ids)
    const superseded = pairs ? supersededByPair(records, inScope, pairs.pairOf, pairs.count, members) : supersededExits(records, inScope, groupOf);
    const inNumerator = inNumeratorOf(known);
    const groupOptions: RateOptions = { ...options, assumeValid: true };
    groups = sorted.map(([key, g]) => {
      const subset = members[g]!;
      const c = classifyPrepared({ records, inPeriod: inScope, superseded, issues: [], validCount: subset.length, subset }, groupOptions, inNumerator);
      const result = rateFromClassified(known, c, options);
      return { key, result: options.withoutMembers ? { ...result, members: [] } : result };
    });
  } else {
    groups = sorted.map(([key, g]) => {
      const indexes = members[g]!;
      const result = rate(Array.from(indexes, (i) => records[i]), options);
      return { key, result: { ...result, members: options.withoutMembers ? [] : result.members.map((m) => ({ ...m, index: indexes[m.index]! })) } };
    });
  }
  return { by, groups, issues };
}
