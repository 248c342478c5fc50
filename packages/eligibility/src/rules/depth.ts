import { SiaeValidationError, formatPath } from '@siae/model';

/**
 * The deepest condition tree a rule document may hold: a condition at the top of a rule is at
 * depth 1, each `all`, `any` or `not` adds one. The shipped rules use 4; the bound keeps the
 * validation, the compiler and json-rules-engine far from the stack limit (a tree 1,500 deep
 * overflowed it).
 */
export const MAX_CONDITION_DEPTH = 64;

/**
 * Throws a {@link SiaeValidationError} (code `too_deep`, the path of the first condition past the
 * limit) when a condition tree is deeper than {@link MAX_CONDITION_DEPTH}. Walks without recursion,
 * so it is safe on any input, and before zod, whose recursive schema would overflow first.
 */
export function assertConditionDepth(condition: unknown, path: (string | number)[] = [], what = 'rule document'): void {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: condition, path, depth: 1 }];
  while (stack.length > 0) {
    const { node, path: p, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_CONDITION_DEPTH) {
      throw new SiaeValidationError(
        [
          {
            path: p,
            pathText: formatPath(p),
            code: 'too_deep',
            messageFr: `conditions imbriquées sur plus de ${MAX_CONDITION_DEPTH} niveaux`,
            messageEn: `conditions nested more than ${MAX_CONDITION_DEPTH} levels deep`,
          },
        ],
        what,
      );
    }
    const n = node as Record<string, unknown>;
    for (const key of ['all', 'any'] as const) {
      const list = Object.hasOwn(n, key) ? n[key] : undefined;
      if (Array.isArray(list)) for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i], path: [...p, key, i], depth: depth + 1 });
    }
    if (Object.hasOwn(n, 'not')) stack.push({ node: n.not, path: [...p, 'not'], depth: depth + 1 });
  }
}

/** {@link assertConditionDepth} on the `conditions` of every rule of a document-shaped value. */
export function assertDocumentDepth(doc: unknown): void {
  if (doc === null || typeof doc !== 'object' || !Object.hasOwn(doc, 'rules')) return;
  const rules = (doc as { rules: unknown }).rules;
  if (!Array.isArray(rules)) return;
  rules.forEach((rule, i) => {
    if (rule !== null && typeof rule === 'object' && Object.hasOwn(rule, 'conditions')) {
      assertConditionDepth((rule as { conditions: unknown }).conditions, ['rules', i, 'conditions']);
    }
  });
}
