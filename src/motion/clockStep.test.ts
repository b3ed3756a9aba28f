import { describe, expect, it } from 'vitest';
import { advanceClock } from './clockStep';

describe('the animation clock', () => {
  it('steps by the time between frames, never back, at most a twentieth of a second', () => {
    expect(advanceClock(1, 1000, 1016)).toBeCloseTo(1.016, 6);
    expect(advanceClock(1, 1000, 900)).toBe(1);
    expect(advanceClock(1, 1000, 5000)).toBeCloseTo(1.05, 6);
  });
});
