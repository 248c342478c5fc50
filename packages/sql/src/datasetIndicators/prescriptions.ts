import type { Prescription } from '@siae/model';
import { stringLiteral } from '../dialect';
import { datasetRelation } from '../relations';
import type { DatasetIndicatorDefinition, IndicatorSqlInput } from './shape';
import { ratioOf } from './shape';

// Codes of @siae/model, typed: a renamed code breaks the build here.
const SPONTANEOUS: Prescription['prescriberKind'] = 'SPONTANEOUS';
const HIRED: Prescription['outcome'] = 'hired';

/**
 * `positionedThenHired` of the catalogue: the (person, structure) pairs positioned by a prescriber
 * (not a spontaneous application) in the period, each with the date of its last such prescription
 * in table order (`row_order`, the greatest; rows without it before the numbered ones, the latest
 * date among them), and how many were hired: a prescription of the pair ended `hired` (any date,
 * any prescriber), or a contract of the pair starts on or after that date.
 */
function positionedThenHired(i: IndicatorSqlInput): string {
  const prescriptions = datasetRelation('prescriptions', i.relations);
  return `SELECT coalesce(sum(CASE WHEN o.person_id IS NOT NULL OR c.last_start >= x.date THEN 1 ELSE 0 END), 0) AS n, count(*) AS d
  FROM (
    SELECT r.person_id, r.structure_id, r.date,
      row_number() OVER (PARTITION BY r.person_id, r.structure_id ORDER BY r.row_order DESC NULLS LAST, r.date DESC) AS k
    FROM ${prescriptions} r, siae_period p
    WHERE r.date >= p.period_from AND r.date <= p.period_to AND r.prescriber_kind IS DISTINCT FROM ${stringLiteral(SPONTANEOUS, 'prescriberKind')}
  ) x
  LEFT JOIN (SELECT DISTINCT person_id, structure_id FROM ${prescriptions} WHERE outcome = ${stringLiteral(HIRED, 'outcome')}) o
    ON o.person_id = x.person_id AND o.structure_id = x.structure_id
  LEFT JOIN (SELECT person_id, structure_id, max(start_date) AS last_start FROM ${datasetRelation('contracts', i.relations)} GROUP BY person_id, structure_id) c
    ON c.person_id = x.person_id AND c.structure_id = x.structure_id
  WHERE x.k = 1`;
}

/** The prescriptions family: hired over positioned. */
export const PRESCRIPTIONS: readonly DatasetIndicatorDefinition[] = [{ id: 'prescription-to-hire-ratio', needs: ['siae_period'], select: (i) => ratioOf(i.dialect, positionedThenHired(i)) }];
