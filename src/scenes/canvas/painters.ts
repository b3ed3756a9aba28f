/**
 * The stage's canvas painters, by name. The same painter draws on the main thread (stills, and
 * browsers or frames that cannot run the paint worker) and in the paint worker, so both paths
 * give the same pixels. Painters take plain, structured-cloneable data only.
 */
import type { SceneTime } from '../../motion/clock.svelte';
import { createSnowPainter } from '../snow/snowPainter';
import { createSkylinePainter } from '../snow/skylinePainter';
import { createCollapsePainter } from '../collapse/collapsePainter';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The canvas's size: CSS pixels and canvas pixels per CSS pixel. */
export interface CanvasSize {
  width: number;
  height: number;
  pixelRatio: number;
}

/** Draws one complete frame on a blank canvas (see `blankCanvas`). */
export type Paint<Frame> = (ctx: Context2D, frame: Frame, size: CanvasSize) => void;

export const PAINTERS = {
  snow: createSnowPainter,
  skyline: createSkylinePainter,
  collapse: createCollapsePainter,
};

export type PainterName = keyof typeof PAINTERS;
export type PainterInit<N extends PainterName> = Parameters<(typeof PAINTERS)[N]>[0];
export type PainterFrame<N extends PainterName> = Parameters<ReturnType<(typeof PAINTERS)[N]>>[1];

/** A frame as a scene hands it over: its `time`, if it has one, may be the live clock. */
export type SceneFrame<F> = F extends { time: number } ? Omit<F, 'time'> & { time: SceneTime } : F;

export function createPainter<N extends PainterName>(name: N, init: PainterInit<N>): Paint<PainterFrame<N>> {
  return (PAINTERS[name] as (init: PainterInit<N>) => Paint<PainterFrame<N>>)(init);
}

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
