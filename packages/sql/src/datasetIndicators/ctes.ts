import { ASSESSMENT_KINDS, ATTESTATION_KINDS, INDIVIDUAL_INTERVIEW_KINDS, PLIE_POSITIVE_REASONS } from '@siae/indicators';
import { type DatasetRelations, exitRecordsFromDatasetSql } from '../dataset';
import { datasetRelation } from '../relations';
import { type Dialect, sqlType, valuesCte } from '../dialect';

/** The common table expressions the indicators other than the exit rates share, by name. */
export type SharedCte =
  | 'siae_period'
  | 'siae_followed'
  | 'siae_hired'
  | 'siae_interview'
  | 'siae_individual_kind'
  | 'siae_training'
  | 'siae_exit_records'
  | 'siae_plie'
  | 'siae_attestation_kind'
  | 'siae_assessment_kind'
  | 'siae_plie_positive_reason';

/** A one-column list of codes of the indicators package, as a `VALUES` expression. */
function codeList(name: string, column: string, codes: readonly string[], path: string): (i: CteInput) => string {
  return (i) =>
    valuesCte(
      i.dialect,
      name,
      [{ name: column, type: 'text' }],
      codes.map((c) => [c]),
      path,
    );
}

/** What a shared expression is written from. */
export interface CteInput {
  dialect: Dialect;
  period: { from: string; to: string };
  relations: DatasetRelations;
  /** A relation already holding the exit records (quoted identifier), read instead of deriving them. */
  exitRecords?: string;
}

/** `HH:MM` text as minutes since midnight (`minutesOfDay` of the report context). */
export function minutesOfDaySql(column: string): string {
  return `(CAST(substr(${column}, 1, 2) AS INTEGER) * 60 + CAST(substr(${column}, 4, 2) AS INTEGER))`;
}

/** The SQL of each shared expression and the shared expressions it reads (written before it). */
export const SHARED_CTES: Readonly<Record<SharedCte, { needs: readonly SharedCte[]; sql: (i: CteInput) => string }>> = {
  // The report period, both ends inclusive.
  siae_period: {
    needs: [],
    sql: (i) =>
      valuesCte(
        i.dialect,
        'siae_period',
        [
          { name: 'period_from', type: 'date' },
          { name: 'period_to', type: 'date' },
        ],
        [[i.period.from, i.period.to]],
        'period',
      ),
  },
  // `followed` of the report context: a contract overlapping the period (no end date: still
  // running), or an exit dated in it. UNION: each person once.
  siae_followed: {
    needs: ['siae_period'],
    sql: (i) => `siae_followed AS (
  SELECT c.person_id FROM ${datasetRelation('contracts', i.relations)} c, siae_period p
  WHERE c.start_date <= p.period_to AND (c.end_date IS NULL OR c.end_date >= p.period_from)
  UNION
  SELECT e.person_id FROM ${datasetRelation('exits', i.relations)} e, siae_period p
  WHERE e.date >= p.period_from AND e.date <= p.period_to
)`,
  },
  // `hired` of the report context: people whose first contract in a structure starts in the period.
  siae_hired: {
    needs: ['siae_period'],
    sql: (i) => `siae_hired AS (
  SELECT DISTINCT f.person_id FROM (
    SELECT person_id, structure_id, min(start_date) AS first_start FROM ${datasetRelation('contracts', i.relations)} GROUP BY person_id, structure_id
  ) f, siae_period p
  WHERE f.first_start >= p.period_from AND f.first_start <= p.period_to
)`,
  },
  // `interviewsInPeriod`, one row per interview row, with its minutes (end − start).
  siae_interview: {
    needs: ['siae_period'],
    sql: (i) => `siae_interview AS (
  SELECT t.person_id, t.structure_id, t.kind, t.date, t.report_written,
    ${minutesOfDaySql('t.start_time')} AS start_minute,
    ${minutesOfDaySql('t.end_time')} - ${minutesOfDaySql('t.start_time')} AS minutes
  FROM ${datasetRelation('interviews', i.relations)} t, siae_period p
  WHERE t.date >= p.period_from AND t.date <= p.period_to
)`,
  },
  // INDIVIDUAL_INTERVIEW_KINDS of @siae/indicators: every kind held with one person.
  siae_individual_kind: { needs: [], sql: codeList('siae_individual_kind', 'kind', INDIVIDUAL_INTERVIEW_KINDS, 'INDIVIDUAL_INTERVIEW_KINDS') },
  // ATTESTATION_KINDS, ASSESSMENT_KINDS and PLIE_POSITIVE_REASONS of @siae/indicators.
  siae_attestation_kind: { needs: [], sql: codeList('siae_attestation_kind', 'kind', ATTESTATION_KINDS, 'ATTESTATION_KINDS') },
  siae_assessment_kind: { needs: [], sql: codeList('siae_assessment_kind', 'kind', ASSESSMENT_KINDS, 'ASSESSMENT_KINDS') },
  siae_plie_positive_reason: { needs: [], sql: codeList('siae_plie_positive_reason', 'reason', PLIE_POSITIVE_REASONS, 'PLIE_POSITIVE_REASONS') },
  // `plieCohort`: the followed people marked as PLIE participants, each once.
  siae_plie: {
    needs: ['siae_followed'],
    sql: (i) => `siae_plie AS (
  SELECT DISTINCT h.id AS person_id FROM ${datasetRelation('people', i.relations)} h
  WHERE h.plie_participant = TRUE AND h.id IN (SELECT person_id FROM siae_followed)
)`,
  },
  // `trainingsStarted`: the training actions that start in the period.
  siae_training: {
    needs: ['siae_period'],
    sql: (i) => `siae_training AS (
  SELECT t.person_id, t.hours, t.preparation FROM ${datasetRelation('trainings', i.relations)} t, siae_period p
  WHERE t.start_date >= p.period_from AND t.start_date <= p.period_to
)`,
  },
  // The exit records as `exitRecordsFromDataset` derives them (every date).
  siae_exit_records: {
    needs: [],
    sql: (i) => `siae_exit_records AS (\n${i.exitRecords === undefined ? exitRecordsFromDatasetSql(i.dialect, i.relations) : `SELECT * FROM ${i.exitRecords}`}\n)`,
  },
};

/** The shared expressions some indicators read, with what they read, each once and in order. */
export function sharedCtes(needed: Iterable<SharedCte>, input: CteInput): string[] {
  const order: SharedCte[] = [];
  const visit = (c: SharedCte) => {
    if (order.includes(c)) return;
    for (const n of SHARED_CTES[c].needs) visit(n);
    order.push(c);
  };
  for (const c of needed) visit(c);
  return order.map((c) => SHARED_CTES[c].sql(input));
}

/** A value as a double of the dialect. */
export function asDouble(dialect: Dialect, expression: string): string {
  return `CAST(${expression} AS ${sqlType(dialect, 'double')})`;
}
