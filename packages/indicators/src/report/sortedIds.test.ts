import { createRandom } from '@siae/sample-data';
import { describe, expect, it } from 'vitest';
import { ascendingLookup, isAscending, mergeAscending } from './sortedIds';

const ids = ['a', 'b', 'b2', 'c', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'x'];

describe('ascendingLookup', () => {
  it('finds each id, in any order, and no other', () => {
    const random = createRandom(7);
    const find = ascendingLookup(ids);
    const asked = [...ids, 'd', '', 'z', 'b1', 'ka', 'ba', 'ca', 'l0', 'xa', ...ids.slice().reverse()];
    for (let round = 0; round < 2000; round++) {
      const id = asked[Math.floor(random.next() * asked.length)]!;
      expect(find(id), id).toBe(ids.indexOf(id));
    }
  });
  it('walks ascending queries, repeated ones included', () => {
    const find = ascendingLookup(ids);
    expect(['a', 'a', 'b2', 'b2', 'd', 'x', 'z'].map(find)).toEqual([0, 0, 2, 2, -1, 13, -1]);
    const again = ascendingLookup(ids);
    expect(['ba', 'b1', 'b2', 'ca', 'd', 'e', 'a'].map(again)).toEqual([-1, -1, 2, -1, -1, 4, 0]);
    expect(ascendingLookup([])('a')).toBe(-1);
  });
});

describe('mergeAscending', () => {
  it('merges two ascending lists into their distinct ids', () => {
    expect(mergeAscending(['a', 'c', 'e'], ['b', 'c', 'f', 'g'])).toEqual(['a', 'b', 'c', 'e', 'f', 'g']);
    expect(isAscending(['a', 'b', 'b'])).toBe(false);
    expect(isAscending(['a', 'b', 'c'])).toBe(true);
  });
});
