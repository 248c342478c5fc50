import type { ValidationIssue } from '@siae/model';

/**
 * Why an exit of a dataset gets no exit record, hence no place in the rates (the `issues` of
 * `computeReport` and of `exitRecordsFromDataset`): its structure is unknown or not an SIAE (a
 * GEIQ), or no contract of the person in the structure starts before it. The message and the field
 * its issue names: the engines that compute elsewhere (the CLI's DuckDB engine) describe these
 * exits with the same words.
 */
export const UNRATED_EXITS = Object.freeze({
  unknown_structure: Object.freeze({ messageFr: 'structure inconnue ou non SIAE', messageEn: 'unknown or non-SIAE structure', field: 'structureId' as const }),
  no_contract: Object.freeze({ messageFr: 'aucun contrat avant cette sortie dans la structure', messageEn: 'no contract before this exit in the structure', field: null }),
});

/** The issue of the exit at `index` of the dataset's exits for `code` (not exported by the package). */
export function unratedExitIssue(code: keyof typeof UNRATED_EXITS, index: number): ValidationIssue {
  const { messageFr, messageEn, field } = UNRATED_EXITS[code];
  return field === null
    ? { path: ['exits', index], pathText: `exits[${index}]`, code, messageFr, messageEn }
    : { path: ['exits', index, field], pathText: `exits[${index}].${field}`, code, messageFr, messageEn };
}
