import type { BreakdownKey, IndicatorValue } from '@siae/indicators';

/** A row of a DuckDB result read with `getRowObjectsJson` (BIGINT counts come as strings). */
export type SqlRow = Record<string, unknown>;

/** A count column of an SQL row (0 when absent). */
function countOf(row: SqlRow | undefined, column: string): number {
  return Number(row?.[column] ?? 0);
}

/**
 * The value of an exit-rate indicator from its SQL row, with the counts as detail and the
 * explanation the catalogue gives (the INAÉ rate also gives its share in employment alone, as the
 * catalogue does).
 */
export function exitRateValueOfRow(id: string, row: SqlRow | undefined): IndicatorValue {
  const n = (k: string) => countOf(row, k);
  const detail: Record<string, number | null> = {
    durable: n('durable'),
    transition: n('transition'),
    positive: n('positive'),
    other: n('other'),
    withdrawn: n('withdrawn'),
    belowThreshold: n('below_threshold'),
  };
  if (id === 'inae.sep.employment-exit-rate') detail.employmentOnly = n('denominator') === 0 ? null : (n('durable') + n('transition')) / n('denominator');
  return {
    value: n('denominator') === 0 ? null : n('numerator') / n('denominator'),
    numerator: n('numerator'),
    denominator: n('denominator'),
    detail,
    explanationFr: `${n('numerator')} sorties au numérateur sur ${n('denominator')} sorties examinées (${detail.withdrawn} retirées, ${detail.belowThreshold} sous le seuil de présence)`,
  };
}

/** The value of a dataset indicator from its SQL row (`value`, `numerator`, `denominator`, `null_reason`), explained by its formula. */
export function datasetValueOfRow(row: SqlRow, formula: string): IndicatorValue {
  const opt = (k: string) => (row[k] === null || row[k] === undefined ? null : Number(row[k]));
  const value = opt('value');
  const numerator = opt('numerator');
  const denominator = opt('denominator');
  return {
    value,
    ...(numerator === null ? {} : { numerator }),
    ...(denominator === null ? {} : { denominator }),
    ...(row.null_reason === 'no_plie_participant' ? { nullReason: 'no_plie_participant' as const } : {}),
    explanationFr: numerator === null ? `${formula} (SQL de @siae/sql)` : `${numerator} au numérateur sur ${denominator} (${formula})`,
  };
}

/** The breakdown keys, in the order of `Report.breakdowns`. */
export const BREAKDOWN_KEYS: readonly BreakdownKey[] = ['structure', 'structureKind', 'departement', 'year', 'quarter', 'month', 'entryCohort'];
