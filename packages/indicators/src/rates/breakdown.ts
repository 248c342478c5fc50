import { safeValidate, type ValidationIssue } from '@siae/model';
import { type ExitRecord, exitRecordSchema, looksLikeValidExitRecord } from '../exits/exitRecord';
import type { RateOptions } from './classify';
import { dynamicExitRate, type RateResult } from './exitRates';

/** What a breakdown groups by. */
export type BreakdownKey = 'structure' | 'structureKind' | 'departement' | 'year' | 'quarter' | 'month' | 'entryCohort';

/** One group of a breakdown and its rate. */
export interface BreakdownGroup {
  /** The group's key (`s1`, `ACI`, `59`, `2025`, `2025-T3`, `2025-07`, entry year). */
  key: string;
  result: RateResult;
}

/** A rate broken down by a key. */
export interface Breakdown {
  by: BreakdownKey;
  groups: BreakdownGroup[];
  /** Records that failed validation (left out of every group). */
  issues: ValidationIssue[];
}

/** The group key of a record. */
export function breakdownKeyOf(r: ExitRecord, by: BreakdownKey): string {
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

/**
 * A rate (the dynamic rate by default) computed for each group: by structure, kind, département,
 * exit year, quarter or month, or entry cohort (hiring year). Each group is rated on its own exits,
 * so "the latest exit in the period" is read within the group; records outside `period` form no
 * group. Members keep their index in the whole input. Groups are sorted by key.
 *
 * @example breakdownRate(exits, 'quarter', { period: { from: '2025-01-01', to: '2025-12-31' } })
 */
export function breakdownRate(
  exits: readonly unknown[],
  by: BreakdownKey,
  options: RateOptions = {},
  rate: (exits: readonly unknown[], options?: RateOptions) => RateResult = dynamicExitRate,
): Breakdown {
  const issues: ValidationIssue[] = [];
  const groups = new Map<string, { records: ExitRecord[]; indexes: number[] }>();
  exits.forEach((raw, i) => {
    let rec: ExitRecord | null = null;
    if (options.assumeValid || looksLikeValidExitRecord(raw)) rec = raw as ExitRecord;
    else {
      const r = safeValidate(exitRecordSchema, raw, [i]);
      if (r.success) rec = r.data as ExitRecord;
      else issues.push(...r.issues);
    }
    if (!rec) return;
    // Outside the period a record would only be excluded: it makes no group of its own.
    if (options.period && (rec.exitedOn < options.period.from || rec.exitedOn > options.period.to)) return;
    const key = breakdownKeyOf(rec, by);
    let g = groups.get(key);
    if (!g) {
      g = { records: [], indexes: [] };
      groups.set(key, g);
    }
    g.records.push(rec);
    g.indexes.push(i);
  });
  const out: BreakdownGroup[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => {
      const result = rate(g.records, options);
      return { key, result: { ...result, members: options.withoutMembers ? [] : result.members.map((m) => ({ ...m, index: g.indexes[m.index]! })) } };
    });
  return { by, groups: out, issues };
}
