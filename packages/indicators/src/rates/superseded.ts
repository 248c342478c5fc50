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

/**
 * {@link supersededChecked} for records whose (person, structure) pairs are numbered (`pairOf`,
 * every number below `pairCount`): the same marks, without hashing the ids. `groups`, when given,
 * lists the records of each group (ascending indexes, the in-scope records only): a later exit
 * replaces an earlier one of its pair within its group only. Not exported by the package.
 */
export function supersededByPair(records: readonly (ExitRecord | null | undefined)[], inScope: Uint8Array, pairOf: Int32Array, pairCount: number, groups?: readonly Int32Array[]): Uint8Array {
  const superseded = new Uint8Array(records.length);
  // latest[p]: the latest exit of pair p seen in the current group, when stamp[p] is the group + 1.
  const latest = new Int32Array(pairCount);
  const stamp = new Int32Array(pairCount);
  const read = (i: number, stampOf: number) => {
    const rec = records[i];
    if (inScope[i] !== 1 || !rec) return;
    const p = pairOf[i]!;
    if (stamp[p] !== stampOf) {
      stamp[p] = stampOf;
      latest[p] = i;
      return;
    }
    const j = latest[p]!;
    if (isLaterExit(rec, records[j] as ExitRecord)) {
      superseded[j] = 1;
      latest[p] = i;
    } else superseded[i] = 1;
  };
  if (groups === undefined) for (let i = 0; i < records.length; i++) read(i, 1);
  else
    for (let g = 0; g < groups.length; g++) {
      const members = groups[g]!;
      for (let k = 0; k < members.length; k++) read(members[k]!, g + 1);
    }
  return superseded;
}
