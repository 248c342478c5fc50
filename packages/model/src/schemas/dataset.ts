import { z } from 'zod';
import { safeValidate } from '../errors/fromZod';
import { ownValue } from '../errors/guards';
import type { ValidationIssue } from '../errors/validationError';
import { contractSchema, monthlyHoursSchema } from './contract';
import { exitSchema } from './exit';
import { canonicalRowChecks } from './fast';
import { diagnosisSchema, prescriptionSchema } from './orientation';
import { passIaeSchema } from './passIae';
import { personSchema } from './person';
import { structureSchema } from './structure';
import { barrierSchema, interviewSchema, pmsmpSchema, skillsAttestationSchema, trainingSchema } from './support';

/** The schema of each table of a dataset. */
export const datasetTables = {
  structures: structureSchema,
  people: personSchema,
  prescriptions: prescriptionSchema,
  diagnoses: diagnosisSchema,
  passes: passIaeSchema,
  contracts: contractSchema,
  monthlyHours: monthlyHoursSchema,
  interviews: interviewSchema,
  barriers: barrierSchema,
  trainings: trainingSchema,
  pmsmps: pmsmpSchema,
  skillsAttestations: skillsAttestationSchema,
  exits: exitSchema,
} as const;

/** The name of a dataset table. */
export type DatasetTable = keyof typeof datasetTables;

/** The table names, in order. */
export const DATASET_TABLES = Object.keys(datasetTables) as DatasetTable[];

/**
 * zod schema of a dataset: flat tables keyed by ids, like the exports of tracking software.
 * Every table is optional and defaults to an empty list.
 */
export const datasetSchema = z
  .object({
    structures: z.array(structureSchema).default([]),
    people: z.array(personSchema).default([]),
    prescriptions: z.array(prescriptionSchema).default([]),
    diagnoses: z.array(diagnosisSchema).default([]),
    passes: z.array(passIaeSchema).default([]),
    contracts: z.array(contractSchema).default([]),
    monthlyHours: z.array(monthlyHoursSchema).default([]),
    interviews: z.array(interviewSchema).default([]),
    barriers: z.array(barrierSchema).default([]),
    trainings: z.array(trainingSchema).default([]),
    pmsmps: z.array(pmsmpSchema).default([]),
    skillsAttestations: z.array(skillsAttestationSchema).default([]),
    exits: z.array(exitSchema).default([]),
  })
  .meta({ id: 'Dataset', title: 'Jeu de données IAE', description: 'Tables plates (structures, personnes, contrats, heures, entretiens, sorties...).' });

/** A dataset (output type: every table present). */
export type Dataset = z.infer<typeof datasetSchema>;

/** A dataset as given (tables may be absent). */
export type DatasetInput = z.input<typeof datasetSchema>;

/** A rejected row of a dataset: its table, index and problems. */
export interface RejectedRow {
  table: DatasetTable;
  index: number;
  issues: ValidationIssue[];
}

/** The result of {@link validateDataset}: the valid rows and the rejected ones. */
export interface DatasetValidation {
  /** Every valid row, table by table (a dataset usable by the indicators). */
  dataset: Dataset;
  /** Every rejected row with its problems (paths start with the table and the index). */
  rejected: RejectedRow[];
  /** Problems with the dataset itself (unknown table, a table that is not a list). */
  issues: ValidationIssue[];
}

/**
 * Validates a dataset row by row: a bad row is reported with its table, index and field path,
 * in French and English, and every other row is kept. Never throws on bad data.
 *
 * A row the table's schema would return unchanged (see {@link canonicalRowChecks}) is kept as is:
 * the output then shares that row object with the input (neither is ever mutated). Other valid rows
 * are zod's copies (unknown keys stripped, defaults filled).
 *
 * @example
 * const { dataset, rejected } = validateDataset(JSON.parse(text));
 */
export function validateDataset(input: unknown): DatasetValidation {
  const dataset = Object.fromEntries(DATASET_TABLES.map((t) => [t, [] as unknown[]])) as unknown as Dataset;
  const rejected: RejectedRow[] = [];
  const issues: ValidationIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path: [], pathText: '(racine)', code: 'invalid_type', messageFr: 'doit être un objet de tables', messageEn: 'must be an object of tables' });
    return { dataset, rejected, issues };
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(datasetTables, key)) {
      issues.push({ path: [key], pathText: key, code: 'unknown_table', messageFr: 'table inconnue', messageEn: 'unknown table' });
    }
  }
  for (const table of DATASET_TABLES) {
    const rows = ownValue(record, table);
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) {
      issues.push({ path: [table], pathText: table, code: 'invalid_type', messageFr: 'doit être une liste', messageEn: 'must be a list' });
      continue;
    }
    (dataset as Record<string, unknown[]>)[table] = validateRows(table, rows, rejected);
  }
  return { dataset, rejected, issues };
}

/**
 * The valid rows of one table; the rejected ones go to `rejected`. A row the schema would return
 * unchanged is kept as is (never mutated); zod decides on every other row and lists its problems.
 */
function validateRows(table: DatasetTable, rows: readonly unknown[], rejected: RejectedRow[]): unknown[] {
  const isCanonical = canonicalRowChecks[table];
  const n = rows.length;
  // The common case: a run of rows kept as they are, copied at once (a plain list only, so that
  // `slice` makes a plain list too).
  let index = 0;
  if (Object.getPrototypeOf(rows) === Array.prototype && !Object.hasOwn(rows, 'constructor')) {
    while (index < n && isCanonical(rows[index])) index++;
  }
  const out = index > 0 ? rows.slice(0, index) : [];
  const schema = datasetTables[table] as z.ZodType;
  for (; index < n; index++) {
    const row: unknown = rows[index];
    if (isCanonical(row)) {
      out.push(row);
      continue;
    }
    if (row === undefined && !(index in rows)) continue; // a hole of a sparse list, which forEach skipped
    const r = safeValidate(schema, row, [table, index]);
    if (r.success) out.push(r.data);
    else rejected.push({ table, index, issues: r.issues });
  }
  return out;
}
