/** What the page and the paint worker say to each other. */
import type { CanvasSize } from './canvas2d';
import type { PainterName } from './painters';

/** A frame's `time` with this value follows the worker's own clock. */
export const WORKER_CLOCK = 'worker-clock';

export type ToPaintWorker =
  | { type: 'attach'; id: number; canvas: OffscreenCanvas; painter: PainterName; init: unknown }
  | { type: 'paint'; id: number; seq: number; frame: unknown; size: CanvasSize }
  | { type: 'detach'; id: number }
  /** the worker's clock runs while the page's does */
  | { type: 'clock'; running: boolean };

/** A surface's frame `seq` is on its canvas. */
export type FromPaintWorker = { type: 'painted'; id: number; seq: number };
