import { FNV_OFFSET, finishHash, hashNumber, hashString } from '../hash/stringHash';

function hashPair(a: string, b: string): number {
  return finishHash(hashString(hashNumber(hashString(FNV_OFFSET, a), 0x1f), b));
}

/**
 * Dense numbers for pairs of ids (a person and a structure): `add` gives each distinct pair the
 * next number, `find` gives the number of a pair already added or -1. Built for the report's
 * indexes over millions of rows: an open-addressing table in typed arrays that holds references to
 * the ids the rows already have, so a lookup allocates nothing (no key string per row). Local to
 * one call: nothing is shared.
 */
export interface PairIndex {
  /** The number of the pair, added if new. */
  add(first: string, second: string): number;
  /** The number of the pair, or -1 when it was never added. */
  find(first: string, second: string): number;
  /** Number of distinct pairs. */
  readonly size: number;
  /** The first id of pair `n`. */
  first(n: number): string;
  /** The second id of pair `n`. */
  second(n: number): string;
}

/** Creates an empty {@link PairIndex} sized for about `expected` pairs (it grows when needed). */
export function createPairIndex(expected = 16): PairIndex {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  let slots = new Int32Array(capacity); // pair number + 1, 0 = empty
  let hashes = new Int32Array(capacity);
  // Sized for the expected pairs at once: a list grown by push leaves its outgrown copies (large
  // objects, over hundreds of thousands of pairs) to the garbage collector.
  const firsts: string[] = new Array(Math.max(0, Math.ceil(expected)));
  const seconds: string[] = new Array(firsts.length);
  let size = 0;

  const slotOf = (first: string, second: string, h: number): number => {
    const mask = slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0) return slot;
      if (hashes[slot] === h && firsts[held - 1] === first && seconds[held - 1] === second) return slot;
      slot = (slot + 1) & mask;
    }
  };
  const grow = () => {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Int32Array(oldSlots.length * 2);
    hashes = new Int32Array(oldSlots.length * 2);
    const mask = slots.length - 1;
    for (let s = 0; s < oldSlots.length; s++) {
      const held = oldSlots[s]!;
      if (held === 0) continue;
      let slot = oldHashes[s]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = held;
      hashes[slot] = oldHashes[s]!;
    }
  };
  return {
    add(first, second) {
      const h = hashPair(first, second);
      const slot = slotOf(first, second, h);
      const held = slots[slot]!;
      if (held !== 0) return held - 1;
      firsts[size] = first;
      seconds[size] = second;
      size++;
      slots[slot] = size;
      hashes[slot] = h;
      if (size * 2 > slots.length) grow();
      return size - 1;
    },
    find(first, second) {
      return slots[slotOf(first, second, hashPair(first, second))]! - 1;
    },
    get size() {
      return size;
    },
    first: (n) => firsts[n]!,
    second: (n) => seconds[n]!,
  };
}
