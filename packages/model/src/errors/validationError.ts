/** One problem found in an input: where it is and what is wrong, in French and in English. */
export interface ValidationIssue {
  /** Path of the field, as keys and indexes (`['contracts', 0, 'startDate']`). */
  path: (string | number)[];
  /** The same path as text (`contracts[0].startDate`, or `(racine)` for the whole input). */
  pathText: string;
  /** A stable machine code (`invalid_type`, `invalid_date`, `unknown_code`, ...). */
  code: string;
  /** What is wrong, in French. Never contains the field's value. */
  messageFr: string;
  /** What is wrong, in English. Never contains the field's value. */
  messageEn: string;
}

/** Formats a field path as `a.b[0].c`; the root is `(racine)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (!Array.isArray(path)) {
    const issue: ValidationIssue = { path: ['path'], pathText: 'path', code: 'invalid_type', messageFr: 'doit être une liste', messageEn: 'must be a list' };
    throw new SiaeValidationError([issue], 'path');
  }
  if (path.length === 0) return '(racine)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * The error every public entry point of `@siae` throws (or returns) on bad input. It lists every
 * problem with its field path, in French and in English, and never echoes a value: the data is
 * about vulnerable people.
 */
export class SiaeValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], what = 'input') {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
    super(
      first
        ? `Invalid ${what}: ${first.pathText}: ${first.messageEn}${more} / Donnée invalide : ${first.pathText} : ${first.messageFr}${more}`
        : `Invalid ${what} / Donnée invalide`,
    );
    this.name = 'SiaeValidationError';
    this.issues = issues;
  }
}
