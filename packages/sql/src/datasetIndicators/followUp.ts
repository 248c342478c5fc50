import type { InterviewKind } from '@siae/model';
import { datasetRelation } from '../relations';
import { stringLiteral } from '../dialect';
import { type DatasetIndicatorDefinition, followedCount, type IndicatorSqlInput, ratioOf, totalOf } from './shape';

// A code of @siae/model, typed: a renamed code breaks the build here.
const FINAL: InterviewKind = 'final';

/**
 * `shareOfExitsWith`: the exit rows of the period whose person has a row of `table` (any date,
 * any structure) on or before the exit day, over the exit rows of the period. Written as the
 * person's first such row on or before the exit (one aggregate of `table` and a hash join), not as
 * a correlated `EXISTS` per exit, which DuckDB turns into a join on every distinct (person, date)
 * of the exits (about a second per million exits, even with no row in `table`).
 */
function shareOfExitsWith(i: IndicatorSqlInput, table: 'interviews' | 'skills_attestations', kindFilter: string): string {
  return ratioOf(
    i.dialect,
    `SELECT coalesce(sum(CASE WHEN f.first_date <= e.date THEN 1 ELSE 0 END), 0) AS n, count(*) AS d
  FROM ${datasetRelation('exits', i.relations)} e
  CROSS JOIN siae_period p
  LEFT JOIN (SELECT w.person_id, min(w.date) AS first_date FROM ${datasetRelation(table, i.relations)} w WHERE ${kindFilter} GROUP BY w.person_id) f ON f.person_id = e.person_id
  WHERE e.date >= p.period_from AND e.date <= p.period_to`,
  );
}

/** `peopleAssessed`: the followed people with a skills assessment dated up to the end of the period. */
function peopleAssessed(i: IndicatorSqlInput): string {
  return `(SELECT count(DISTINCT a.person_id) FROM ${datasetRelation('skills_attestations', i.relations)} a, siae_period p
    WHERE a.kind IN (SELECT kind FROM siae_assessment_kind) AND a.date <= p.period_to AND a.person_id IN (SELECT person_id FROM siae_followed))`;
}

/** Barriers, final reviews, attestations and assessments (INAÉ). */
export const FOLLOW_UP: readonly DatasetIndicatorDefinition[] = [
  {
    id: 'inae.sep.barriers-lifted-rate',
    needs: ['siae_period', 'siae_followed'],
    // Barriers of followed people identified up to the end of the period; lifted by then.
    select: (i) =>
      ratioOf(
        i.dialect,
        `SELECT coalesce(sum(CASE WHEN b.lifted_on IS NOT NULL AND b.lifted_on <= p.period_to THEN 1 ELSE 0 END), 0) AS n, count(*) AS d
  FROM ${datasetRelation('barriers', i.relations)} b, siae_period p WHERE b.identified_on <= p.period_to AND b.person_id IN (SELECT person_id FROM siae_followed)`,
      ),
  },
  { id: 'inae.outils-salaries.final-review', needs: ['siae_period'], select: (i) => shareOfExitsWith(i, 'interviews', `w.kind = ${stringLiteral(FINAL, 'kind')}`) },
  { id: 'inae.outils-salaries.attestations-rate', needs: ['siae_period', 'siae_attestation_kind'], select: (i) => shareOfExitsWith(i, 'skills_attestations', 'w.kind IN (SELECT kind FROM siae_attestation_kind)') },
  { id: 'inae.outils-salaries.assessments-rate', needs: ['siae_period', 'siae_followed', 'siae_assessment_kind'], select: (i) => ratioOf(i.dialect, `SELECT ${peopleAssessed(i)} AS n, ${followedCount} AS d`) },
  { id: 'inae.situations-formatives.people-assessed', needs: ['siae_period', 'siae_followed', 'siae_assessment_kind'], select: (i) => totalOf(peopleAssessed(i)) },
];
