import { expectIsoDate, type IsoDate } from '../dates/isoDate';
import { expectArray, expectObject, issueAt } from '../errors/guards';
import { SiaeValidationError } from '../errors/validationError';

/** Checks the shape a dated parameter needs to be read (an object with a list of dated values). */
function checkParameter(param: unknown): void {
  const p = expectObject(param, 'param', 'dated parameter');
  const values = expectArray(p.values, ['param', 'values'], 'dated parameter');
  for (let i = 0; i < values.length; i++) {
    const v = expectObject(values[i], ['param', 'values', i], 'dated parameter');
    expectIsoDate(v.from, ['param', 'values', i, 'from'], 'dated parameter');
  }
}

/** One value of a dated parameter: in force from `from` until the next value starts. */
export interface DatedValue<T> {
  /** First day the value applies. */
  from: IsoDate;
  /** The value; `null` ends the parameter (it no longer exists from that day). */
  value: T | null;
  /** Legal or public reference of this value. */
  source: string;
  /**
   * Where the figure was read when the published text itself could not be (a press article, a
   * network's note): the value is then only as good as that secondary source.
   */
  secondarySource?: string;
  /**
   * True when the value or its start date is not established by a public text the project holds
   * (taken from a secondary source, or our default): see `assumptionFr` (or `noteFr`) for why.
   */
  assumed?: boolean;
  /** Why the value or its date is assumed, in French. */
  assumptionFr?: string;
  /** Any other remark on the value (what is uncertain, how it applies), in French. */
  noteFr?: string;
}

/**
 * A legal parameter as a dated series (OpenFisca style): nothing is overwritten, a new law adds a
 * date; the value at a date is the one with the latest start on or before it.
 */
export interface DatedParameter<T> {
  /** Stable id (`diagnosis.validity.employer`). */
  id: string;
  /** What it is, in French. */
  labelFr: string;
  /** Unit (`days`, `months`, `euros`, ...). */
  unit: string;
  /** The values, oldest first. */
  values: readonly DatedValue<T>[];
}

/**
 * The value of a dated parameter on a date, with the reference that applies, or `null` before the
 * first value or after a `null` value.
 *
 * @example valueAt(diagnosisValidityEmployer, '2025-01-13')?.value // { days: 92 }
 */
export function valueAt<T>(param: DatedParameter<T>, date: IsoDate): { value: T; from: IsoDate; source: string } | null {
  checkParameter(param);
  expectIsoDate(date, 'date', 'parameter date');
  let found: DatedValue<T> | undefined;
  for (const v of param.values) if (v.from <= date) found = v;
  if (!found || found.value === null) return null;
  return { value: found.value, from: found.from, source: found.source };
}

/**
 * Same as {@link valueAt}, but throws a {@link SiaeValidationError} (code `no_value`, path `date`)
 * naming the parameter when it has no value on the date.
 */
export function requireValueAt<T>(param: DatedParameter<T>, date: IsoDate): { value: T; from: IsoDate; source: string } {
  const v = valueAt(param, date);
  if (!v) {
    throw new SiaeValidationError(
      [issueAt('date', 'no_value', `le paramètre ${param.id} n'a pas de valeur à cette date`, `parameter ${param.id} has no value on that date`)],
      'parameter date',
    );
  }
  return v;
}
