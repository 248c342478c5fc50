import { educationLevels } from '../../codes/domainCodes';
import { isIsoDate } from '../../dates/isoDate';
import type { Person } from '../person';
import { isCode, isId, isOptionalBoolean, isPlainRecord } from './fields';

/** Whether a key is a field of the person schema (a switch: faster than a set lookup). */
function isKey(key: string): boolean {
  switch (key) {
    case 'id': case 'birthDate': case 'educationLevel': case 'jobSeekerSince': case 'qpv': case 'zrr': case 'minimaSociaux': case 'rqth': case 'underJusticeMeasure': case 'plieParticipant':
      return true;
    default:
      return false;
  }
}

/**
 * Whether `personSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalPerson(row: unknown): row is Person {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isKey(key)) return false;
  return (
    isId(row.id) &&
    isIsoDate(row.birthDate) &&
    (row.educationLevel === undefined || isCode(educationLevels, row.educationLevel)) &&
    (row.jobSeekerSince === undefined || isIsoDate(row.jobSeekerSince)) &&
    isOptionalBoolean(row.qpv) &&
    isOptionalBoolean(row.zrr) &&
    isOptionalBoolean(row.minimaSociaux) &&
    isOptionalBoolean(row.rqth) &&
    isOptionalBoolean(row.underJusticeMeasure) &&
    isOptionalBoolean(row.plieParticipant)
  );
}
