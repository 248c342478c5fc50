import { z } from 'zod';
import { parcoursEventSchema } from '../parcours/events';
import { datasetSchema, datasetTables } from './dataset';

/**
 * The JSON Schema (draft 2020-12, from `z.toJSONSchema`) of every top-level schema, by file name:
 * one per dataset table, the whole dataset and a parcours event. The package ships them under
 * `@siae/model/schemas/*.json` so non-TypeScript users can validate the same data. Refinements
 * (SIRET key, date existence, period order) are only checked by the zod schemas.
 */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [table, schema] of Object.entries(datasetTables)) {
    out[`${table}.row`] = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' });
  }
  out.dataset = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' });
  out['parcours-event'] = z.toJSONSchema(parcoursEventSchema, { io: 'input', unrepresentable: 'any' });
  return out;
}
