/** FNV-1a offset basis (32 bits). */
export const FNV_OFFSET = 0x811c9dc5 | 0;

const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of a string, continuing from `h`. */
export function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Folds a small number (a separator, a group) into a running hash. */
export function hashNumber(h: number, n: number): number {
  return Math.imul(h ^ n, FNV_PRIME);
}

/** Spreads the bits of a hash so that its low bits can pick a slot (murmur3 finaliser). */
export function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
