import { expectArray } from './guards';
import { formatPath, SiaeValidationError } from './validationError';

/** Keys refused in every document a user loads (rules, mappings, parameters, declarations). */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Walks a parsed JSON value and returns the path of every forbidden key (`__proto__`,
 * `constructor`, `prototype`): such keys are refused before a document is used, so a loaded
 * rule or mapping cannot pollute object prototypes.
 */
export function findForbiddenKeys(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  expectArray(path, 'path', 'path');
  const found: (string | number)[][] = [];
  const stack: { v: unknown; p: (string | number)[] }[] = [{ v: value, p: path }];
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push({ v: v[i], p: [...p, i] });
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.includes(key)) found.push([...p, key]);
        else stack.push({ v: (v as Record<string, unknown>)[key], p: [...p, key] });
      }
    }
  }
  return found;
}

/**
 * Throws a {@link SiaeValidationError} naming every forbidden key (`__proto__`, `constructor`,
 * `prototype`) of a document a user loads; does nothing for a clean document.
 */
export function assertNoForbiddenKeys(value: unknown, what: string): void {
  const found = findForbiddenKeys(value);
  if (found.length === 0) return;
  throw new SiaeValidationError(
    found.map((path) => ({
      path,
      pathText: formatPath(path),
      code: 'forbidden_key',
      messageFr: 'clé interdite (__proto__, constructor ou prototype)',
      messageEn: 'forbidden key (__proto__, constructor or prototype)',
    })),
    what,
  );
}
