import type { ContractKind, InterviewKind } from '@siae/model';
import { datasetRelation } from '../relations';
import { binaryOrder, stringLiteral } from '../dialect';
import { asDouble } from './ctes';
import { collective, type DatasetIndicatorDefinition, type IndicatorSqlInput, individual, ratioOf, totalOf } from './shape';

// Codes of @siae/model, typed: a renamed code breaks the build here.
const MAD: ContractKind = 'MAD';
const TRIPARTITE: InterviewKind = 'tripartite';

const cohort = '(SELECT count(*) FROM siae_plie)';
const ofCohort = (column: string) => `${column} IN (SELECT person_id FROM siae_plie)`;
const inPeriod = (column: string) => `${column} >= p.period_from AND ${column} <= p.period_to`;

/** Rows of a table of the PLIE participants dated in the period (`countInPeriod`). */
function countInPeriod(i: IndicatorSqlInput, table: 'trainings' | 'pmsmps' | 'skills_attestations' | 'contracts', dateColumn: string, extra = ''): string {
  return `(SELECT count(*) FROM ${datasetRelation(table, i.relations)} t, siae_period p WHERE ${ofCohort('t.person_id')} AND ${inPeriod(`t.${dateColumn}`)}${extra})`;
}

/** The PLIE indicators (seed 002): over the PLIE participants followed, null with `no_plie_participant` when there is none. */
export const PLIE: readonly DatasetIndicatorDefinition[] = (
  [
    { id: 'plie.ramp-up', needs: ['siae_plie'], select: () => totalOf(cohort) },
    {
      id: 'plie.qpv-share',
      needs: ['siae_plie'],
      // People rows in QPV of the cohort (rows, as the catalogue reads the table).
      select: (i) => ratioOf(i.dialect, `SELECT (SELECT count(*) FROM ${datasetRelation('people', i.relations)} h WHERE h.qpv = TRUE AND ${ofCohort('h.id')}) AS n, ${cohort} AS d`),
    },
    {
      id: 'plie.hours-worked',
      needs: ['siae_plie'],
      // Months of the period, from the month of its first day to the month of its last (compared as JavaScript does).
      select: (i) =>
        totalOf(`(SELECT coalesce(sum(h.hours), 0) FROM ${datasetRelation('monthly_hours', i.relations)} h
    WHERE ${ofCohort('h.person_id')} AND ${binaryOrder(i.dialect, 'h.month')} >= ${stringLiteral(i.period.from.slice(0, 7), 'period.from')} AND ${binaryOrder(i.dialect, 'h.month')} <= ${stringLiteral(i.period.to.slice(0, 7), 'period.to')})`),
    },
    { id: 'plie.mad-contracts', needs: ['siae_plie', 'siae_period'], select: (i) => totalOf(countInPeriod(i, 'contracts', 'start_date', ` AND t.kind = ${stringLiteral(MAD, 'kind')}`)) },
    {
      id: 'plie.tripartite-per-participant',
      needs: ['siae_plie', 'siae_interview'],
      select: (i) => ratioOf(i.dialect, `SELECT (SELECT count(*) FROM siae_interview WHERE kind = ${stringLiteral(TRIPARTITE, 'kind')} AND ${ofCohort('person_id')}) AS n, ${cohort} AS d`),
    },
    {
      id: 'plie.positive-exits',
      needs: ['siae_plie', 'siae_period', 'siae_plie_positive_reason'],
      // A count with its companions: the positive exits (numerator) over the exits of the cohort.
      select: (i) => `SELECT r.n AS value, r.n AS numerator, r.d AS denominator FROM (
  SELECT coalesce(sum(CASE WHEN e.reason IN (SELECT reason FROM siae_plie_positive_reason) THEN 1 ELSE 0 END), 0) AS n, count(*) AS d
  FROM ${datasetRelation('exits', i.relations)} e, siae_period p WHERE ${ofCohort('e.person_id')} AND ${inPeriod('e.date')}
) r`,
    },
    {
      id: 'plie.barriers-identified-handled',
      needs: ['siae_plie', 'siae_period'],
      select: (i) =>
        ratioOf(
          i.dialect,
          `SELECT coalesce(sum(CASE WHEN b.lifted_on IS NOT NULL AND b.lifted_on <= p.period_to THEN 1 ELSE 0 END), 0) AS n, count(*) AS d
  FROM ${datasetRelation('barriers', i.relations)} b, siae_period p WHERE ${ofCohort('b.person_id')} AND ${inPeriod('b.identified_on')}`,
        ),
    },
    {
      id: 'plie.actions-mobilised',
      needs: ['siae_plie', 'siae_period', 'siae_interview'],
      select: (i) => totalOf(`${countInPeriod(i, 'trainings', 'start_date')} + ${countInPeriod(i, 'pmsmps', 'start_date')} + (SELECT count(*) FROM siae_interview WHERE ${collective} AND ${ofCohort('person_id')})`),
    },
    { id: 'plie.skills-formalised', needs: ['siae_plie', 'siae_period'], select: (i) => totalOf(countInPeriod(i, 'skills_attestations', 'date')) },
    {
      id: 'plie.time.individual-interviews',
      needs: ['siae_plie', 'siae_interview', 'siae_individual_kind'],
      select: (i) => totalOf(`${asDouble(i.dialect, `(SELECT coalesce(sum(minutes), 0) FROM siae_interview WHERE ${individual} AND ${ofCohort('person_id')})`)} / 60`),
    },
    {
      id: 'plie.time.workshops',
      needs: ['siae_plie', 'siae_interview'],
      // Distinct sessions (structure, day, start and end) with at least one PLIE participant, each counted once.
      select: (i) =>
        totalOf(`${asDouble(i.dialect, `(SELECT coalesce(sum(s.minutes), 0) FROM (SELECT DISTINCT structure_id, date, start_minute, minutes FROM siae_interview WHERE ${collective} AND ${ofCohort('person_id')}) s)`)} / 60`),
    },
  ] satisfies DatasetIndicatorDefinition[]
).map((d) => ({ ...d, plie: true }));
