import {
  assertNoForbiddenKeys,
  type ExitCategory,
  type ExitReasonCode,
  exitCategories,
  exitReasons,
  expectArray,
  expectIsoDate,
  type FieldPath,
  formatPath,
  isoDateSchema,
  SiaeValidationError,
  safeValidate,
} from '@siae/model';
import { mappingAtChecked } from './mappingAtChecked';
import { z } from 'zod';

/** One row of a mapping: the category of a reason, and whether a source gives it. */
export interface CategoryMappingRow {
  category: ExitCategory;
  /** True when no public source gives this category: the mapping assumes it. */
  assumed: boolean;
}

/**
 * A dated mapping from exit reason to ASP category. Replaceable: users pass their own (validated
 * with {@link loadCategoryMapping}) in the rates' `mapping` option.
 */
export interface ExitCategoryMapping {
  id: string;
  labelFr: string;
  validFrom: string;
  validUntil: string | null;
  source: string;
  /** Why `validFrom` is assumed, when no text the project holds gives it. */
  validFromAssumptionFr?: string;
  rows: Readonly<Record<ExitReasonCode, CategoryMappingRow>>;
}

/**
 * The default (DGEFP) mapping, built from `@siae/model`'s exit reasons: explicit categories from the
 * ASP definitions, the others marked `assumed`.
 */
export const defaultCategoryMapping: ExitCategoryMapping = Object.freeze({
  id: 'dgefp-asp',
  labelFr: 'Catégories de sortie ASP (Extranet IAE 2.0), lecture DGEFP',
  validFrom: '2014-07-01',
  validUntil: null,
  source: 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), catégories de sortie; instruction DGEFP n° 2014-2 (docs/sources.md#instruction-2014-2)',
  validFromAssumptionFr:
    "Date supposée : le 1er juillet 2014, début de la réforme du financement (instruction DGEFP n° 2014-2), dont le projet n'a pas le texte ; les catégories du bilan ASP ne sont pas datées dans une source publique tenue par le projet.",
  rows: Object.freeze(
    Object.fromEntries(exitReasons.entries.map((e) => [e.code, Object.freeze({ category: e.defaultCategory, assumed: e.assumed })])),
  ) as Record<ExitReasonCode, CategoryMappingRow>,
});

const rowSchema = z.object({ category: exitCategories.schema, assumed: z.boolean().default(false) }).strict();

/** zod schema of a mapping document. Every reason must be mapped. */
export const categoryMappingSchema = z
  .object({
    id: z.string().min(1).max(100),
    labelFr: z.string().min(1),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.nullable().default(null),
    source: z.string().min(1),
    validFromAssumptionFr: z.string().min(1).optional(),
    rows: z.record(exitReasons.schema, rowSchema),
  })
  .strict();

/**
 * Validates a mapping document a user loads: refuses `__proto__`, `constructor` and `prototype`
 * keys, unknown reasons or categories, and a mapping that leaves a reason out.
 *
 * @throws {SiaeValidationError} listing every problem with its path.
 */
export function loadCategoryMapping(json: unknown): ExitCategoryMapping {
  assertNoForbiddenKeys(json, 'category mapping');
  const r = safeValidate(categoryMappingSchema, json);
  if (!r.success) throw new SiaeValidationError(r.issues, 'category mapping');
  const missing = exitReasons.codes.filter((c) => !Object.hasOwn(r.data.rows, c));
  if (missing.length > 0) {
    throw new SiaeValidationError(
      missing.map((c) => ({ path: ['rows', c], pathText: `rows.${c}`, code: 'required', messageFr: 'motif de sortie non classé', messageEn: 'exit reason not mapped' })),
      'category mapping',
    );
  }
  checked.set(r.data, r.data as ExitCategoryMapping);
  return r.data as ExitCategoryMapping;
}

/** Mappings already checked: each loaded one, the default one, and each given to a rate with its checked copy. */
const checked = new WeakMap<object, ExitCategoryMapping>([[defaultCategoryMapping, defaultCategoryMapping]]);

/**
 * The checked form of a mapping given to a rate: the mapping itself when it is the default one or
 * came from {@link loadCategoryMapping}, else its validated copy (checked once per object), so a
 * reason such as `constructor` can never be read from a mapping's rows. A mapping must not be
 * changed once given to a rate.
 *
 * @throws {SiaeValidationError} as {@link loadCategoryMapping} does, the paths under `path`.
 */
export function checkedCategoryMapping(mapping: unknown, path: FieldPath = []): ExitCategoryMapping {
  if (mapping !== null && typeof mapping === 'object') {
    const known = checked.get(mapping);
    if (known) return known;
  }
  let loaded: ExitCategoryMapping;
  try {
    loaded = loadCategoryMapping(mapping);
  } catch (e) {
    const prefix = typeof path === 'string' ? [path] : [...path];
    if (e instanceof SiaeValidationError && prefix.length > 0) {
      throw new SiaeValidationError(
        e.issues.map((i) => {
          const p = [...prefix, ...i.path];
          return { ...i, path: p, pathText: formatPath(p) };
        }),
        'category mapping',
      );
    }
    throw e;
  }
  checked.set(mapping as object, loaded);
  return loaded;
}

/**
 * The mapping in force on a date among several (the latest `validFrom` on or before it), or null.
 *
 * @throws {SiaeValidationError} when a mapping or the date is invalid.
 */
export function mappingAt(mappings: readonly ExitCategoryMapping[], date: string): ExitCategoryMapping | null {
  const list = expectArray(mappings, 'mappings', 'category mapping').map((m, i) => checkedCategoryMapping(m, ['mappings', i]));
  return mappingAtChecked(list, expectIsoDate(date, 'date', 'category mapping'));
}
