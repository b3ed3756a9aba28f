import { describe, expect, it } from 'vitest';
import { workerCanPaint } from './workerPainting';

describe('workerCanPaint', () => {
  const chromium = { worker: true, offscreenCanvas: true, vendor: 'Google Inc.' };
  it('paints in the worker where workers can take a canvas', () => {
    expect(workerCanPaint(chromium)).toBe(true);
    expect(workerCanPaint({ ...chromium, vendor: '' })).toBe(true); // Firefox
  });
  it('paints on the main thread without workers or OffscreenCanvas', () => {
    expect(workerCanPaint({ ...chromium, worker: false })).toBe(false);
    expect(workerCanPaint({ ...chromium, offscreenCanvas: false })).toBe(false);
  });
  it('paints on the main thread in WebKit, whose page process crashes on worker canvases', () => {
    expect(workerCanPaint({ ...chromium, vendor: 'Apple Computer, Inc.' })).toBe(false);
  });
});
