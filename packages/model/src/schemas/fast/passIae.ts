import { prolongationReasons, suspensionReasons } from '../../codes/domainCodes';
import { isIsoDate } from '../../dates/isoDate';
import type { PassIae } from '../passIae';
import { PASS_NUMBER_PATTERN } from '../patterns';
import { isCode, isId, isPlainArray, isPlainRecord } from './fields';

/** Whether a key is a field of the PASS IAE schema (a switch: faster than a set lookup). */
function isKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'number': case 'startDate': case 'endDate': case 'suspensions': case 'prolongations':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the period schema (a switch: faster than a set lookup). */
function isPeriodKey(key: string): boolean {
  switch (key) {
    case 'start': case 'end': case 'reason':
      return true;
    default:
      return false;
  }
}

/** Whether a value is a list of `{ start, end, reason }` periods zod returns unchanged (`end >= start`). */
function arePeriods(value: unknown, reasons: { has(code: string): boolean }): boolean {
  if (!isPlainArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!isPlainRecord(p)) return false;
    for (const key in p) if (!isPeriodKey(key)) return false;
    const { start, end } = p;
    if (!isIsoDate(start) || !isIsoDate(end) || end < start || !isCode(reasons, p.reason)) return false;
  }
  return true;
}

/**
 * Whether `passIaeSchema` accepts a row and returns it unchanged: as well as the checks,
 * `suspensions` and `prolongations` must be present (zod would fill their default). False means
 * "ask zod", not "invalid".
 */
export function isCanonicalPassIae(row: unknown): row is PassIae {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isKey(key)) return false;
  const { number, startDate, endDate } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    (number === undefined || (typeof number === 'string' && PASS_NUMBER_PATTERN.test(number))) &&
    isIsoDate(startDate) &&
    isIsoDate(endDate) &&
    endDate >= startDate &&
    arePeriods(row.suspensions, suspensionReasons) &&
    arePeriods(row.prolongations, prolongationReasons)
  );
}
