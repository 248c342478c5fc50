import { expectArray, invalidArgument, safeValidate, SiaeValidationError, type ValidationIssue } from '@siae/model';
import { type ExitRecord, exitRecordSchema, looksLikeValidExitRecord } from '../exits/exitRecord';
import { laterExit } from './recordKeys';
import { supersededChecked } from './superseded';

/**
 * Whether exit `a` comes after exit `b` of the same person in the same structure: later exit date,
 * then later hiring; remaining ties are broken on the reason and the hours so that the result never
 * depends on the order of the records.
 *
 * @throws {SiaeValidationError} when `a` or `b` is not a valid exit record.
 */
export function isLaterExit(a: ExitRecord, b: ExitRecord): boolean {
  checkRecords([a, b], ['a', 'b']);
  return laterExit(a, b);
}

/** Throws a {@link SiaeValidationError} listing the problems of every record that is not a valid exit record. */
function checkRecords(records: readonly unknown[], names?: readonly string[]): void {
  const issues: ValidationIssue[] = [];
  records.forEach((rec, i) => {
    if (rec === null || rec === undefined || looksLikeValidExitRecord(rec)) {
      if (names && (rec === null || rec === undefined)) {
        issues.push({ path: [names[i]!], pathText: names[i]!, code: 'required', messageFr: 'champ obligatoire manquant', messageEn: 'required field is missing' });
      }
      return;
    }
    const r = safeValidate(exitRecordSchema, rec, names ? [names[i]!] : ['records', i]);
    if (!r.success) issues.push(...r.issues);
  });
  if (issues.length > 0) throw new SiaeValidationError(issues, 'exit records');
}

/**
 * Marks the exits that are not the latest of their person in their structure: `result[i]` is 1
 * when another exit of the same person, in the same structure (and the same group when `groups` is
 * given), is in scope and comes later ({@link isLaterExit}); 0 otherwise, and 0 for records out of
 * scope.
 *
 * One pass over the records with an open-addressing hash table held in typed arrays, sized from the
 * number of records in scope: no key string and no object per record, so a million exits cost a
 * few tens of megabytes and no garbage. Pure: reads its inputs, returns a new array.
 *
 * @param records the records (null for a record that failed validation: never in scope)
 * @param inScope `inScope[i]` is 1 for the records that count (in the period); a missing entry or a null record is out of scope
 * @param groups optional group number per record (a breakdown): the latest exit is read within each group
 * @throws {SiaeValidationError} when a record is not a valid exit record or a list has the wrong type or length.
 */
export function supersededExits(records: readonly (ExitRecord | null | undefined)[], inScope: Uint8Array, groups?: Int32Array): Uint8Array {
  expectArray(records, 'records', 'exit records');
  if (!(inScope instanceof Uint8Array)) invalidArgument('exit records', 'inScope', 'invalid_type', 'doit être un Uint8Array', 'must be a Uint8Array');
  if (groups !== undefined && !(groups instanceof Int32Array)) invalidArgument('exit records', 'groups', 'invalid_type', 'doit être un Int32Array', 'must be an Int32Array');
  if (groups !== undefined && groups.length < records.length) invalidArgument('exit records', 'groups', 'too_small', 'doit avoir une entrée par enregistrement', 'must have one entry per record');
  checkRecords(records);
  return supersededChecked(records, inScope, groups);
}
