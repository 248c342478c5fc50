import { assertNoForbiddenKeys, type DatasetTable, DATASET_TABLES, SiaeValidationError, safeValidate } from '@siae/model';
import { z } from 'zod';
import { defaultMapping, type TableMapping } from './defaultMapping';

/**
 * zod schema of a `--mapping` file: for each table, extra file names and the vendor's column names
 * mapped to our default column names.
 *
 * @example { "tables": { "exits": { "fileNames": ["export_sorties"], "columns": { "DATE DE SORTIE": "date_sortie" } } } }
 */
export const userMappingSchema = z
  .object({
    tables: z.partialRecord(
      z.enum(DATASET_TABLES as [DatasetTable, ...DatasetTable[]]),
      z.object({ fileNames: z.array(z.string().min(1)).optional(), columns: z.record(z.string().min(1), z.string().min(1)).optional() }).strict(),
    ),
  })
  .strict();

/** A `--mapping` file. */
export type UserMapping = z.infer<typeof userMappingSchema>;

/** Folds a name for matching: lower case, no accents, spaces and dashes as underscores. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}

/**
 * Merges a user mapping into the default one, after checking it (forbidden keys, unknown tables,
 * columns that name no default column).
 *
 * @throws {SiaeValidationError} naming every bad key.
 */
export function applyUserMapping(json: unknown): Record<DatasetTable, TableMapping> {
  assertNoForbiddenKeys(json, 'mapping');
  const r = safeValidate(userMappingSchema, json);
  if (!r.success) throw new SiaeValidationError(r.issues, 'mapping');
  const out = structuredClone(defaultMapping) as Record<DatasetTable, TableMapping>;
  const issues = [];
  for (const [table, spec] of Object.entries(r.data.tables) as [DatasetTable, { fileNames?: string[]; columns?: Record<string, string> }][]) {
    const t = out[table];
    for (const f of spec.fileNames ?? []) t.fileNames.push(foldName(f));
    for (const [theirs, ours] of Object.entries(spec.columns ?? {})) {
      const target = Object.hasOwn(t.columns, ours) ? t.columns[ours] : undefined;
      if (!target) {
        issues.push({ path: ['tables', table, 'columns', theirs], pathText: `tables.${table}.columns.${theirs}`, code: 'unknown_column', messageFr: 'ne désigne aucune colonne connue de cette table', messageEn: 'names no known column of this table' });
        continue;
      }
      t.columns[foldName(theirs)] = target;
    }
  }
  if (issues.length > 0) throw new SiaeValidationError(issues, 'mapping');
  return out;
}

/** The table a file name stands for, or null. */
export function tableForFile(fileName: string, mapping: Record<DatasetTable, TableMapping>): DatasetTable | null {
  const base = foldName(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  for (const table of DATASET_TABLES) if (mapping[table].fileNames.some((n) => foldName(n) === base)) return table;
  return null;
}
