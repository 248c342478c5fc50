import { formatPath, SiaeValidationError, type ValidationIssue } from './validationError';

/** A field path as keys and indexes, or one key. */
export type FieldPath = string | readonly (string | number)[];

function pathOf(path: FieldPath): (string | number)[] {
  if (typeof path === 'string') return [path];
  if (!Array.isArray(path) || !path.every((k) => typeof k === 'string' || typeof k === 'number')) {
    const issue: ValidationIssue = { path: ['path'], pathText: 'path', code: 'invalid_type', messageFr: 'doit être un texte ou une liste de clés', messageEn: 'must be a string or a list of keys' };
    throw new SiaeValidationError([issue], 'path');
  }
  return [...path];
}

/**
 * One bilingual issue at a path (the value is never quoted). Used by the argument guards of every
 * package so a bad argument gives the same kind of error as a bad record.
 */
export function issueAt(path: FieldPath, code: string, messageFr: string, messageEn: string): ValidationIssue {
  const p = pathOf(path);
  return { path: p, pathText: formatPath(p), code, messageFr, messageEn };
}

/** Throws a {@link SiaeValidationError} with one issue at `path`. */
export function invalidArgument(what: string, path: FieldPath, code: string, messageFr: string, messageEn: string): never {
  throw new SiaeValidationError([issueAt(path, code, messageFr, messageEn)], what);
}

const TYPE_NAMES = {
  object: ['un objet', 'an object'],
  array: ['une liste', 'a list'],
  string: ['un texte', 'a string'],
  number: ['un nombre', 'a number'],
  integer: ['un nombre entier', 'an integer'],
  function: ['une fonction', 'a function'],
} as const;

function wrongType(what: string, path: FieldPath, value: unknown, expected: keyof typeof TYPE_NAMES): never {
  if (value === undefined) return invalidArgument(what, path, 'required', 'champ obligatoire manquant', 'required field is missing');
  const [fr, en] = TYPE_NAMES[expected];
  return invalidArgument(what, path, 'invalid_type', `doit être ${fr}`, `must be ${en}`);
}

/** The value as a non-null, non-list object, or a {@link SiaeValidationError} at `path`. */
export function expectObject(value: unknown, path: FieldPath, what = 'input'): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrongType(what, path, value, 'object');
  return value as Record<string, unknown>;
}

/** The value as a list, or a {@link SiaeValidationError} at `path`. */
export function expectArray(value: unknown, path: FieldPath, what = 'input'): readonly unknown[] {
  if (!Array.isArray(value)) return wrongType(what, path, value, 'array');
  return value;
}

/** The value as a string, or a {@link SiaeValidationError} at `path`. */
export function expectString(value: unknown, path: FieldPath, what = 'input'): string {
  if (typeof value !== 'string') return wrongType(what, path, value, 'string');
  return value;
}

/** The value as a finite number, or a {@link SiaeValidationError} at `path`. */
export function expectNumber(value: unknown, path: FieldPath, what = 'input'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(what, path, value, 'number');
  return value;
}

/** The value as a safe integer, or a {@link SiaeValidationError} at `path`. */
export function expectInteger(value: unknown, path: FieldPath, what = 'input'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) return wrongType(what, path, value, 'integer');
  return value;
}

/** The value as a function, or a {@link SiaeValidationError} at `path`. */
export function expectFunction<F extends (...args: never[]) => unknown>(value: unknown, path: FieldPath, what = 'input'): F {
  if (typeof value !== 'function') return wrongType(what, path, value, 'function');
  return value as F;
}

/**
 * The value when it is one of `allowed` (compared with `===`, so an `Object.prototype` name such
 * as `constructor` is never taken for a code), or a {@link SiaeValidationError} at `path` listing
 * the allowed values (not the value given).
 */
export function expectOneOf<T extends string | number>(value: unknown, allowed: readonly T[], path: FieldPath, what = 'input'): T {
  if (value === undefined) return invalidArgument(what, path, 'required', 'champ obligatoire manquant', 'required field is missing');
  if (!allowed.includes(value as T)) {
    const list = allowed.map((v) => JSON.stringify(v)).join(', ');
    return invalidArgument(what, path, 'unknown_code', `valeur non reconnue ; valeurs permises : ${list}`, `unknown value; allowed values: ${list}`);
  }
  return value as T;
}

/**
 * `table[key]` when `key` is an own property of `table`, else `undefined`: a key read from data
 * (`constructor`, `toString`, `__proto__`) never reaches `Object.prototype`.
 */
export function ownValue<V>(table: Readonly<Record<string, V>> | null | undefined, key: PropertyKey): V | undefined {
  if (table === null || table === undefined) return undefined;
  return Object.hasOwn(table, key) ? table[key as string] : undefined;
}

/**
 * A list whose elements the type checker does not know (`unknown[]`, `any[]`, `JSON.parse`
 * output, rows read as `Record<string, unknown>`): the parameter type of the validating overloads.
 * A list of known elements (an object literal with a misspelt field, say) does not match it, so it
 * must match the typed overload (`readonly ExitRecord[]`, …) and a typo fails to compile.
 *
 * @example
 * function rate(exits: readonly ExitRecord[]): number;
 * function rate<E extends readonly unknown[]>(exits: UncheckedList<E>): number;
 */
export type UncheckedList<E extends readonly unknown[]> = E & (unknown extends E[number] ? unknown : string extends keyof E[number] ? unknown : never);
