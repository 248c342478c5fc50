import { z } from 'zod';
import { expectArray, expectObject, expectString, invalidArgument, ownValue } from '../errors/guards';

/** What every enum value of `@siae` carries: a French label and where it comes from. */
export interface CodeMeta {
  /** The French label, as in the source text (typos corrected, see `sourceWording`). */
  labelFr: string;
  /** An English label for non-French readers. */
  labelEn?: string;
  /** Seed file and section, or the legal or public text, that defines this value. */
  source: string;
  /** The source's own wording when we corrected an obvious typo. */
  sourceWording?: string;
}

/** One entry of a code list: the stable code and its metadata. */
export type CodeEntry<C extends string, M extends CodeMeta = CodeMeta> = { readonly code: C } & Readonly<M>;

/** A closed list of stable codes with their labels and sources, and the zod schema that accepts them. */
export interface CodeList<C extends string, M extends CodeMeta = CodeMeta> {
  /** The codes, in their documented order. */
  readonly codes: readonly [C, ...C[]];
  /** The entries (code plus metadata), in the same order. */
  readonly entries: readonly CodeEntry<C, M>[];
  /** A zod schema accepting exactly these codes. */
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** The entry for a code, or `undefined` when the code is unknown. */
  get(code: string): CodeEntry<C, M> | undefined;
  /** Whether a string is one of the codes. */
  has(code: string): code is C;
}

/**
 * Builds a {@link CodeList} from a tuple of codes and a metadata record that the type checker
 * forces to be complete (one entry per code, no extra).
 *
 * @example
 * const colours = defineCodeList(['RED', 'BLUE'] as const, {
 *   RED: { labelFr: 'Rouge', source: 'x' },
 *   BLUE: { labelFr: 'Bleu', source: 'x' },
 * });
 * colours.schema.parse('RED');
 */
export function defineCodeList<
  const C extends readonly [string, ...string[]],
  R extends { readonly [K in C[number]]: CodeMeta },
>(codes: C, meta: R): CodeList<C[number], R[C[number]]> {
  type Code = C[number];
  type M = R[C[number]];
  const list = expectArray(codes, 'codes', 'code list');
  expectObject(meta, 'meta', 'code list');
  if (list.length === 0) invalidArgument('code list', 'codes', 'empty', 'la liste ne doit pas être vide', 'the list must not be empty');
  list.forEach((code, i) => {
    expectString(code, ['codes', i], 'code list');
    if (list.indexOf(code) !== i) invalidArgument('code list', ['codes', i], 'duplicate', 'code en double', 'duplicate code');
    const m = expectObject(ownValue(meta as Record<string, unknown>, code as string), ['meta', code as string], 'code list');
    expectString(m.labelFr, ['meta', code as string, 'labelFr'], 'code list');
    expectString(m.source, ['meta', code as string, 'source'], 'code list');
  });
  const entries = Object.freeze(
    codes.map((code) => Object.freeze({ code, ...meta[code as Code] }) as CodeEntry<Code, M>),
  );
  const byCode = new Map<string, CodeEntry<Code, M>>(entries.map((e) => [e.code, e]));
  return Object.freeze({
    codes: codes as unknown as readonly [Code, ...Code[]],
    entries,
    schema: z.enum(codes as unknown as [Code, ...Code[]]) as unknown as z.ZodEnum<{ [K in Code]: K }>,
    get: (code: string) => byCode.get(code),
    has: (code: string): code is Code => byCode.has(code),
  });
}

/**
 * The code type of a code list (`CodeOf<typeof structureKinds>` is `'ACI' | 'AI' | ...`).
 *
 * @example type Colour = CodeOf<typeof colours>; // 'RED' | 'GREEN'
 */
export type CodeOf<L extends { readonly codes: readonly string[] }> = L['codes'][number];
