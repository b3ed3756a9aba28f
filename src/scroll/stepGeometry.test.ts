import { describe, expect, it } from 'vitest';
import { locate, scrollTargetFor, type StepBox } from './stepGeometry';

// Three steps of 800 px below a 600 px header, as the page lays them out.
const doc: StepBox[] = [
  { top: 600, height: 800 },
  { top: 1400, height: 800 },
  { top: 2200, height: 800 },
];
const atScroll = (y: number) => doc.map((b) => ({ top: b.top - y, height: b.height }));
const trigger = 400;

describe('locate', () => {
  it('rests on the first step at progress 0 above the story', () => {
    expect(locate(atScroll(0), trigger)).toEqual({ stepIndex: 0, progress: 0 });
  });

  it('finds the step under the trigger line and the progress within it', () => {
    expect(locate(atScroll(600), trigger)).toEqual({ stepIndex: 0, progress: 0.5 });
    expect(locate(atScroll(1001), trigger)).toEqual({ stepIndex: 1, progress: 1 / 800 });
  });

  it('gives the previous step at progress 1 when the trigger is exactly on a boundary', () => {
    expect(locate(atScroll(1000), trigger)).toEqual({ stepIndex: 0, progress: 1 });
  });

  it('clamps progress below the last step', () => {
    expect(locate(atScroll(5000), trigger)).toEqual({ stepIndex: 2, progress: 1 });
  });

  it('depends only on the layout, not on the order positions arrive in', () => {
    const positions = [2300, 100, 1700, 900, 2300];
    const results = positions.map((y) => locate(atScroll(y), trigger));
    expect(results[0]).toEqual(results[4]);
  });
});

describe('scrollTargetFor', () => {
  const max = 3000;
  it('is the inverse of locate', () => {
    for (const [i, p] of [
      [0, 0.5],
      [1, 0.25],
      [2, 0.75],
    ] as const) {
      const y = scrollTargetFor(doc, i, p, trigger, max);
      expect(locate(atScroll(y), trigger)).toEqual({ stepIndex: i, progress: p });
    }
  });

  it('steps inside the requested step at progress 0 and 1', () => {
    const start = scrollTargetFor(doc, 1, 0, trigger, max);
    expect(locate(atScroll(start), trigger).stepIndex).toBe(1);
    const end = scrollTargetFor(doc, 1, 1, trigger, max);
    expect(locate(atScroll(end), trigger)).toMatchObject({ stepIndex: 1 });
    expect(locate(atScroll(end), trigger).progress).toBeGreaterThan(0.99);
  });

  it('never leaves the scrollable range', () => {
    expect(scrollTargetFor(doc, 0, 0, 1000, max)).toBe(0);
    expect(scrollTargetFor(doc, 2, 1, trigger, 2500)).toBe(2500);
  });

  it('handles fractional layouts', () => {
    const frac = doc.map((b) => ({ top: b.top + 0.4, height: b.height + 0.3 }));
    const y = scrollTargetFor(frac, 2, 0, trigger, max);
    expect(Number.isInteger(y)).toBe(true);
    expect(
      locate(
        frac.map((b) => ({ top: b.top - y, height: b.height })),
        trigger,
      ).stepIndex,
    ).toBe(2);
  });
});
