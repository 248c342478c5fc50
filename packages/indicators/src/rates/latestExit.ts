import { FNV_OFFSET, finishHash, hashNumber, hashString } from '../hash/stringHash';
import type { ExitRecord } from '../exits/exitRecord';

/**
 * Whether exit `a` comes after exit `b` of the same person in the same structure: later exit date,
 * then later hiring; remaining ties are broken on the reason and the hours so that the result never
 * depends on the order of the records.
 */
export function isLaterExit(a: ExitRecord, b: ExitRecord): boolean {
  if (a.exitedOn !== b.exitedOn) return a.exitedOn > b.exitedOn;
  if (a.hiredOn !== b.hiredOn) return a.hiredOn > b.hiredOn;
  if (a.reason !== b.reason) return a.reason > b.reason;
  return a.hoursWorked > b.hoursWorked;
}

/** The hash of a (group, structure, person) key. */
function keyHash(group: number, structureId: string, personId: string): number {
  return finishHash(hashString(hashNumber(hashString(hashNumber(FNV_OFFSET, group), structureId), 0x1f), personId));
}

/**
 * Marks the exits that are not the latest of their person in their structure: `result[i]` is 1
 * when another exit of the same person, in the same structure (and the same group when `groups` is
 * given), is in scope and comes later ({@link isLaterExit}); 0 otherwise, and 0 for records out of
 * scope.
 *
 * One pass over the records with an open-addressing hash table held in typed arrays, sized from the
 * number of records in scope: no key string and no object per record, so a million exits cost a
 * few tens of megabytes and no garbage. Pure: reads its inputs, returns a new array.
 *
 * @param records the records (null for a record that failed validation: never in scope)
 * @param inScope `inScope[i]` is 1 for the records that count (in the period); a missing entry or a null record is out of scope
 * @param groups optional group number per record (a breakdown): the latest exit is read within each group
 */
export function supersededExits(records: readonly (ExitRecord | null | undefined)[], inScope: Uint8Array, groups?: Int32Array): Uint8Array {
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
