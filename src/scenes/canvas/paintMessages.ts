/** What the page and the paint worker say to each other. */
import type { CanvasSize, PainterName } from './painters';

export type ToPaintWorker =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas; painter: PainterName; init: unknown }
  | { type: 'paint'; id: number; seq: number; frame: unknown; size: CanvasSize }
  | { type: 'detach'; id: number };

/** A surface's frame `seq` is on its canvas. */
export type FromPaintWorker = { type: 'painted'; id: number; seq: number };
