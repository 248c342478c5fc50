import { type ColumnType, type Dialect, DIALECTS, identifier, monthOfSql, relationName, SiaeSqlError, sqlType } from './dialect';
import { datasetRelation } from './relations';

/** A column of a dataset table as the SQL reads it. */
export interface DatasetColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** The `@siae/model` field it holds. */
  field: string;
}

/** The name of a dataset table the SQL reads (the `@siae/model` table in snake_case). */
export type DatasetTableName = 'structures' | 'exits' | 'contracts' | 'monthly_hours' | 'interviews' | 'trainings' | 'pmsmps' | 'people' | 'barriers' | 'skills_attestations' | 'prescriptions';

/**
 * The dataset tables the views read, named after the `@siae/model` dataset (`structures`, `exits`,
 * `contracts`, `monthlyHours` as `monthly_hours`, `interviews`, `trainings`, `pmsmps`, `people`,
 * `barriers`, `skillsAttestations` as `skills_attestations`, `prescriptions`), with the columns they
 * need and their types (other columns may be present and are ignored). The exit rates read the first four; the
 * other indicators ({@link DATASET_INDICATOR_VIEWS}) also read the others and the columns
 * {@link CONTRACT_INDICATOR_COLUMNS} of `contracts`.
 *
 * `prescriptions.row_order` holds the table order, which a SQL table does not have:
 * `prescription-to-hire-ratio` keeps, for each person and structure, the last prescription of the
 * period in table order. {@link datasetTableRows} fills it with the position in
 * `Dataset.prescriptions`; a warehouse fills it with its load order (the line of the export), or
 * leaves it null: rows without it come before the numbered ones, and among them the latest date is
 * the last (the table order when the export is sorted by date).
 */
export const DATASET_TABLES: Readonly<Record<DatasetTableName, readonly DatasetColumn[]>> = {
  structures: [
    { name: 'id', type: 'text', nullable: false, field: 'Structure.id' },
    { name: 'kind', type: 'text', nullable: false, field: 'Structure.kind (ACI, AI, EI, EITI, ETTI, GEIQ)' },
    { name: 'departement', type: 'text', nullable: true, field: 'Structure.departement' },
  ],
  exits: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Exit.personId' },
    { name: 'structure_id', type: 'text', nullable: false, field: 'Exit.structureId' },
    { name: 'date', type: 'date', nullable: false, field: 'Exit.date' },
    { name: 'reason', type: 'text', nullable: false, field: 'Exit.reason (ASP motif code)' },
    { name: 'follow_up_3', type: 'text', nullable: true, field: 'Exit.followUp[3]' },
    { name: 'follow_up_6', type: 'text', nullable: true, field: 'Exit.followUp[6]' },
    { name: 'follow_up_12', type: 'text', nullable: true, field: 'Exit.followUp[12]' },
  ],
  contracts: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Contract.personId' },
    { name: 'structure_id', type: 'text', nullable: false, field: 'Contract.structureId' },
    { name: 'start_date', type: 'date', nullable: false, field: 'Contract.startDate' },
  ],
  monthly_hours: [
    { name: 'person_id', type: 'text', nullable: false, field: 'MonthlyHours.personId' },
    { name: 'structure_id', type: 'text', nullable: false, field: 'MonthlyHours.structureId' },
    { name: 'month', type: 'text', nullable: false, field: 'MonthlyHours.month (YYYY-MM)' },
    { name: 'hours', type: 'double', nullable: false, field: 'MonthlyHours.hours' },
  ],
  interviews: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Interview.personId' },
    { name: 'structure_id', type: 'text', nullable: false, field: 'Interview.structureId' },
    { name: 'kind', type: 'text', nullable: false, field: 'Interview.kind (hiring, welcome, individual, collective, tripartite, renewal, trial_period, final)' },
    { name: 'date', type: 'date', nullable: false, field: 'Interview.date' },
    { name: 'start_time', type: 'text', nullable: false, field: 'Interview.startTime (HH:MM)' },
    { name: 'end_time', type: 'text', nullable: false, field: 'Interview.endTime (HH:MM, after start_time)' },
    { name: 'report_written', type: 'boolean', nullable: true, field: 'Interview.reportWritten' },
  ],
  trainings: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Training.personId' },
    { name: 'start_date', type: 'date', nullable: false, field: 'Training.startDate' },
    { name: 'hours', type: 'double', nullable: false, field: 'Training.hours' },
    { name: 'preparation', type: 'boolean', nullable: true, field: 'Training.preparation' },
  ],
  pmsmps: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Pmsmp.personId' },
    { name: 'start_date', type: 'date', nullable: false, field: 'Pmsmp.startDate' },
    { name: 'end_date', type: 'date', nullable: false, field: 'Pmsmp.endDate' },
  ],
  people: [
    { name: 'id', type: 'text', nullable: false, field: 'Person.id' },
    { name: 'qpv', type: 'boolean', nullable: true, field: 'Person.qpv' },
    { name: 'plie_participant', type: 'boolean', nullable: true, field: 'Person.plieParticipant' },
    { name: 'minima_sociaux', type: 'boolean', nullable: true, field: 'Person.minimaSociaux' },
  ],
  barriers: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Barrier.personId' },
    { name: 'identified_on', type: 'date', nullable: false, field: 'Barrier.identifiedOn' },
    { name: 'lifted_on', type: 'date', nullable: true, field: 'Barrier.liftedOn (null: not lifted)' },
  ],
  skills_attestations: [
    { name: 'person_id', type: 'text', nullable: false, field: 'SkillsAttestation.personId' },
    { name: 'date', type: 'date', nullable: false, field: 'SkillsAttestation.date' },
    { name: 'kind', type: 'text', nullable: false, field: 'SkillsAttestation.kind (attestation, assessment_start, assessment_end, vae, certification)' },
  ],
  prescriptions: [
    { name: 'person_id', type: 'text', nullable: false, field: 'Prescription.personId' },
    { name: 'structure_id', type: 'text', nullable: false, field: 'Prescription.structureId' },
    { name: 'date', type: 'date', nullable: false, field: 'Prescription.date' },
    { name: 'prescriber_kind', type: 'text', nullable: false, field: 'Prescription.prescriberKind (FRANCE_TRAVAIL, MISSION_LOCALE... SPONTANEOUS)' },
    { name: 'outcome', type: 'text', nullable: false, field: 'Prescription.outcome (pending, accepted, refused, hired)' },
    {
      name: 'row_order',
      type: 'bigint',
      nullable: true,
      field:
        "the prescription's position in Dataset.prescriptions (0, 1, 2...: the table order, a later row has a greater number); null when unknown: such rows come before the numbered ones, and among them the latest date is the last",
    },
  ],
};

/**
 * The columns of `contracts` the indicators other than the exit rates read, after the three of
 * {@link DATASET_TABLES}: `kind` (the mises à disposition) and `end_date` (the people followed).
 * Apart so that a `contracts` table made for the exit rates keeps its three columns;
 * `createDatasetTablesSql(dialect, schema, { indicators: true })` adds them.
 */
export const CONTRACT_INDICATOR_COLUMNS: readonly DatasetColumn[] = [
  { name: 'kind', type: 'text', nullable: false, field: 'Contract.kind (CDDI, CDDU, MAD...)' },
  { name: 'end_date', type: 'date', nullable: true, field: 'Contract.endDate (null: no end date)' },
];

/** The exit-rate tables: the `contracts`, `exits`, `monthly_hours` and `structures` that {@link exitRecordsFromDatasetSql} reads. */
export const EXIT_RATE_TABLES: readonly DatasetTableName[] = ['structures', 'exits', 'contracts', 'monthly_hours'];

/** The columns of a table, with the contract columns of the indicators when asked. */
function datasetColumns(table: DatasetTableName, indicators: boolean): readonly DatasetColumn[] {
  return table === 'contracts' && indicators ? [...DATASET_TABLES.contracts, ...CONTRACT_INDICATOR_COLUMNS] : DATASET_TABLES[table];
}

/** The tables of the exit rates, or every table when the indicators are asked, with their columns. */
export function datasetTablesFor(indicators: boolean): [DatasetTableName, readonly DatasetColumn[]][] {
  if (typeof indicators !== 'boolean') throw new SiaeSqlError('indicators', 'doit être un booléen', 'must be a boolean');
  return (indicators ? (Object.keys(DATASET_TABLES) as DatasetTableName[]) : [...EXIT_RATE_TABLES]).map((t) => [t, datasetColumns(t, indicators)]);
}

/** Where the dataset tables are: a schema, or other relation names (for files read by DuckDB). */
export interface DatasetRelations {
  schema?: string;
  /** Relation (or table-function call) per table, written as is: for callers that built them (never user text). */
  relations?: Partial<Record<DatasetTableName, string>>;
  /**
   * A column of the exits (a plain name) numbering them: unique and not null, it becomes the exit
   * records' `record_index` as is, instead of numbering the exits sorted on all their columns (a
   * sort of every exit, seconds on millions). For exits unique per person, structure and date (the
   * CLI's reading keeps one row per key), the index never decides which exit is the latest, so the
   * rates are the same; the members come in this column's order.
   */
  exitOrder?: string;
}


/**
 * The exit records of a dataset (columns of `EXIT_RECORD_COLUMNS`, plus `departement`), as
 * `exitRecordsFromDataset` derives them: the structure's kind and département (GEIQ and unknown
 * structures left out), the first day in the structure (the earliest contract start after the
 * person's previous exit from it and on or before this exit; no such contract: left out), the hours
 * worked from the hiring month to the exit month. `record_index` numbers the exits in
 * (person, structure, date, reason, situations) order, or is the `exitOrder` column of the exits
 * when the relations name one (no sort: faster on millions of exits).
 */
export function exitRecordsFromDatasetSql(dialect: Dialect, relations: DatasetRelations = {}): string {
  const exits = datasetRelation('exits', relations);
  const order = relations.exitOrder === undefined ? null : identifier(relations.exitOrder, 'exitOrder');
  return `WITH
siae_exit_date AS (
  SELECT DISTINCT person_id, structure_id, date FROM ${exits}
),
siae_previous_exit AS (
  SELECT person_id, structure_id, date, lag(date) OVER (PARTITION BY person_id, structure_id ORDER BY date) AS previous_exit
  FROM siae_exit_date
),
siae_hiring AS (
  SELECT p.person_id, p.structure_id, p.date, min(c.start_date) AS hired_on
  FROM siae_previous_exit p
  JOIN ${datasetRelation('contracts', relations)} c ON c.person_id = p.person_id AND c.structure_id = p.structure_id
    AND c.start_date <= p.date AND (p.previous_exit IS NULL OR c.start_date > p.previous_exit)
  GROUP BY p.person_id, p.structure_id, p.date
),
siae_hiring_hours AS (
  SELECT h.person_id, h.structure_id, h.date, h.hired_on, coalesce(sum(m.hours), 0) AS hours_worked
  FROM siae_hiring h
  LEFT JOIN ${datasetRelation('monthly_hours', relations)} m ON m.person_id = h.person_id AND m.structure_id = h.structure_id
    AND m.month >= ${monthOfSql(dialect, 'h.hired_on')} AND m.month <= ${monthOfSql(dialect, 'h.date')}
  GROUP BY h.person_id, h.structure_id, h.date, h.hired_on
)
SELECT
  ${order === null ? 'row_number() OVER (ORDER BY e.person_id, e.structure_id, e.date, e.reason, e.follow_up_3, e.follow_up_6, e.follow_up_12) - 1' : `CAST(e.${order} AS BIGINT)`} AS record_index,
  e.person_id, e.structure_id, s.kind AS structure_kind, h.hired_on, e.date AS exited_on,
  CAST(h.hours_worked AS ${dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION'}) AS hours_worked,
  e.reason, e.follow_up_3, e.follow_up_6, e.follow_up_12, s.departement
FROM ${exits} e
JOIN ${datasetRelation('structures', relations)} s ON s.id = e.structure_id AND s.kind <> 'GEIQ'
JOIN siae_hiring_hours h ON h.person_id = e.person_id AND h.structure_id = e.structure_id AND h.date = e.date`;
}

/** Options of {@link createDatasetTablesSql}. */
export interface CreateDatasetTablesOptions {
  /**
   * Also the tables and columns of the indicators other than the exit rates (`interviews`,
   * `trainings`, `pmsmps`, `people`, `barriers`, `skills_attestations`, `prescriptions` and the
   * {@link CONTRACT_INDICATOR_COLUMNS} of `contracts`). Default
   * false: the four tables of the exit rates, as before.
   */
  indicators?: boolean;
}

/**
 * `CREATE TABLE` statements of the dataset tables the views read ({@link DATASET_TABLES}), for a
 * new database: those of the exit rates, or every one with `{ indicators: true }`.
 */
export function createDatasetTablesSql(dialect: Dialect, schema?: string, options: CreateDatasetTablesOptions = {}): string {
  if (!DIALECTS.includes(dialect)) throw new SiaeSqlError('dialect', 'doit être duckdb ou postgres', 'must be duckdb or postgres');
  if (options === null || typeof options !== 'object') throw new SiaeSqlError('options', 'doit être un objet', 'must be an object');
  if (options.indicators !== undefined && typeof options.indicators !== 'boolean') throw new SiaeSqlError('options.indicators', 'doit être un booléen', 'must be a boolean');
  return datasetTablesFor(options.indicators === true)
    .map(([t, cols]) => `CREATE TABLE IF NOT EXISTS ${relationName(t, schema, 'table')} (\n${cols.map((c) => `  ${c.name} ${sqlType(dialect, c.type)}${c.nullable ? '' : ' NOT NULL'}`).join(',\n')}\n);`)
    .join('\n');
}
