/**
 * Whether this browser paints the stage's canvases in the paint worker, or on the main thread.
 *
 * WebKit ships `OffscreenCanvas` in workers, but its page process crashes while a worker commits
 * frames to a page's canvas as the page scrolls (WebKitGTK 2.50, the engine the tests drive: in
 * most scrolls through the story, and in about one visit in four that leaves the collapse). No
 * feature test can see a crash, so WebKit (Safari, every browser on an iPhone) paints on the
 * main thread, as a browser without `OffscreenCanvas` does; every WebKit port answers
 * `navigator.vendor` with Apple's name, which no other engine does.
 */
export interface PaintingPlatform {
  worker: boolean;
  offscreenCanvas: boolean;
  vendor: string;
}

export const workerCanPaint = ({ worker, offscreenCanvas, vendor }: PaintingPlatform): boolean =>
  worker && offscreenCanvas && !vendor.startsWith('Apple');

/** This browser's platform, as `workerCanPaint` reads it. */
export const thisPlatform = (): PaintingPlatform => ({
  worker: typeof Worker !== 'undefined',
  offscreenCanvas:
    typeof HTMLCanvasElement !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype,
  vendor: typeof navigator === 'undefined' ? '' : navigator.vendor,
});
