import { barrierKinds, interviewKinds, participantRoles } from '../../codes/domainCodes';
import { skillsAttestationKinds } from '../../codes/recordCodes';
import { isIsoDate } from '../../dates/isoDate';
import type { Barrier, Interview, Pmsmp, SkillsAttestation, Training } from '../support';
import { isCode, isId, isNumberIn, isOptionalBoolean, isPlainArray, isPlainRecord, isText, isTime } from './fields';

/** Whether a key is a field of the interview schema (a switch: faster than a set lookup). */
function isInterviewKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'structureId': case 'kind': case 'date': case 'startTime': case 'endTime': case 'participants': case 'reportWritten':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the participant schema (a switch: faster than a set lookup). */
function isParticipantKey(key: string): boolean {
  switch (key) {
    case 'role': case 'name':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the barrier schema (a switch: faster than a set lookup). */
function isBarrierKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'kind': case 'identifiedOn': case 'liftedOn':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the training schema (a switch: faster than a set lookup). */
function isTrainingKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'structureId': case 'title': case 'startDate': case 'endDate': case 'hours': case 'qualifying': case 'preparation':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the pmsmp schema (a switch: faster than a set lookup). */
function isPmsmpKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'startDate': case 'endDate': case 'company':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the skills attestation schema (a switch: faster than a set lookup). */
function isSkillsAttestationKey(key: string): boolean {
  switch (key) {
    case 'id': case 'personId': case 'date': case 'kind':
      return true;
    default:
      return false;
  }
}

/** Whether a value is a list of participants zod returns unchanged. */
function areParticipants(value: unknown): boolean {
  if (!isPlainArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!isPlainRecord(p)) return false;
    for (const key in p) if (!isParticipantKey(key)) return false;
    if (!isCode(participantRoles, p.role) || (p.name !== undefined && !isText(p.name, 0, 200))) return false;
  }
  return true;
}

/**
 * Whether `interviewSchema` accepts a row and returns it unchanged: as well as the checks (end
 * time after start time), `participants` must be present (zod would fill its default). False
 * means "ask zod", not "invalid".
 */
export function isCanonicalInterview(row: unknown): row is Interview {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isInterviewKey(key)) return false;
  const { startTime, endTime } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    isId(row.structureId) &&
    isCode(interviewKinds, row.kind) &&
    isIsoDate(row.date) &&
    isTime(startTime) &&
    isTime(endTime) &&
    endTime > startTime &&
    areParticipants(row.participants) &&
    isOptionalBoolean(row.reportWritten)
  );
}

/**
 * Whether `barrierSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalBarrier(row: unknown): row is Barrier {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isBarrierKey(key)) return false;
  const { identifiedOn, liftedOn } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    isCode(barrierKinds, row.kind) &&
    isIsoDate(identifiedOn) &&
    (liftedOn === undefined || (isIsoDate(liftedOn) && liftedOn >= identifiedOn))
  );
}

/**
 * Whether `trainingSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalTraining(row: unknown): row is Training {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isTrainingKey(key)) return false;
  const { startDate, endDate } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    (row.structureId === undefined || isId(row.structureId)) &&
    isText(row.title, 1, 300) &&
    isIsoDate(startDate) &&
    (endDate === undefined || (isIsoDate(endDate) && endDate >= startDate)) &&
    isNumberIn(row.hours, 0, Number.POSITIVE_INFINITY) &&
    isOptionalBoolean(row.qualifying) &&
    isOptionalBoolean(row.preparation)
  );
}

/**
 * Whether `pmsmpSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalPmsmp(row: unknown): row is Pmsmp {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isPmsmpKey(key)) return false;
  const { startDate, endDate } = row;
  return (
    isId(row.id) &&
    isId(row.personId) &&
    isIsoDate(startDate) &&
    isIsoDate(endDate) &&
    endDate >= startDate &&
    (row.company === undefined || isText(row.company, 0, 300))
  );
}

/**
 * Whether `skillsAttestationSchema` accepts a row and returns it unchanged (no unknown key, every
 * check passed). False means "ask zod", not "invalid".
 */
export function isCanonicalSkillsAttestation(row: unknown): row is SkillsAttestation {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isSkillsAttestationKey(key)) return false;
  return isId(row.id) && isId(row.personId) && isIsoDate(row.date) && isCode(skillsAttestationKinds, row.kind);
}
