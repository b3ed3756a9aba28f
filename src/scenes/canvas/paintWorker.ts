/**
 * The paint worker: draws the stage's moving canvases off the main thread, so that scrolling,
 * the scroll-driven scenes and the page's own work never wait for canvas rasterisation.
 * Paint requests are coalesced: a surface whose requests arrive faster than it paints skips
 * to the newest one.
 */
import { createPainter, fitCanvas, type CanvasSize, type Context2D, type Paint } from './painters';
import type { FromPaintWorker, ToPaintWorker } from './paintMessages';

interface Surface {
  ctx: Context2D;
  paint: Paint<unknown>;
  pending?: { seq: number; frame: unknown; size: CanvasSize };
}

const surfaces = new Map<number, Surface>();
let flushQueued = false;

function flush(): void {
  flushQueued = false;
  const painted: FromPaintWorker[] = [];
  for (const [id, surface] of surfaces) {
    const job = surface.pending;
    if (!job) continue;
    surface.pending = undefined;
    fitCanvas(surface.ctx.canvas, job.size);
    surface.paint(surface.ctx, job.frame, job.size);
    painted.push({ type: 'painted', id, seq: job.seq });
  }
  // A worker's canvases are committed when its task ends: reporting from the next task means
  // "painted" is only heard once the frame is on its way to the screen.
  if (painted.length) setTimeout(() => painted.forEach((message) => postMessage(message)));
}

onmessage = ({ data }: MessageEvent<ToPaintWorker>) => {
  switch (data.type) {
    case 'attach': {
      const ctx = data.canvas.getContext('2d');
      // Thrown, it reaches the page as the worker's error event, and every canvas repaints on the main thread.
      if (!ctx) throw new Error('the paint worker got no 2d context');
      surfaces.set(data.id, { ctx, paint: createPainter(data.painter, data.init as never) as Paint<unknown> });
      break;
    }
    case 'paint': {
      const surface = surfaces.get(data.id);
      if (!surface) break;
      surface.pending = data;
      if (!flushQueued) setTimeout(flush);
      flushQueued = true;
      break;
    }
    case 'detach':
      surfaces.delete(data.id);
  }
};
