import { type Dataset, type Period, periodSchema, SiaeValidationError, type ValidationIssue, validate, validateDataset } from '@siae/model';
import { z } from 'zod';
import type { ExitRecord } from '../exits/exitRecord';
import { buildReportContext as buildContext, exitRecordsFromDataset as exitRecordsOf, type ReportContext } from './context';

/** Throws a {@link SiaeValidationError} listing every problem of a dataset (unknown table, bad row), paths `table[index].field`. */
function checkDataset(dataset: unknown): Dataset {
  const v = validateDataset(dataset);
  const issues: ValidationIssue[] = [...v.issues];
  for (const r of v.rejected) issues.push(...r.issues);
  if (issues.length > 0) throw new SiaeValidationError(issues, 'dataset');
  return v.dataset;
}

/**
 * Derives the exit records of a dataset: for each exit, the structure's kind and département, the
 * first day in the structure (the earliest contract start after the person's previous exit from
 * it) and the hours worked from then to the exit month.
 *
 * @throws {SiaeValidationError} when the dataset is not a valid dataset (`computeReport` reports bad rows and goes on instead).
 */
export function exitRecordsFromDataset(dataset: Dataset): { records: ExitRecord[]; issues: ValidationIssue[] } {
  return exitRecordsOf(checkDataset(dataset));
}

/**
 * Builds the report context of a dataset for a period.
 *
 * @throws {SiaeValidationError} when the dataset is not a valid dataset or the period is invalid.
 */
export function buildReportContext(dataset: Dataset, period: Period): ReportContext {
  validate(z.object({ period: periodSchema }), { period }, 'period');
  return buildContext(checkDataset(dataset), period);
}
