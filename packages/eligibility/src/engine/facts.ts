import { getCriterion, iaeCriteriaCatalogue, isCriterionInForce } from '../criteria/catalogue';
import type { IaeEligibilityInput } from './input';

/** How one criterion of a diagnosis was counted. */
export interface CountedCriterion {
  /** The criterion code. */
  code: string;
  /** Its IAE level. */
  level: 1 | 2;
  /** Whether it counted on the diagnosis date. */
  counted: boolean;
  /** Why it did not count, in French (only when `counted` is false). */
  whyFr?: string;
}

/** A frozen "counted" entry per criterion, built once from the catalogue and shared by every decision. */
const COUNTED: ReadonlyMap<string, CountedCriterion> = new Map(
  iaeCriteriaCatalogue.map((d) => [d.code, Object.freeze({ code: d.code, level: d.iaeLevel as 1 | 2, counted: true })]),
);

function countedEntry(code: string, level: 1 | 2): CountedCriterion {
  return COUNTED.get(code) ?? { code, level, counted: true };
}

/** The constant facts an evaluation runs on, computed once per diagnosis. */
export interface EligibilityFacts {
  author: string;
  structureKind: string;
  date: string;
  /** Codes of the criteria in force on the date (duplicates removed). */
  criteria: string[];
  level1Count: number;
  level2Count: number;
}

/**
 * Computes the facts of a validated input: which criteria are in force on the diagnosis date,
 * and how many of each level. A criterion not yet in force (FLE before 2021-09-03, for example)
 * is listed as not counted, with the reason.
 */
export function computeFacts(input: IaeEligibilityInput): { facts: EligibilityFacts; details: CountedCriterion[]; level1: string[]; level2: string[] } {
  const details: CountedCriterion[] = [];
  const inForce: string[] = [];
  const level1: string[] = [];
  const level2: string[] = [];
  for (const code of input.criteria) {
    if (details.some((d) => d.code === code)) continue;
    const def = getCriterion(code);
    if (!def || def.iaeLevel === null) continue;
    if (isCriterionInForce(def, input.date)) {
      inForce.push(code);
      (def.iaeLevel === 1 ? level1 : level2).push(code);
      details.push(countedEntry(code, def.iaeLevel));
    } else {
      details.push({
        code,
        level: def.iaeLevel,
        counted: false,
        whyFr: `critère en vigueur à partir du ${def.validFrom} seulement`,
      });
    }
  }
  if (level1.length > 1) level1.sort();
  if (level2.length > 1) level2.sort();
  return {
    facts: {
      author: input.author,
      structureKind: input.structureKind,
      date: input.date,
      criteria: inForce,
      level1Count: level1.length,
      level2Count: level2.length,
    },
    details,
    level1,
    level2,
  };
}
