import type { Dataset } from '@siae/model';
import { DATASET_TABLES, type DatasetTableName } from './dataset';
import { SiaeSqlError } from './dialect';

/** A cell of a dataset table's row, as {@link datasetTableRows} gives it (a date as its ISO text). */
export type DatasetCell = string | number | boolean | null;

const v = <T>(x: T | undefined): T | null => (x === undefined ? null : x);

/** Each table's rows in the column order of {@link DATASET_TABLES} (contracts: then `kind`, `end_date`). */
const ROWS: Readonly<Record<DatasetTableName, (d: Dataset) => DatasetCell[][]>> = {
  structures: (d) => d.structures.map((s) => [s.id, s.kind, v(s.departement)]),
  exits: (d) => d.exits.map((e) => [e.personId, e.structureId, e.date, e.reason, v(e.followUp?.[3]), v(e.followUp?.[6]), v(e.followUp?.[12])]),
  contracts: (d) => d.contracts.map((c) => [c.personId, c.structureId, c.startDate, c.kind, v(c.endDate)]),
  monthly_hours: (d) => d.monthlyHours.map((h) => [h.personId, h.structureId, h.month, h.hours]),
  interviews: (d) => d.interviews.map((i) => [i.personId, i.structureId, i.kind, i.date, i.startTime, i.endTime, v(i.reportWritten)]),
  trainings: (d) => d.trainings.map((t) => [t.personId, t.startDate, t.hours, v(t.preparation)]),
  pmsmps: (d) => d.pmsmps.map((p) => [p.personId, p.startDate, p.endDate]),
  people: (d) => d.people.map((p) => [p.id, v(p.qpv), v(p.plieParticipant), v(p.minimaSociaux)]),
  barriers: (d) => d.barriers.map((b) => [b.personId, b.identifiedOn, v(b.liftedOn)]),
  skills_attestations: (d) => d.skillsAttestations.map((a) => [a.personId, a.date, a.kind]),
  // row_order: the position in the list, the table order the catalogue reads.
  prescriptions: (d) => d.prescriptions.map((p, n) => [p.personId, p.structureId, p.date, p.prescriberKind, p.outcome, n]),
};

/**
 * The rows of one dataset table of a (validated) `@siae/model` dataset, in the column order of
 * {@link DATASET_TABLES}, for a loader (DuckDB's appender, `COPY`, batched `INSERT`s): the one
 * place where the model's fields meet the SQL columns. With `indicators: true`, the contracts also
 * carry `kind` and `end_date` (`CONTRACT_INDICATOR_COLUMNS`). The prescriptions carry their position
 * in the list as `row_order` (0, 1, 2...): the table order `prescription-to-hire-ratio` reads.
 *
 * @throws {SiaeSqlError} when the table is not a dataset table or the dataset lacks its list.
 */
export function datasetTableRows(dataset: Dataset, table: DatasetTableName, options: { indicators?: boolean } = {}): DatasetCell[][] {
  if (typeof table !== 'string' || !Object.hasOwn(DATASET_TABLES, table)) throw new SiaeSqlError('table', "n'est pas une table du jeu de données", 'is not a dataset table');
  const key = table === 'monthly_hours' ? 'monthlyHours' : table === 'skills_attestations' ? 'skillsAttestations' : table;
  if (dataset === null || typeof dataset !== 'object' || !Array.isArray((dataset as unknown as Record<string, unknown>)[key])) {
    throw new SiaeSqlError(`dataset.${key}`, 'doit être une liste', 'must be a list');
  }
  const rows = ROWS[table](dataset);
  return table === 'contracts' && options.indicators !== true ? rows.map((r) => r.slice(0, DATASET_TABLES.contracts.length)) : rows;
}
