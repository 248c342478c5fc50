import { contractKinds } from '../../codes/domainCodes';
import { isIsoDate } from '../../dates/isoDate';
import type { Contract, MonthlyHours } from '../contract';
import { isCode, isId, isMonth, isNumberIn, isPlainRecord } from './fields';

/** Whether a key is a field of the contract schema (a switch: faster than a set lookup). */
function isContractKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'structureId': case 'kind': case 'startDate': case 'endDate': case 'trialPeriodEndDate': case 'weeklyHours': case 'renewalOf': case 'brokenOn':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the monthly hours schema (a switch: faster than a set lookup). */
function isMonthlyHoursKey(key: string): boolean {
  switch (key) {
    case 'personId': case 'structureId': case 'month': case 'hours':
      return true;
    default:
      return false;
  }
}

/**
 * Whether `contractSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalContract(row: unknown): row is Contract {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isContractKey(key)) return false;
  const { startDate, endDate } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    isId(row.structureId) &&
    isCode(contractKinds, row.kind) &&
    isIsoDate(startDate) &&
    (endDate === undefined || (isIsoDate(endDate) && endDate >= startDate)) &&
    (row.trialPeriodEndDate === undefined || isIsoDate(row.trialPeriodEndDate)) &&
    (row.weeklyHours === undefined || isNumberIn(row.weeklyHours, 0, 48)) &&
    (row.renewalOf === undefined || isId(row.renewalOf)) &&
    (row.brokenOn === undefined || isIsoDate(row.brokenOn))
  );
}

/**
 * Whether `monthlyHoursSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalMonthlyHours(row: unknown): row is MonthlyHours {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isMonthlyHoursKey(key)) return false;
  return isId(row.personId) && isId(row.structureId) && isMonth(row.month) && isNumberIn(row.hours, 0, 744);
}
