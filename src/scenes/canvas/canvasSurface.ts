/**
 * A canvas the stage paints: in the shared paint worker when the browser and the page's origin
 * allow it, otherwise on the main thread with the very same painter.
 */
import { ATTR_PAINTING } from '../../scroll/domContract';
import type { LiveClock } from '../../motion/clock.svelte';
import { createPainter, type PainterFrame, type PainterInit, type PainterName, type SceneFrame } from './painters';
import { blankCanvas, type CanvasSize } from './canvas2d';
import { WORKER_CLOCK, type FromPaintWorker, type ToPaintWorker } from './paintMessages';
import { thisPlatform, workerCanPaint } from './workerPainting';

export interface CanvasSurface<N extends PainterName> {
  /**
   * Draws `frame`. A frame on the live clock is drawn at the clock's time: here, by reading it
   * (which keeps the page's frame loop running), or in the worker, by its own clock, so that a
   * scene that only moves with time costs this thread nothing per frame.
   */
  paint(frame: SceneFrame<PainterFrame<N>>, size: CanvasSize): void;
  close(): void;
}

/** Whether two plain objects hold the same values, key by key (not deeply: a changed array is a new array). */
const sameValues = (a: object, b: object): boolean => {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
};

const liveClockOf = (frame: unknown): LiveClock | undefined => {
  const time = (frame as { time?: unknown }).time;
  return typeof time === 'object' && time !== null ? (time as LiveClock) : undefined;
};

/** A canvas in the worker: frames asked for and drawn, by sequence number. */
interface WorkerSurface {
  canvas: HTMLCanvasElement;
  sent: number;
  painted: number;
  onFailed(): void;
}

let worker: Worker | null | undefined;
let workerClockRunning = false;
const surfaces = new Map<number, WorkerSurface>();
let nextId = 1;
/** Canvases given to the worker: they cannot be painted from here again. */
const handedOver = new WeakSet<HTMLCanvasElement>();

/** Waiters for the frames that were newest when they started waiting. */
let waiters: { targets: Map<number, number>; resolve: () => void }[] = [];
const drawn = (targets: Map<number, number>) =>
  [...targets].every(([id, seq]) => (surfaces.get(id)?.painted ?? Infinity) >= seq);
const wake = () => {
  const done = waiters.filter((w) => drawn(w.targets));
  waiters = waiters.filter((w) => !done.includes(w));
  for (const w of done) w.resolve();
};

/**
 * Resolves once every worker canvas shows the frame it was last asked for at the time of the
 * call, or a later one. (Not "shows the newest frame": while the clock runs, a slow device's
 * worker may always be a frame behind.)
 */
export function canvasesPainted(): Promise<void> {
  const targets = new Map([...surfaces].map(([id, s]) => [id, s.sent]));
  if (drawn(targets)) return Promise.resolve();
  return new Promise((resolve) => waiters.push({ targets, resolve }));
}

function paintWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  // A worker must come from the page's own origin: a sandboxed frame (opaque origin) or a page
  // that loads our script from elsewhere paints on its main thread instead.
  if (!workerCanPaint(thisPlatform())) return null;
  if (new URL(import.meta.url).origin !== location.origin) return null;
  try {
    worker = new Worker(new URL('./paintWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<FromPaintWorker>) => {
    const surface = surfaces.get(data.id);
    if (!surface) return;
    surface.painted = Math.max(surface.painted, data.seq);
    // Tests and screenshot tools wait for this attribute to go: the newest frame is on the canvas.
    if (surface.painted === surface.sent) surface.canvas.removeAttribute(ATTR_PAINTING);
    wake();
  };
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    const failed = [...surfaces.values()];
    surfaces.clear();
    wake();
    for (const surface of failed) surface.onFailed();
  };
  return worker;
}

/** Starts the worker ahead of the first canvas it paints: its start then costs that canvas's task nothing. */
export const startPaintWorker = (): void => void paintWorker();

function followClock(clock: LiveClock): void {
  if (clock.running === workerClockRunning) return;
  workerClockRunning = clock.running;
  worker?.postMessage({ type: 'clock', running: workerClockRunning } satisfies ToPaintWorker);
}

function mainThreadSurface<N extends PainterName>(
  canvas: HTMLCanvasElement,
  name: N,
  init: PainterInit<N>,
): CanvasSurface<N> {
  const paint = createPainter(name, init);
  let drawnBefore = false;
  return {
    paint(frame, size) {
      const clock = liveClockOf(frame);
      const drawn = (clock ? { ...frame, time: clock.time } : frame) as PainterFrame<N>;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      blankCanvas(ctx, size, drawnBefore);
      paint(ctx, drawn, size);
      drawnBefore = true;
    },
    close() {},
  };
}

/**
 * Opens a surface on `canvas`. `offThread` asks for the worker; if the worker fails later,
 * `onFallback` is called and the caller must open a main-thread surface on a fresh canvas
 * (a canvas handed to a worker cannot be taken back); a canvas already handed over gets no surface.
 */
export function openCanvasSurface<N extends PainterName>(
  canvas: HTMLCanvasElement,
  name: N,
  init: PainterInit<N>,
  offThread: boolean,
  onFallback: () => void,
): CanvasSurface<N> | undefined {
  if (handedOver.has(canvas)) return undefined;
  const shared = offThread ? paintWorker() : null;
  if (!shared) return mainThreadSurface(canvas, name, init);

  const id = nextId++;
  const offscreen = canvas.transferControlToOffscreen();
  handedOver.add(canvas);
  shared.postMessage({ type: 'attach', id, canvas: offscreen, painter: name, init } satisfies ToPaintWorker, [
    offscreen,
  ]);
  const surface: WorkerSurface = { canvas, sent: 0, painted: 0, onFailed: onFallback };
  surfaces.set(id, surface);
  let last: { frame: object; size: CanvasSize } | undefined;
  return {
    paint(frame, size) {
      const clock = liveClockOf(frame);
      if (clock) followClock(clock);
      const sent = clock ? { ...frame, time: WORKER_CLOCK } : frame;
      // A frame the worker already has (the weather steady between two scroll frames) costs no message.
      if (last && sameValues(last.frame, sent) && sameValues(last.size, size)) return;
      last = { frame: sent, size };
      if (surface.painted === surface.sent) canvas.setAttribute(ATTR_PAINTING, '');
      shared.postMessage({ type: 'paint', id, seq: ++surface.sent, frame: sent, size } satisfies ToPaintWorker);
    },
    close() {
      surfaces.delete(id);
      wake();
      shared.postMessage({ type: 'detach', id } satisfies ToPaintWorker);
    },
  };
}
