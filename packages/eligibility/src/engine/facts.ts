import { iaeCriteriaCatalogue } from '../criteria/catalogue';
import { isCriterionInForceUnchecked as isCriterionInForce } from '../criteria/inForce';
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

/** A frozen "not yet in force" entry per criterion, built once from the catalogue and shared by every decision. */
const NOT_YET: ReadonlyMap<string, CountedCriterion> = new Map(
  iaeCriteriaCatalogue.map((d) => [
    d.code,
    Object.freeze({ code: d.code, level: d.iaeLevel as 1 | 2, counted: false, whyFr: `critère en vigueur à partir du ${d.validFrom} seulement` }),
  ]),
);

function notYetEntry(code: string, level: 1 | 2, validFrom: string): CountedCriterion {
  return NOT_YET.get(code) ?? { code, level, counted: false, whyFr: `critère en vigueur à partir du ${validFrom} seulement` };
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

const INDEX: ReadonlyMap<string, number> = new Map(iaeCriteriaCatalogue.map((d, i) => [d.code, i]));
/** Catalogue indexes in alphabetical order of their codes (level lists come out sorted, no sort per call). */
const ALPHABETICAL: readonly number[] = iaeCriteriaCatalogue.map((_, i) => i).sort((a, b) => (iaeCriteriaCatalogue[a]!.code < iaeCriteriaCatalogue[b]!.code ? -1 : 1));

/**
 * Computes the facts of a validated input: which criteria are in force on the diagnosis date,
 * and how many of each level. A criterion not yet in force (FLE before 2021-09-03, for example)
 * is listed as not counted, with the reason. Duplicates count once.
 */
export function computeFacts(input: IaeEligibilityInput): { facts: EligibilityFacts; details: CountedCriterion[]; level1: string[]; level2: string[] } {
  // Lists of the exact length: a list grown by push keeps room for 16 or more entries, which a
  // batch of a million decisions would keep. `details` is trimmed in place at the end.
  const details: CountedCriterion[] = input.criteria.length === 0 ? [] : new Array(input.criteria.length);
  const inForce: string[] = [];
  let seen = 0;
  let counted = 0;
  let nDetails = 0;
  let n1 = 0;
  let n2 = 0;
  for (const code of input.criteria) {
    const i = INDEX.get(code);
    if (i === undefined) continue;
    const bit = 1 << i;
    if (seen & bit) continue;
    seen |= bit;
    const def = iaeCriteriaCatalogue[i]!;
    if (isCriterionInForce(def, input.date)) {
      counted |= bit;
      inForce.push(code);
      details[nDetails++] = countedEntry(code, def.iaeLevel as 1 | 2);
      if (def.iaeLevel === 1) n1++;
      else n2++;
    } else {
      details[nDetails++] = notYetEntry(code, def.iaeLevel as 1 | 2, def.validFrom);
    }
  }
  if (nDetails < details.length) details.length = nDetails;
  const level1: string[] = n1 === 0 ? [] : new Array(n1);
  const level2: string[] = n2 === 0 ? [] : new Array(n2);
  if (counted !== 0) {
    let k1 = 0;
    let k2 = 0;
    for (const i of ALPHABETICAL) {
      if (counted & (1 << i)) {
        const def = iaeCriteriaCatalogue[i]!;
        if (def.iaeLevel === 1) level1[k1++] = def.code;
        else level2[k2++] = def.code;
      }
    }
  }
  return {
    facts: { author: input.author, structureKind: input.structureKind, date: input.date, criteria: inForce, level1Count: level1.length, level2Count: level2.length },
    details,
    level1,
    level2,
  };
}
