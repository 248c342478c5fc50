import type { ContractKind } from '@siae/model';
import { datasetRelation } from '../relations';
import { daysBetweenSql, stringLiteral } from '../dialect';
import { exitRateSql } from '../exitRates';
import { asDouble } from './ctes';
import { collective, type DatasetIndicatorDefinition, followedCount, type IndicatorSqlInput, individual, ratioOf, totalOf } from './shape';

// A code of @siae/model, typed: a renamed code breaks the build here.
const MAD: ContractKind = 'MAD';

/**
 * The indicators of the catalogue that are one count of the taux de sortie dynamique's
 * classification (default options) over the exits it examines: `count` is the column of the rate
 * row (`RATE_COLUMNS`). A caller that already has that rate row (the CLI's DuckDB engine computes
 * it with the other rates) reads them from it instead of classifying the exits again.
 */
export const DEFAULT_RATE_SHARES: readonly { readonly id: string; readonly count: 'other' }[] = [{ id: 'inae.sep.other-exits-rate', count: 'other' }];

/** The taux de sortie dynamique of the period's exit records, default options (one row of `RATE_COLUMNS`). */
function defaultRate(i: IndicatorSqlInput): string {
  return exitRateSql({ dialect: i.dialect, period: i.period, source: 'siae_exit_records' });
}

/** Exit records of the period: their number and total days in the structure (both days included), as `exitRecordsInPeriod`. */
function averageDays(i: IndicatorSqlInput): string {
  return ratioOf(
    i.dialect,
    `SELECT coalesce(sum(${daysBetweenSql(i.dialect, 'x.hired_on', 'x.exited_on')} + 1), 0) AS n, count(*) AS d
  FROM siae_exit_records x, siae_period p WHERE x.exited_on >= p.period_from AND x.exited_on <= p.period_to`,
  );
}

/** The people, contracts and exits family. */
export const PEOPLE: readonly DatasetIndicatorDefinition[] = [
  { id: 'inae.gouvernance.people-supported', needs: ['siae_followed'], select: () => totalOf(followedCount) },
  { id: 'inae.gouvernance.employees-welcomed', needs: ['siae_hired'], select: () => totalOf('(SELECT count(*) FROM siae_hired)') },
  {
    id: 'inae.modalites.mad-employees',
    needs: ['siae_period'],
    // A MAD contract without end date counts from its start only (the catalogue's `endDate ?? startDate`).
    select: (i) =>
      totalOf(`(SELECT count(DISTINCT c.person_id) FROM ${datasetRelation('contracts', i.relations)} c, siae_period p
  WHERE c.kind = ${stringLiteral(MAD, 'kind')} AND c.start_date <= p.period_to AND coalesce(c.end_date, c.start_date) >= p.period_from)`),
  },
  { id: 'inae.modalites.average-parcours-length', needs: ['siae_period', 'siae_exit_records'], select: averageDays },
  { id: 'inae.gouvernance.time-in-structure', needs: ['siae_period', 'siae_exit_records'], select: averageDays },
  // The report's classification with the default options: « autres sorties » over the exits examined.
  ...DEFAULT_RATE_SHARES.map((share): DatasetIndicatorDefinition => ({
    id: share.id,
    needs: ['siae_exit_records'],
    select: (i) => ratioOf(i.dialect, `SELECT x.${share.count} AS n, x.denominator AS d FROM (${defaultRate(i)}) x`),
  })),
  // The taux de sortie dynamique with the default options (the INAÉ « taux de sorties emploi »; the
  // « résultats » criterion of the part modulée for a report without variant).
  { id: 'inae.sep.employment-exit-rate', needs: ['siae_exit_records'], select: (i) => `SELECT x.value, x.numerator, x.denominator FROM (${defaultRate(i)}) x` },
  { id: 'modulation.resultats', needs: ['siae_exit_records'], select: (i) => `SELECT x.value, x.numerator, x.denominator FROM (${defaultRate(i)}) x` },
  {
    id: 'modulation.public',
    needs: ['siae_followed'],
    // People rows with minima sociaux among the followed people, over the followed people.
    select: (i) =>
      ratioOf(i.dialect, `SELECT (SELECT count(*) FROM ${datasetRelation('people', i.relations)} h WHERE h.minima_sociaux = TRUE AND h.id IN (SELECT person_id FROM siae_followed)) AS n, ${followedCount} AS d`),
  },
];

/** The trainings and PMSMP family. */
export const TRAININGS: readonly DatasetIndicatorDefinition[] = [
  { id: 'inae.modalites.training-entries', needs: ['siae_training'], select: () => totalOf('(SELECT count(*) FROM siae_training WHERE coalesce(preparation, FALSE) = FALSE)') },
  { id: 'inae.modalites.training-hours', needs: ['siae_training'], select: () => totalOf('(SELECT coalesce(sum(hours), 0) FROM siae_training)') },
  { id: 'training-actions', needs: ['siae_training'], select: () => totalOf('(SELECT count(*) FROM siae_training)') },
  {
    id: 'inae.modalites.pmsmp-rate',
    needs: ['siae_period', 'siae_followed'],
    // Followed people with a PMSMP overlapping the period, over the followed people.
    select: (i) =>
      ratioOf(
        i.dialect,
        `SELECT (SELECT count(DISTINCT m.person_id) FROM ${datasetRelation('pmsmps', i.relations)} m, siae_period p
    WHERE m.start_date <= p.period_to AND m.end_date >= p.period_from AND m.person_id IN (SELECT person_id FROM siae_followed)) AS n, ${followedCount} AS d`,
      ),
  },
];

/** Hours of the period's interviews (`interviewTotals(...).hours`: the minutes over 60). */
function interviewHours(i: IndicatorSqlInput): string {
  return `${asDouble(i.dialect, '(SELECT coalesce(sum(minutes), 0) FROM siae_interview)')} / 60`;
}

/** The interviews family. */
export const INTERVIEWS: readonly DatasetIndicatorDefinition[] = [
  { id: 'inae.modalites.individual-interviews', needs: ['siae_interview', 'siae_individual_kind'], select: () => totalOf(`(SELECT count(*) FROM siae_interview WHERE ${individual})`) },
  {
    id: 'inae.modalites.interview-duration',
    needs: ['siae_interview', 'siae_individual_kind'],
    // Minutes as the catalogue gets them: hours (minutes / 60) times 60, the same floating-point steps.
    select: (i) => ratioOf(i.dialect, `SELECT ${asDouble(i.dialect, 'coalesce(sum(minutes), 0)')} / 60 * 60 AS n, count(*) AS d FROM siae_interview WHERE ${individual}`),
  },
  { id: 'inae.modalites.workshop-participants', needs: ['siae_interview'], select: () => totalOf(`(SELECT count(*) FROM siae_interview WHERE ${collective})`) },
  {
    id: 'inae.modalites.workshops',
    needs: ['siae_interview'],
    // Distinct sessions by structure, day and start time (`collectiveSessions(...).workshops`).
    select: () => totalOf(`(SELECT count(*) FROM (SELECT DISTINCT structure_id, date, start_minute FROM siae_interview WHERE ${collective}) w)`),
  },
  {
    id: 'inae.modalites.action-reports',
    needs: ['siae_interview'],
    select: (i) => ratioOf(i.dialect, 'SELECT coalesce(sum(CASE WHEN report_written THEN 1 ELSE 0 END), 0) AS n, count(*) AS d FROM siae_interview'),
  },
  { id: 'inae.gouvernance.support-time', needs: ['siae_interview', 'siae_followed'], select: (i) => ratioOf(i.dialect, `SELECT ${interviewHours(i)} AS n, ${followedCount} AS d`) },
  { id: 'follow-up-time', needs: ['siae_interview', 'siae_followed'], select: (i) => ratioOf(i.dialect, `SELECT ${interviewHours(i)} AS n, ${followedCount} AS d`) },
  {
    id: 'inae.modalites.actions-per-person',
    needs: ['siae_period', 'siae_training', 'siae_interview', 'siae_followed'],
    // Trainings started + PMSMP started + workshop participations, over the followed people.
    select: (i) =>
      ratioOf(
        i.dialect,
        `SELECT (SELECT count(*) FROM siae_training)
    + (SELECT count(*) FROM ${datasetRelation('pmsmps', i.relations)} m, siae_period p WHERE m.start_date >= p.period_from AND m.start_date <= p.period_to)
    + (SELECT count(*) FROM siae_interview WHERE ${collective}) AS n, ${followedCount} AS d`,
      ),
  },
];
