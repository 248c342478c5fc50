import { structureKinds } from '../../codes/structureKind';
import { isIsoDate } from '../../dates/isoDate';
import { DEPARTEMENT_PATTERN } from '../patterns';
import { isValidSiret } from '../siret';
import type { Structure } from '../structure';
import { isCode, isId, isNumberIn, isPlainRecord, isText } from './fields';

/** Whether a key is a field of the structure schema (a switch: faster than a set lookup). */
function isKey(key: string): boolean {
  switch (key) {
    case 'id': case 'kind': case 'siret': case 'name': case 'departement': case 'conventionnement': case 'etpConventionnes':
      return true;
    default:
      return false;
  }
}

/** Whether a key is a field of the period schema (a switch: faster than a set lookup). */
function isPeriodKey(key: string): boolean {
  switch (key) {
    case 'from': case 'to':
      return true;
    default:
      return false;
  }
}

/** Whether a value is a period `periodSchema` returns unchanged: `{ from, to }`, dates, `from <= to`. */
function isPeriod(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) if (!isPeriodKey(key)) return false;
  const { from, to } = value;
  return isIsoDate(from) && isIsoDate(to) && from <= to;
}

/**
 * Whether `structureSchema` accepts a row and returns it unchanged (no unknown key, every check
 * passed). False means "ask zod", not "invalid".
 */
export function isCanonicalStructure(row: unknown): row is Structure {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!isKey(key)) return false;
  const { siret, departement, conventionnement, etpConventionnes } = row;
  return (
    isId(row.id) &&
    isCode(structureKinds, row.kind) &&
    typeof siret === 'string' &&
    isValidSiret(siret) &&
    isText(row.name, 1, 300) &&
    typeof departement === 'string' &&
    DEPARTEMENT_PATTERN.test(departement) &&
    (conventionnement === undefined || isPeriod(conventionnement)) &&
    (etpConventionnes === undefined || isNumberIn(etpConventionnes, 0, Number.POSITIVE_INFINITY))
  );
}
