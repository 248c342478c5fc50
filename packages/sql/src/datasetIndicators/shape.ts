import type { InterviewKind } from '@siae/model';
import type { DatasetRelations } from '../dataset';
import { type Dialect, stringLiteral } from '../dialect';
import { asDouble, type SharedCte } from './ctes';

/** What an indicator's query is written from. */
export interface IndicatorSqlInput {
  dialect: Dialect;
  period: { from: string; to: string };
  relations: DatasetRelations;
}

/**
 * One indicator of the catalogue as SQL: the shared expressions it reads and a query of one row
 * `(value, numerator, denominator)` over them (numerator and denominator null for a count or a
 * total, as `IndicatorValue` has none then).
 */
export interface DatasetIndicatorDefinition {
  /** The catalogue id. */
  id: string;
  needs: readonly SharedCte[];
  select: (i: IndicatorSqlInput) => string;
  /**
   * A PLIE indicator: over the PLIE participants followed (`siae_plie`), null with the reason
   * `no_plie_participant` when there is none, as `overPlieCohort` of the catalogue.
   */
  plie?: boolean;
}


/** A count or total (`total` of the catalogue): no numerator, no denominator. */
export function totalOf(value: string): string {
  return `SELECT ${value} AS value, NULL AS numerator, NULL AS denominator`;
}

/** A ratio (`ratio` of the catalogue) over a query giving `n` and `d`: null when `d` is 0. */
export function ratioOf(dialect: Dialect, nAndD: string): string {
  return `SELECT CASE WHEN r.d = 0 THEN NULL ELSE ${asDouble(dialect, 'r.n')} / r.d END AS value, r.n AS numerator, r.d AS denominator FROM (${nAndD}) r`;
}

// A code of @siae/model, typed: a renamed code breaks the build here.
const COLLECTIVE: InterviewKind = 'collective';

/** The followed people, counted. */
export const followedCount = '(SELECT count(*) FROM siae_followed)';
/** A collective session row. */
export const collective = `kind = ${stringLiteral(COLLECTIVE, 'kind')}`;
/** An interview held with one person (`INDIVIDUAL_INTERVIEW_KINDS`). */
export const individual = 'kind IN (SELECT kind FROM siae_individual_kind)';
