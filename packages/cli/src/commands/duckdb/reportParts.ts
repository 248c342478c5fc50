import type { IndicatorValue, RateResult } from '@siae/indicators';

/** A row of a DuckDB result read with `getRowObjectsJson` (BIGINT counts come as strings). */
export type SqlRow = Record<string, unknown>;

/**
 * The value of an exit-rate indicator from its rate (read from its SQL row by `rateResultFromSqlRow`),
 * with the counts as detail and the explanation the catalogue gives (the INAÉ rate also gives its
 * share in employment alone, as the catalogue does).
 */
export function exitRateValueOf(id: string, rate: Pick<RateResult, 'value' | 'numerator' | 'denominator' | 'counts'>): IndicatorValue {
  const { numerator, denominator, counts } = rate;
  const detail: Record<string, number | null> = { ...counts };
  if (id === 'inae.sep.employment-exit-rate') detail.employmentOnly = denominator === 0 ? null : (counts.durable + counts.transition) / denominator;
  return {
    value: rate.value,
    numerator,
    denominator,
    detail,
    explanationFr: `${numerator} sorties au numérateur sur ${denominator} sorties examinées (${counts.withdrawn} retirées, ${counts.belowThreshold} sous le seuil de présence)`,
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
