import { contractKinds, contractSchema, exitReasons, idSchema, monthlyHoursSchema, prescriberKinds, prescriptionOutcomes } from '@siae/model';
import type { ColumnType } from '../../mapping/defaultMapping';

/** How the DuckDB engine reads and checks one model field (as the JS reader and the model do). */
export type FieldRule =
  | { kind: 'id' }
  | { kind: 'code'; codes: readonly string[] }
  | { kind: 'date' }
  | { kind: 'month' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'boolean' };

/** A field of a table read by DuckDB: its SQL column, its rule, whether the model requires it. */
export interface FieldSpec {
  field: string;
  column: string;
  rule: FieldRule;
  required: boolean;
}

/** The big tables DuckDB reads itself (the structures, a small table, are read by the JS reader). */
export type DuckDbTable = 'contracts' | 'monthlyHours' | 'exits' | 'prescriptions';

/** The bounds of a zod number schema (optional or not), read from the schema so they are written once. */
function bounds(schema: unknown): { min?: number; max?: number } {
  let s = schema as { unwrap?: () => unknown; minValue?: number | null; maxValue?: number | null };
  if (typeof s.unwrap === 'function') s = s.unwrap() as typeof s;
  return { ...(typeof s.minValue === 'number' ? { min: s.minValue } : {}), ...(typeof s.maxValue === 'number' ? { max: s.maxValue } : {}) };
}

const ID: FieldRule = { kind: 'id' };
const DATE: FieldRule = { kind: 'date' };
const REASON: FieldRule = { kind: 'code', codes: exitReasons.codes };

/**
 * The fields of each table the DuckDB engine reads, with the model's constraints: every field of
 * the table's schema, so that a row the model would reject for any of its cells is left out here
 * too. The column names are the SQL ones of `@siae/sql`'s dataset tables where they exist.
 */
export const DUCKDB_FIELDS: Readonly<Record<DuckDbTable, readonly FieldSpec[]>> = {
  contracts: [
    { field: 'id', column: 'id', rule: ID, required: true },
    { field: 'personId', column: 'person_id', rule: ID, required: true },
    { field: 'structureId', column: 'structure_id', rule: ID, required: true },
    { field: 'kind', column: 'kind', rule: { kind: 'code', codes: contractKinds.codes }, required: true },
    { field: 'startDate', column: 'start_date', rule: DATE, required: true },
    { field: 'endDate', column: 'end_date', rule: DATE, required: false },
    { field: 'trialPeriodEndDate', column: 'trial_period_end_date', rule: DATE, required: false },
    { field: 'weeklyHours', column: 'weekly_hours', rule: { kind: 'number', ...bounds(contractSchema.shape.weeklyHours) }, required: false },
    { field: 'renewalOf', column: 'renewal_of', rule: ID, required: false },
    { field: 'brokenOn', column: 'broken_on', rule: DATE, required: false },
  ],
  monthlyHours: [
    { field: 'personId', column: 'person_id', rule: ID, required: true },
    { field: 'structureId', column: 'structure_id', rule: ID, required: true },
    { field: 'month', column: 'month', rule: { kind: 'month' }, required: true },
    { field: 'hours', column: 'hours', rule: { kind: 'number', ...bounds(monthlyHoursSchema.shape.hours) }, required: true },
  ],
  exits: [
    { field: 'personId', column: 'person_id', rule: ID, required: true },
    { field: 'structureId', column: 'structure_id', rule: ID, required: true },
    { field: 'date', column: 'date', rule: DATE, required: true },
    { field: 'reason', column: 'reason', rule: REASON, required: true },
    { field: 'followUp.3', column: 'follow_up_3', rule: REASON, required: false },
    { field: 'followUp.6', column: 'follow_up_6', rule: REASON, required: false },
    { field: 'followUp.12', column: 'follow_up_12', rule: REASON, required: false },
  ],
  prescriptions: [
    { field: 'id', column: 'id', rule: ID, required: true },
    { field: 'personId', column: 'person_id', rule: ID, required: true },
    { field: 'structureId', column: 'structure_id', rule: ID, required: true },
    { field: 'date', column: 'date', rule: DATE, required: true },
    { field: 'prescriberKind', column: 'prescriber_kind', rule: { kind: 'code', codes: prescriberKinds.codes }, required: true },
    { field: 'authorized', column: 'authorized', rule: { kind: 'boolean' }, required: true },
    { field: 'outcome', column: 'outcome', rule: { kind: 'code', codes: prescriptionOutcomes.codes }, required: true },
  ],
};

/** Cross-field checks of the model's schemas (`endAfterStart`), as SQL over the converted columns. */
export const DUCKDB_ROW_CHECKS: Readonly<Record<DuckDbTable, readonly string[]>> = {
  contracts: ['(end_date IS NULL OR end_date >= start_date)'],
  monthlyHours: [],
  exits: [],
  prescriptions: [],
};

/** The key of a table's rows: the last row read with a key is kept (as the JS reader's duplicates rule). */
export const DUCKDB_KEYS: Readonly<Record<DuckDbTable, readonly string[]>> = {
  contracts: ['id'],
  monthlyHours: ['person_id', 'structure_id', 'month'],
  exits: ['person_id', 'structure_id', 'date'],
  prescriptions: ['id'],
};

/** The id length bounds of the model (`idSchema`). */
export const ID_LENGTH = { min: (idSchema as unknown as { minLength: number }).minLength, max: (idSchema as unknown as { maxLength: number }).maxLength } as const;

/** The mapping column type each rule reads (a user mapping giving another type is left to the JS engine). */
export function columnTypeOf(rule: FieldRule): ColumnType {
  return rule.kind === 'date' ? 'date' : rule.kind === 'month' ? 'month' : rule.kind === 'number' ? 'number' : rule.kind === 'boolean' ? 'boolean' : 'string';
}
