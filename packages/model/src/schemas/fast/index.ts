import type { Dataset, DatasetTable } from '../dataset';
import { isCanonicalContract, isCanonicalMonthlyHours } from './contract';
import { isCanonicalExit } from './exit';
import { isCanonicalDiagnosis, isCanonicalPrescription } from './orientation';
import { isCanonicalPassIae } from './passIae';
import { isCanonicalPerson } from './person';
import { isCanonicalStructure } from './structure';
import { isCanonicalBarrier, isCanonicalInterview, isCanonicalPmsmp, isCanonicalSkillsAttestation, isCanonicalTraining } from './support';

export { isCanonicalContract, isCanonicalMonthlyHours } from './contract';
export { isCanonicalExit } from './exit';
export { isCanonicalDiagnosis, isCanonicalPrescription } from './orientation';
export { isCanonicalPassIae } from './passIae';
export { isCanonicalPerson } from './person';
export { isCanonicalStructure } from './structure';
export { isCanonicalBarrier, isCanonicalInterview, isCanonicalPmsmp, isCanonicalSkillsAttestation, isCanonicalTraining } from './support';

/**
 * For each table, a fast allocation-free check that answers true only when the table's zod schema
 * accepts a row AND returns it unchanged (deep-equal: no unknown key, every defaulted field
 * present, every refinement passed), so the row itself can be kept. False means "ask zod", which
 * gives the full list of problems (or a copy with defaults filled and unknown keys stripped).
 * Symbol-keyed properties, which JSON, CSV and `structuredClone` cannot carry, are not looked at.
 *
 * @example
 * if (canonicalRowChecks.contracts(row)) kept.push(row);
 */
export const canonicalRowChecks: { readonly [T in DatasetTable]: (row: unknown) => row is Dataset[T][number] } = Object.freeze({
  structures: isCanonicalStructure,
  people: isCanonicalPerson,
  prescriptions: isCanonicalPrescription,
  diagnoses: isCanonicalDiagnosis,
  passes: isCanonicalPassIae,
  contracts: isCanonicalContract,
  monthlyHours: isCanonicalMonthlyHours,
  interviews: isCanonicalInterview,
  barriers: isCanonicalBarrier,
  trainings: isCanonicalTraining,
  pmsmps: isCanonicalPmsmp,
  skillsAttestations: isCanonicalSkillsAttestation,
  exits: isCanonicalExit,
});
