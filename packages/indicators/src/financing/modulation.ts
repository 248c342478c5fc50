import { type DatedParameter, isoDateSchema, validate, valueAt } from '@siae/model';
import { z } from 'zod';

/** Weights of the three 2014 modulation criteria. */
export interface ModulationWeights {
  public: number;
  effortInsertion: number;
  resultats: number;
}

/** Weights of the part modulée criteria, dated (instruction DGEFP n° 2014-2). */
export const modulationWeights: DatedParameter<ModulationWeights> = {
  id: 'aideAuPoste.modulationWeights',
  labelFr: 'Pondération des critères de la part modulée',
  unit: 'share',
  values: [{ from: '2014-07-01', value: { public: 0.35, effortInsertion: 0.4, resultats: 0.25 }, source: 'Instruction DGEFP n° 2014-2 du 5 février 2014' }],
};

/** Inputs of the 2014 modulation criteria for one structure. */
export interface ModulationInput {
  date: string;
  /** Insertion employees in the year. */
  insertionEmployees: number;
  /** Of whom beneficiaries of minima sociaux (RSA, ASS, AAH...). */
  minimaSociauxBeneficiaries: number;
  /** ETP of supervision and support staff (declared). */
  supportEtp: number;
  /** ETP of insertion employees. */
  insertionEtp: number;
  /** The dynamic exit rate (from `dynamicExitRate`). */
  dynamicExitRate: number | null;
}

const amount = z.number().finite().min(0);
const modulationInputSchema = z.object({
  date: isoDateSchema,
  insertionEmployees: amount,
  minimaSociauxBeneficiaries: amount,
  supportEtp: amount,
  insertionEtp: amount,
  dynamicExitRate: z.number().min(0).max(1).nullable(),
});

/** The three criteria and their weights; each ratio is null when its denominator is 0. */
export interface ModulationCriteria {
  /** Share of minima sociaux beneficiaries among insertion employees (weight 35 %). */
  public: number | null;
  /** Supervision and support ETP per insertion ETP (weight 40 %). */
  effortInsertion: number | null;
  /** Sorties dynamiques (weight 25 %). */
  resultats: number | null;
  weights: ModulationWeights;
  source: string;
}

/**
 * The 2014 modulation criteria of the aide au poste for one structure (public, effort
 * d'insertion, résultats) with their weights. The State ranks each SIAE against the same kind in
 * its region: that ranking needs every structure and is left to the caller.
 *
 * @throws {SiaeValidationError} naming the field of a bad input (negative count, rate above 1, bad date…).
 */
export function modulationCriteria(input: ModulationInput): ModulationCriteria {
  validate(modulationInputSchema, input, 'modulation input');
  const w = valueAt(modulationWeights, input.date) ?? valueAt(modulationWeights, modulationWeights.values[0]!.from)!;
  return {
    public: input.insertionEmployees > 0 ? input.minimaSociauxBeneficiaries / input.insertionEmployees : null,
    effortInsertion: input.insertionEtp > 0 ? input.supportEtp / input.insertionEtp : null,
    resultats: input.dynamicExitRate,
    weights: w.value,
    source: w.source,
  };
}
