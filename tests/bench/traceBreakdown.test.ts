import { describe, expect, it } from 'vitest';
import { breakdown, type TraceEvent } from './traceBreakdown';

const thread = { pid: 1, tid: 2 };
const event = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  ...thread,
  args,
});
const meta: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, ...thread, args: { name: 'CrRendererMain' } };

describe('breakdown', () => {
  it("splits the main thread's time by self time, so the parts add up to the tasks", () => {
    const events = [
      meta,
      event('RunTask', 0, 10_000),
      event('FireAnimationFrame', 1_000, 4_000),
      event('FunctionCall', 1_000, 3_000, { data: { functionName: 'tick', url: 'http://x/assets/main.js' } }),
      event('UpdateLayoutTree', 2_000, 1_000, { elementCount: 30 }),
      event('Paint', 6_000, 2_000),
      // Another thread's work is not the page's main thread's.
      { ...event('Layout', 0, 50_000), tid: 9 },
    ];
    const { perFrame, styledElementsPerFrame, scriptByFunction } = breakdown(events, 2);
    expect(perFrame).toEqual({
      style: 0.5,
      layout: 0,
      prePaint: 0,
      paint: 1,
      layerize: 0,
      commit: 0,
      script: 1.5,
      other: 2,
    });
    expect(Object.values(perFrame).reduce((a, b) => a + b)).toBe(5);
    expect(styledElementsPerFrame).toBe(15);
    expect(scriptByFunction).toEqual([
      { fn: 'tick (main.js)', ms: 1 },
      { fn: 'FireAnimationFrame', ms: 0.5 },
    ]);
  });
});
