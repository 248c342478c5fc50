import type { ExitRecord } from '../exits/exitRecord';
import { FNV_OFFSET, finishHash, hashNumber, hashString } from '../hash/stringHash';
import { laterExit as isLaterExit } from './recordKeys';

/** The hash of a (group, structure, person) key. */
function keyHash(group: number, structureId: string, personId: string): number {
  return finishHash(hashString(hashNumber(hashString(hashNumber(FNV_OFFSET, group), structureId), 0x1f), personId));
}

/**
 * `supersededExits` on valid records (the public function checks its arguments first). Not
 * exported by the package.
 */
export function supersededChecked(records: readonly (ExitRecord | null | undefined)[], inScope: Uint8Array, groups?: Int32Array): Uint8Array {
  const n = records.length;
  const superseded = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (inScope[i] === 1 && records[i]) count++;
  if (count === 0) return superseded;
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  // slots[s] = index + 1 of the latest exit seen for the key in slot s (0 = empty); hashes[s] = its hash.
  const slots = new Int32Array(capacity);
  const hashes = new Int32Array(capacity);
  for (let i = 0; i < n; i++) {
    const rec = records[i];
    // Only what was counted goes in, so the table always keeps free slots.
    if (inScope[i] !== 1 || !rec) continue;
    const group = groups ? groups[i]! : 0;
    const structureId = rec.structureId ?? '';
    const personId = rec.personId;
    const h = keyHash(group, structureId, personId);
    let slot = h & mask;
    for (;;) {
      const held = slots[slot]!;
      if (held === 0) {
        slots[slot] = i + 1;
        hashes[slot] = h;
        break;
      }
      if (hashes[slot] === h) {
        const j = held - 1;
        const other = records[j] as ExitRecord;
        if (other.personId === personId && (other.structureId ?? '') === structureId && (!groups || groups[j] === group)) {
          if (isLaterExit(rec, other)) {
            superseded[j] = 1;
            slots[slot] = i + 1;
          } else superseded[i] = 1;
          break;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
  return superseded;
}
