/** A binary operator over a fact value and a rule value. */
export type Operator = (factValue: unknown, ruleValue: unknown) => boolean;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The operators, by name (copied into the prototype-less {@link OPERATORS}). */
const TABLE: Record<string, Operator> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
  lessThan: (a, b) => num(a) < num(b),
  lessThanInclusive: (a, b) => num(a) <= num(b),
  greaterThan: (a, b) => num(a) > num(b),
  greaterThanInclusive: (a, b) => num(a) >= num(b),
  dateOnOrAfter: (a, b) => {
    const x = str(a);
    const y = str(b);
    return x !== null && y !== null && x >= y;
  },
  dateOnOrBefore: (a, b) => {
    const x = str(a);
    const y = str(b);
    return x !== null && y !== null && x <= y;
  },
  dateBefore: (a, b) => {
    const x = str(a);
    const y = str(b);
    return x !== null && y !== null && x < y;
  },
  dateAfter: (a, b) => {
    const x = str(a);
    const y = str(b);
    return x !== null && y !== null && x > y;
  },
};

/**
 * The operators our rule documents may use: json-rules-engine's built-in ones (same semantics)
 * plus the date operators it lacks, over ISO `YYYY-MM-DD` strings (which sort as dates). The
 * engine path registers the date ones; the compiled evaluator uses the whole table. The table has
 * no prototype: `OPERATORS.constructor` is undefined.
 */
export const OPERATORS: Readonly<Record<string, Operator>> = Object.freeze(Object.assign(Object.create(null) as Record<string, Operator>, TABLE));

/**
 * The operator of that name, or undefined: an own-property lookup (the table also has no
 * prototype), so `constructor`, `toString` or `__proto__` are never taken for operators.
 */
export function operatorOf(name: unknown): Operator | undefined {
  return typeof name === 'string' && Object.hasOwn(OPERATORS, name) ? OPERATORS[name] : undefined;
}

/** The operators json-rules-engine lacks and that the engine path adds. */
export const DATE_OPERATORS = ['dateOnOrAfter', 'dateOnOrBefore', 'dateBefore', 'dateAfter'] as const;

/** Names of every operator a rule document may use. */
export const OPERATOR_NAMES = Object.keys(OPERATORS) as [string, ...string[]];
