import { exitReasons } from '../../codes/exitReason';
import { isIsoDate } from '../../dates/isoDate';
import type { Exit } from '../exit';
import { isCode, isId, isPlainRecord } from './fields';

/** Whether a key is a field of the exit schema (a switch: faster than a set lookup). */
function isKey(key: string): boolean {
  switch (key) {
    case 'personId': case 'structureId': case 'date': case 'reason': case 'followUp':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the follow up schema (a switch: faster than a set lookup). */
function isFollowUpKey(key: string): boolean {
  switch (key) {
    case '3': case '6': case '12':
      return true;
    default:
      return false;
  }
}

/** Whether a value is a follow-up `followUpSchema` (strict) returns unchanged. */
function isFollowUp(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) if (!isFollowUpKey(key)) return false;
  const m3 = value['3'];
  const m6 = value['6'];
  const m12 = value['12'];
  return (m3 === undefined || isCode(exitReasons, m3)) && (m6 === undefined || isCode(exitReasons, m6)) && (m12 === undefined || isCode(exitReasons, m12));
}

/**
 * Whether `exitSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalExit(row: unknown): row is Exit {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isKey(key)) return false;
  return (
    isId(row.personId) &&
    isId(row.structureId) &&
    isIsoDate(row.date) &&
    isCode(exitReasons, row.reason) &&
    (row.followUp === undefined || isFollowUp(row.followUp))
  );
}
