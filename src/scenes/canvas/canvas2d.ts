/**
 * Plain 2D canvas helpers that the painters share, on the page or in the paint worker. (The
 * painters' registry is `painters.ts`; painters import these, never the registry.)
 */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The canvas's size: CSS pixels and canvas pixels per CSS pixel. */
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** Draws one complete frame on a blank canvas (see `blankCanvas`). */
export type Paint<Frame> = (ctx: Context2D, frame: Frame, size: CanvasSize) => void;

/**
 * Readies a canvas for the next frame: sized (resizing blanks it), and blank. A canvas nothing
 * was drawn on is not cleared: Chromium prints a canvas drawn in `beforeprint` from its drawing
 * commands, and prints a clear as opaque white over whatever lies beneath (the print stills).
 */
export function blankCanvas(ctx: Context2D, { width, height, pixelRatio }: CanvasSize, drawnBefore: boolean): void {
  const { canvas } = ctx;
  const w = Math.round(width * pixelRatio);
  const h = Math.round(height * pixelRatio);
  if (canvas.width === w && canvas.height === h) {
    if (!drawnBefore) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    return;
  }
  canvas.width = w;
  canvas.height = h;
}

/** A scratch canvas for sprites, in a worker or on the page. */
export const scratchCanvas = (width: number, height: number): HTMLCanvasElement | OffscreenCanvas =>
  typeof document === 'undefined'
    ? new OffscreenCanvas(width, height)
    : Object.assign(document.createElement('canvas'), { width, height });
