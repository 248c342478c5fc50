/** A set of pairs of numbers, see {@link createPairSet}. */
export interface PairSet {
  /** Adds the pair; true when it was not in the set yet. */
  add(a: number, b: number): boolean;
  /** Number of distinct pairs added. */
  readonly size: number;
}

/**
 * A set of pairs `(a, b)`: `a` a small non-negative integer (a row's structure number), `b` any
 * integer exact in a double (a day and times packed in one number). An open-addressing table in
 * typed arrays sized once for at most `maxSize` pairs: adding allocates nothing, where a `Set` of
 * packed numbers allocates a heap number per key and rehashes as it grows. Local to one call.
 */
export function createPairSet(maxSize: number): PairSet {
  let capacity = 16;
  while (capacity < maxSize * 2) capacity *= 2;
  const mask = capacity - 1;
  const used = new Uint8Array(capacity);
  const as = new Int32Array(capacity);
  const bs = new Float64Array(capacity);
  let size = 0;
  return {
    add(a, b) {
      // Mix a, the low 32 bits of b and its high bits (b / 2^32) into one slot number.
      let h = Math.imul(a, 0x9e3779b1) ^ (b >>> 0) ^ Math.imul(Math.floor(b / 4294967296) | 0, 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
      h ^= h >>> 15;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        if (used[slot] === 0) {
          if (size >= maxSize) throw new RangeError(`createPairSet: more than ${maxSize} pairs`);
          used[slot] = 1;
          as[slot] = a;
          bs[slot] = b;
          size++;
          return true;
        }
        if (as[slot] === a && bs[slot] === b) return false;
      }
    },
    get size() {
      return size;
    },
  };
}
