import type { z } from 'zod';
import { expectArray, expectFunction, expectObject } from './guards';
import { formatPath, SiaeValidationError, type ValidationIssue } from './validationError';

/**
 * Parameters a custom zod check may carry so its message is bilingual:
 * `ctx.addIssue({ code: 'custom', path, params: { code: 'invalid_date', fr: '…', en: '…' } })`
 * or `.refine(fn, { params: { fr, en } })`.
 */
export interface BilingualParams {
  code?: string;
  fr: string;
  en: string;
}

const TYPE_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'un booléen (true/false)',
  array: 'une liste',
  object: 'un objet',
  date: 'une date',
  bigint: 'un entier',
  int: 'un nombre entier',
};

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 30).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 30 ? ', …' : '');
}

function sizeWord(origin: string | undefined, fr: boolean): string {
  switch (origin) {
    case 'string':
      return fr ? 'caractères' : 'characters';
    case 'array':
    case 'set':
      return fr ? 'éléments' : 'items';
    default:
      return '';
  }
}

/** Translates one zod issue into our bilingual issue, never quoting the input value. */
export function issueFromZod(issue: z.core.$ZodIssue, prefix: (string | number)[] = []): ValidationIssue {
  expectObject(issue, 'issue', 'zod issue');
  expectArray(issue.path, ['issue', 'path'], 'zod issue');
  expectArray(prefix, 'prefix', 'zod issue');
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const base = { path, pathText: formatPath(path) };
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(i.expected);
      // `input` is present when parsed with `reportInput: true` (as safeValidate does); it is only
      // compared with undefined, never copied into a message.
      const missing = 'input' in i ? i.input === undefined : /received undefined$/.test(issue.message);
      if (missing) {
        return { ...base, code: 'required', messageFr: 'champ obligatoire manquant', messageEn: 'required field is missing' };
      }
      return {
        ...base,
        code: 'invalid_type',
        messageFr: `doit être ${TYPE_FR[expected] ?? expected}`,
        messageEn: `must be ${expected === 'int' ? 'an integer' : `a ${expected}`}`,
      };
    }
    case 'invalid_value': {
      const values = (i.values as unknown[]) ?? [];
      return {
        ...base,
        code: 'unknown_code',
        messageFr: `valeur non reconnue ; valeurs permises : ${list(values)}`,
        messageEn: `unknown value; allowed values: ${list(values)}`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? i.minimum : i.maximum);
      const inclusive = i.inclusive !== false;
      const origin = i.origin as string | undefined;
      const unitFr = sizeWord(origin, true);
      const unitEn = sizeWord(origin, false);
      const opFr = small ? (inclusive ? 'au moins' : 'plus de') : inclusive ? 'au plus' : 'moins de';
      const opEn = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      if (origin === 'array' && small && bound === '1') {
        return { ...base, code: 'empty', messageFr: 'la liste ne doit pas être vide', messageEn: 'the list must not be empty' };
      }
      return {
        ...base,
        code: small ? 'too_small' : 'too_big',
        messageFr: unitFr ? `doit compter ${opFr} ${bound} ${bound === '1' ? unitFr.slice(0, -1) : unitFr}` : `doit valoir ${opFr} ${bound}`,
        messageEn: `must be ${opEn} ${bound}${unitEn ? ` ${bound === '1' ? unitEn.slice(0, -1) : unitEn}` : ''}`,
      };
    }
    case 'invalid_format': {
      const format = String(i.format);
      return {
        ...base,
        code: 'invalid_format',
        messageFr: `format invalide (${format})`,
        messageEn: `invalid format (${format})`,
      };
    }
    case 'unrecognized_keys': {
      const keys = (i.keys as string[]) ?? [];
      return {
        ...base,
        code: 'unrecognized_keys',
        messageFr: `champ(s) non reconnu(s) : ${keys.join(', ')}`,
        messageEn: `unrecognized field(s): ${keys.join(', ')}`,
      };
    }
    case 'invalid_union':
      return { ...base, code: 'invalid_union', messageFr: 'ne correspond à aucune des formes permises', messageEn: 'matches none of the allowed shapes' };
    case 'not_multiple_of':
      return {
        ...base,
        code: 'not_multiple_of',
        messageFr: `doit être un multiple de ${String(i.divisor)}`,
        messageEn: `must be a multiple of ${String(i.divisor)}`,
      };
    case 'custom': {
      const params = i.params as Partial<BilingualParams> | undefined;
      if (params?.fr && params.en) {
        return { ...base, code: params.code ?? 'custom', messageFr: params.fr, messageEn: params.en };
      }
      return { ...base, code: 'custom', messageFr: 'valeur invalide', messageEn: 'invalid value' };
    }
    default:
      return { ...base, code: issue.code, messageFr: 'valeur invalide', messageEn: 'invalid value' };
  }
}

/** Translates every issue of a zod error. */
export function issuesFromZod(error: z.ZodError, prefix: (string | number)[] = []): ValidationIssue[] {
  expectArray(expectObject(error, 'error', 'zod error').issues, ['error', 'issues'], 'zod error');
  return error.issues.map((issue) => issueFromZod(issue, prefix));
}

/** The result of {@link safeValidate}: the parsed data, or every problem found. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

/**
 * Validates a value against a schema and returns the typed data or the bilingual issues; never
 * throws on bad input.
 */
export function safeValidate<S extends z.ZodType>(schema: S, input: unknown, prefix: (string | number)[] = []): ValidationResult<z.output<S>> {
  expectFunction(expectObject(schema, 'schema', 'schema').safeParse, ['schema', 'safeParse'], 'schema');
  expectArray(prefix, 'prefix', 'schema');
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return { success: true, data: r.data };
  return { success: false, issues: issuesFromZod(r.error, prefix) };
}

/**
 * Validates a value against a schema and returns the typed data, or throws a
 * {@link SiaeValidationError} listing every problem with its path.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  const r = safeValidate(schema, input);
  if (r.success) return r.data;
  throw new SiaeValidationError(r.issues, what);
}
