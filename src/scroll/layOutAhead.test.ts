import { describe, expect, it } from 'vitest';
import { aheadFirst } from './layOutAhead';

describe('aheadFirst', () => {
  it('takes the steps from the reader onward, then those behind, nearest first', () => {
    expect(aheadFirst(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['c', 'd', 'e', 'b', 'a']);
  });
  it('covers every step once, from either end', () => {
    expect(aheadFirst([1, 2, 3], 0)).toEqual([1, 2, 3]);
    expect(aheadFirst([1, 2, 3], 2)).toEqual([3, 2, 1]);
  });
});
