/**
 * The paint worker: draws the stage's moving canvases off the main thread, so that scrolling,
 * the scroll-driven scenes and the page's own work never wait for canvas rasterisation.
 * Paint requests are coalesced: a surface whose requests arrive faster than it paints skips
 * to the newest one. Frames on the live clock are redrawn at every frame of the worker's own
 * clock, which runs while the page's does: time alone costs the page nothing per frame. The page
 * hears that its frames are drawn once the requests pause, not after each one: while the reader
 * scrolls, a report per frame would cost the page a task and two DOM writes at every frame.
 */
import { advanceClock } from '../../motion/clockStep';
import { blankCanvas, type CanvasSize, type Context2D, type Paint } from './canvas2d';
import { createPainter } from './painters';
import { WORKER_CLOCK, type FromPaintWorker, type ToPaintWorker } from './paintMessages';

interface Job {
  seq: number;
  frame: unknown;
  size: CanvasSize;
}

interface Surface {
  ctx: Context2D;
  paint: Paint<unknown>;
  pending?: Job;
  drawnBefore: boolean;
  /** the newest request drawn, and the newest reported to the page */
  drawn: number;
  reported: number;
  /** the newest frame, while it follows the clock */
  live?: { frame: { time: number }; size: CanvasSize };
}

const surfaces = new Map<number, Surface>();
let flushQueued = false;
let reportTimer: ReturnType<typeof setTimeout> | undefined;
/** How long requests must pause before the page hears they are drawn: a few frames. */
const REPORT_AFTER_MS = 50;

const clock = { running: false, time: 0, last: 0, ticking: false };
const nextFrame = (run: (now: number) => void): unknown =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(run)
    : setTimeout(() => run(performance.now()), 1000 / 60);
function wanted(): boolean {
  if (!clock.running) return false;
  for (const surface of surfaces.values()) if (surface.live || surface.pending) return true;
  return false;
}

function startClock(): void {
  if (clock.ticking || !wanted()) return;
  clock.last = performance.now();
  clock.ticking = true;
  nextFrame(tick);
}

function tick(now: number): void {
  clock.ticking = wanted();
  if (!clock.ticking) return;
  clock.time = advanceClock(clock.time, clock.last, now);
  clock.last = now;
  nextFrame(tick);
  flush(true);
}

function flush(onTick = false): void {
  flushQueued = false;
  let drewRequest = false;
  for (const surface of surfaces.values()) {
    const job = surface.pending;
    surface.pending = undefined;
    if (job) {
      const live = (job.frame as { time?: unknown }).time === WORKER_CLOCK;
      surface.live = live ? { frame: job.frame as { time: number }, size: job.size } : undefined;
    } else if (!onTick || !surface.live) continue;
    if (surface.live) surface.live.frame.time = clock.time;
    const { frame, size } = job ?? surface.live!;
    blankCanvas(surface.ctx, size, surface.drawnBefore);
    surface.paint(surface.ctx, frame, size);
    surface.drawnBefore = true;
    if (job) {
      surface.drawn = job.seq;
      drewRequest = true;
    }
  }
  // Reported from a later task, so "painted" is only heard once the frame is on its way to the
  // screen (a worker's canvases are committed when its task ends).
  if (drewRequest) {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, REPORT_AFTER_MS);
  }
}

function report(): void {
  for (const [id, surface] of surfaces) {
    if (surface.drawn === surface.reported) continue;
    surface.reported = surface.drawn;
    postMessage({ type: 'painted', id, seq: surface.drawn } satisfies FromPaintWorker);
  }
}

onmessage = ({ data }: MessageEvent<ToPaintWorker>) => {
  switch (data.type) {
    case 'attach': {
      const ctx = data.canvas.getContext('2d');
      // Thrown, it reaches the page as the worker's error event, and every canvas repaints on the main thread.
      if (!ctx) throw new Error('the paint worker got no 2d context');
      surfaces.set(data.id, {
        ctx,
        paint: createPainter(data.painter, data.init as never) as Paint<unknown>,
        drawnBefore: false,
        drawn: 0,
        reported: 0,
      });
      break;
    }
    case 'paint': {
      const surface = surfaces.get(data.id);
      if (!surface) break;
      surface.pending = data;
      // A running clock draws it with its next frame; otherwise it is drawn in a task of its own.
      startClock();
      if (!clock.ticking && !flushQueued) {
        flushQueued = true;
        setTimeout(flush);
      }
      break;
    }
    case 'detach':
      surfaces.delete(data.id);
      break;
    case 'clock':
      clock.running = data.running;
      startClock();
  }
};
