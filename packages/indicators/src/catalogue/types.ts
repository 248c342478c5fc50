import type { RateOptions } from '../rates/classify';
import type { ReportContext } from '../report/context';

/** The unit of an indicator. */
export type IndicatorUnit = 'ratio' | 'count' | 'hours' | 'minutes' | 'days' | 'euros' | 'per_person' | 'text';

/** The value of an indicator over a dataset, with what it was computed from. */
export interface IndicatorValue {
  /** The value; null when its denominator is empty. */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Breakdown or companion figures (per kind, per month, totals...). */
  detail?: Record<string, number | null>;
  /** How it was obtained, in French; when the value is null, why. */
  explanationFr: string;
  /**
   * Why the value is null when it is not an empty denominator: `no_plie_participant` (a PLIE
   * indicator with nobody marked as a PLIE participant).
   */
  nullReason?: 'no_plie_participant';
}

/** A target of the State for an indicator. */
export interface IndicatorTarget {
  /** The floor (0.6 = 60 %). */
  min: number;
  source: string;
  /** True when the figure comes from a secondary source, the text itself not being held. */
  assumed?: boolean;
  /** Why it is assumed. */
  assumptionFr?: string;
}

/** One indicator of the catalogue. */
export interface IndicatorDefinition {
  /** Stable id (`dynamic-exit-rate`, `plie.qpv-share`, `inae.modalites.interview-duration`...). */
  id: string;
  labelFr: string;
  /** What it means, in plain French. */
  definitionFr: string;
  /** The formula, in plain text. */
  formula: string;
  unit: IndicatorUnit;
  /** Seed file and section, or the public text. */
  source: string;
  /** The seed it comes from (`000`-`004`), or `legal` for texts of the State. */
  seed: '001' | '002' | '004' | 'legal';
  /** For the INAÉ grid: the dimension (`sep`, `modalites`, ...). */
  dimension?: string;
  /** `computed` from the model's data, or `declared` (a survey answer, a figure the data cannot hold). */
  kind: 'computed' | 'declared';
  /** For declared indicators: what the structure declares. */
  declaredInput?: { shape: 'number' | 'ratio' | 'text' | 'count'; descriptionFr: string };
  /**
   * A choice the source leaves open and we made (which definition, which reading), with why.
   * Present when the indicator's definition is ours, not the source's.
   */
  assumptionFr?: string;
  /** The public function that computes it, when it has one (`dynamicExitRate`...). */
  computedBy?: string;
  /** A target of the State, when there is one. */
  target?: IndicatorTarget;
  /** How `computeReport` computes it over a dataset. */
  compute?: (ctx: ReportContext, options: RateOptions) => IndicatorValue;
}
