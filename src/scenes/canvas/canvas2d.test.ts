import { describe, expect, it } from 'vitest';
import { blankCanvas, type Context2D } from './canvas2d';

/** A context that records the calls that would change its pixels. */
function recordingContext() {
  const calls: string[] = [];
  const canvas = { width: 300, height: 150 };
  const ctx = { canvas, setTransform: () => calls.push('setTransform'), clearRect: () => calls.push('clearRect') };
  return { ctx: ctx as unknown as Context2D, canvas, calls };
}

describe('blankCanvas', () => {
  const size = { width: 320, height: 180, pixelRatio: 2 };

  it('sizes the bitmap in canvas pixels', () => {
    const { ctx, canvas } = recordingContext();
    blankCanvas(ctx, size, false);
    expect(canvas).toEqual({ width: 640, height: 360 });
  });

  // A clear on a canvas drawn in `beforeprint` prints as opaque white over what lies beneath.
  it('never clears a canvas nothing was drawn on, nor one it resized (resizing blanks it)', () => {
    const { ctx, calls } = recordingContext();
    blankCanvas(ctx, size, false);
    blankCanvas(ctx, size, false);
    blankCanvas(ctx, { ...size, width: 400 }, true);
    expect(calls).toEqual([]);
  });

  it('clears a canvas drawn on before, at its full bitmap size', () => {
    const { ctx, calls } = recordingContext();
    blankCanvas(ctx, size, false);
    blankCanvas(ctx, size, true);
    expect(calls).toEqual(['setTransform', 'clearRect']);
  });
});
