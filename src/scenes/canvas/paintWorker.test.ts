import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromPaintWorker, ToPaintWorker } from './paintMessages';

// The worker's scope, as far as the worker uses it: messages in and out, timers (no animation frames here).
const posted: FromPaintWorker[] = [];
let send: (data: ToPaintWorker) => void;

/** A canvas whose 2D context takes any drawing call and keeps any property it is given. */
function fakeCanvas(): OffscreenCanvas {
  const canvas = { width: 0, height: 0, getContext: () => ctx };
  const ctx: object = new Proxy(
    { canvas },
    { get: (target, key) => (key in target ? target[key as keyof typeof target] : () => undefined) },
  );
  return canvas as unknown as OffscreenCanvas;
}

const size = { width: 390, height: 844, pixelRatio: 1 };
const FRAME_MS = 16;

beforeAll(async () => {
  vi.useFakeTimers();
  Object.assign(globalThis, { onmessage: null, postMessage: (message: FromPaintWorker) => posted.push(message) });
  await import('./paintWorker');
  send = (data) => (globalThis as unknown as { onmessage: (e: { data: ToPaintWorker }) => void }).onmessage({ data });
});

beforeEach(() => {
  posted.length = 0;
});

describe('the paint worker', () => {
  it('tells the page its frames are drawn once the requests pause, not after each one', () => {
    send({ type: 'attach', id: 1, canvas: fakeCanvas(), painter: 'skyline', init: { seed: 1 } });
    for (let seq = 1; seq <= 30; seq++) {
      send({ type: 'paint', id: 1, seq, frame: { cityLight: seq / 30 }, size });
      vi.advanceTimersByTime(FRAME_MS);
    }
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(posted).toEqual([{ type: 'painted', id: 1, seq: 30 }]);
    vi.advanceTimersByTime(1000);
    expect(posted).toHaveLength(1);
  });

  it('reports each canvas drawn since the last report, and only those', () => {
    send({ type: 'attach', id: 2, canvas: fakeCanvas(), painter: 'skyline', init: { seed: 2 } });
    send({ type: 'attach', id: 3, canvas: fakeCanvas(), painter: 'skyline', init: { seed: 3 } });
    send({ type: 'paint', id: 2, seq: 1, frame: { cityLight: 1 }, size });
    vi.advanceTimersByTime(FRAME_MS);
    send({ type: 'paint', id: 3, seq: 1, frame: { cityLight: 1 }, size });
    vi.advanceTimersByTime(100);
    expect(posted).toEqual([
      { type: 'painted', id: 2, seq: 1 },
      { type: 'painted', id: 3, seq: 1 },
    ]);
  });
});
