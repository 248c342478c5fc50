/**
 * Whether a list of ids is in strictly ascending order (UTF-16 code units, as `<` compares them):
 * each id then appears once.
 */
export function isAscending(ids: readonly string[]): boolean {
  for (let k = 1; k < ids.length; k++) if (!(ids[k - 1]! < ids[k]!)) return false;
  return true;
}

/**
 * The distinct ids of two strictly ascending lists, in ascending order (a merge: no hashing);
 * `a` itself when `b` adds nothing to it.
 */
export function mergeAscending(a: readonly string[], b: readonly string[]): readonly string[] {
  const inA = ascendingLookup(a);
  let k = 0;
  while (k < b.length && inA(b[k]!) >= 0) k++;
  if (k === b.length) return a;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * A lookup in strictly ascending ids: the position of an id, or -1. It starts from its previous
 * answer and gallops forward, so the rows of a table sorted by person are looked up in a few
 * comparisons each (no hashing, nothing allocated); an id before the previous one is found by
 * bisection. Local to one pass over a table (it keeps its position).
 */
export function ascendingLookup(ids: readonly string[]): (id: string) => number {
  const n = ids.length;
  // The lower bound of the previous id: the first position whose id is not below it.
  let at = 0;
  return (id) => {
    let lo: number;
    let hi: number;
    if (at < n) {
      const current = ids[at]!;
      // (the same id again, or the next one: an identity test before any comparison)
      if (current === id) return at;
      if (current < id) {
        lo = at + 1;
        if (lo < n && ids[lo] === id) {
          at = lo;
          return lo;
        }
        // After `at`: gallop, then bisect.
        let probe = lo;
        let step = 1;
        while (probe < n && ids[probe]! < id) {
          lo = probe + 1;
          probe = lo + step;
          step *= 2;
        }
        hi = probe < n ? probe + 1 : n;
      } else {
        // Below `at`: absent when above the id before it (a missing id between two rows met).
        if (at === 0 || ids[at - 1]! < id) return -1;
        lo = 0;
        hi = at;
      }
    } else {
      if (n === 0 || ids[n - 1]! < id) return -1;
      lo = 0;
      hi = n;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < id) lo = mid + 1;
      else hi = mid;
    }
    at = lo;
    return lo < n && ids[lo] === id ? lo : -1;
  };
}

/**
 * A set of person ids that the report's indicators count and test rows against, one table at a
 * time. Internal to the report.
 */
export interface IdSet {
  /** Number of ids. */
  readonly size: number;
  /** The ids, each once, in the order they were given. */
  readonly ids: readonly string[];
  /**
   * A membership test for one pass over a table: a cursor over the ids when they are in ascending
   * order ({@link ascendingLookup}: a few comparisons per row of a table sorted by person), a set
   * otherwise.
   */
  lookup(): (id: string) => boolean;
}

/** The {@link IdSet} of some ids (`set`, when given, holds the same ids, each once: it is used as is). */
export function idSet(ids: readonly string[], set?: ReadonlySet<string>): IdSet {
  if (isAscending(ids)) {
    return {
      size: ids.length,
      ids,
      lookup: () => {
        const position = ascendingLookup(ids);
        return (id) => position(id) >= 0;
      },
    };
  }
  const s = set ?? new Set(ids);
  return { size: s.size, ids: set === undefined ? [...s] : ids, lookup: () => (id) => s.has(id) };
}

/**
 * The number of distinct ids of a list: counted in one pass, without hashing, when the list is in
 * non-decreasing order (rows sorted by person); with a set otherwise.
 */
export function distinctCount(ids: readonly string[]): number {
  let n = 0;
  let last: string | undefined;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id === last) continue;
    if (last !== undefined && id < last) return new Set(ids).size;
    n++;
    last = id;
  }
  return n;
}
