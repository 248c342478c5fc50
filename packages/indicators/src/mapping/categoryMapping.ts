import { assertNoForbiddenKeys, type ExitCategory, type ExitReasonCode, exitCategories, exitReasons, isoDateSchema, SiaeValidationError, safeValidate } from '@siae/model';
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
  const missing = exitReasons.codes.filter((c) => !(c in r.data.rows));
  if (missing.length > 0) {
    throw new SiaeValidationError(
      missing.map((c) => ({ path: ['rows', c], pathText: `rows.${c}`, code: 'required', messageFr: 'motif de sortie non classé', messageEn: 'exit reason not mapped' })),
      'category mapping',
    );
  }
  return r.data as ExitCategoryMapping;
}

/** The mapping in force on a date among several (the latest `validFrom` on or before it), or null. */
export function mappingAt(mappings: readonly ExitCategoryMapping[], date: string): ExitCategoryMapping | null {
  let found: ExitCategoryMapping | null = null;
  for (const m of mappings) {
    if (m.validFrom <= date && (m.validUntil === null || date <= m.validUntil) && (found === null || m.validFrom > found.validFrom)) found = m;
  }
  return found;
}
