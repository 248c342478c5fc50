import { ALL_CRITERION_CODES } from '../../codes/criterion';
import { prescriberKinds } from '../../codes/domainCodes';
import { diagnosisAuthorKinds, diagnosisKinds, prescriptionOutcomes } from '../../codes/recordCodes';
import { isIsoDate } from '../../dates/isoDate';
import type { Diagnosis, Prescription } from '../orientation';
import { isCode, isId, isPlainArray, isPlainRecord } from './fields';

/** Whether a key is a field of the prescription schema (a switch: faster than a set lookup). */
function isPrescriptionKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'structureId': case 'date': case 'prescriberKind': case 'authorized': case 'outcome':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the diagnosis schema (a switch: faster than a set lookup). */
function isDiagnosisKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'authorKind': case 'structureId': case 'date': case 'kind': case 'criteria':
      return true;
    default:
      return false;
  }
}

const CRITERIA = new Set<string>(ALL_CRITERION_CODES);

/**
 * Whether `prescriptionSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalPrescription(row: unknown): row is Prescription {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isPrescriptionKey(key)) return false;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    isId(row.structureId) &&
    isIsoDate(row.date) &&
    isCode(prescriberKinds, row.prescriberKind) &&
    typeof row.authorized === 'boolean' &&
    isCode(prescriptionOutcomes, row.outcome)
  );
}

/**
 * Whether `diagnosisSchema` accepts a row and returns it unchanged: as well as the checks, `kind`
 * must be present (zod would fill its default). False means "ask zod", not "invalid".
 */
export function isCanonicalDiagnosis(row: unknown): row is Diagnosis {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isDiagnosisKey(key)) return false;
  if (
    !isId(row.id) ||
    !isId(row.personId) ||
    !isCode(diagnosisAuthorKinds, row.authorKind) ||
    (row.structureId !== undefined && !isId(row.structureId)) ||
    !isIsoDate(row.date) ||
    !isCode(diagnosisKinds, row.kind)
  ) {
    return false;
  }
  const criteria = row.criteria;
  if (!isPlainArray(criteria)) return false;
  for (let i = 0; i < criteria.length; i++) if (!isCode(CRITERIA, criteria[i])) return false;
  return true;
}
