/**
 * A canvas the stage paints: in the shared paint worker when the browser and the page's origin
 * allow it, otherwise on the main thread with the very same painter.
 */
import { ATTR_PAINTING } from '../../scroll/domContract';
import { createPainter, fitCanvas, type CanvasSize, type PainterFrame, type PainterInit, type PainterName } from './painters';
import type { FromPaintWorker, ToPaintWorker } from './paintMessages';

export interface CanvasSurface<N extends PainterName> {
  paint(frame: PainterFrame<N>, size: CanvasSize): void;
  close(): void;
}

interface WorkerClient {
  onPainted(seq: number): void;
  onFailed(): void;
}

let worker: Worker | null | undefined;
const clients = new Map<number, WorkerClient>();
let nextId = 1;
/** Worker surfaces whose newest frame is not drawn yet, and who waits for none to be left. */
const owing = new Set<number>();
let whenPainted: (() => void)[] = [];
const settle = () => {
  if (owing.size > 0) return;
  for (const resolve of whenPainted) resolve();
  whenPainted = [];
};

/** Resolves once every worker canvas shows the newest frame it was asked for. */
export const canvasesPainted = (): Promise<void> =>
  owing.size === 0 ? Promise.resolve() : new Promise((resolve) => whenPainted.push(resolve));

/** Canvases given to the worker: they cannot be painted from here again. */
const handedOver = new WeakSet<HTMLCanvasElement>();

function paintWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  // A worker must come from the page's own origin: a sandboxed frame (opaque origin) or a page
  // that loads our script from elsewhere paints on its main thread instead.
  if (typeof Worker === 'undefined' || !('transferControlToOffscreen' in HTMLCanvasElement.prototype)) return null;
  if (new URL(import.meta.url).origin !== location.origin) return null;
  try {
    worker = new Worker(new URL('./paintWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<FromPaintWorker>) => clients.get(data.id)?.onPainted(data.seq);
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const client of clients.values()) client.onFailed();
    clients.clear();
    owing.clear();
    settle();
  };
  return worker;
}

function mainThreadSurface<N extends PainterName>(canvas: HTMLCanvasElement, name: N, init: PainterInit<N>): CanvasSurface<N> {
  const paint = createPainter(name, init);
  return {
    paint(frame, size) {
      fitCanvas(canvas, size);
      const ctx = canvas.getContext('2d');
      if (ctx) paint(ctx, frame, size);
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
  let sent = 0;
  const offscreen = canvas.transferControlToOffscreen();
  handedOver.add(canvas);
  shared.postMessage({ type: 'attach', id, canvas: offscreen, painter: name, init } satisfies ToPaintWorker, [offscreen]);
  clients.set(id, {
    // Tests and screenshot tools wait for this attribute to go: the newest frame is on the canvas.
    onPainted: (seq) => {
      if (seq !== sent) return;
      canvas.removeAttribute(ATTR_PAINTING);
      owing.delete(id);
      settle();
    },
    onFailed: onFallback,
  });
  return {
    paint(frame, size) {
      canvas.setAttribute(ATTR_PAINTING, '');
      owing.add(id);
      shared.postMessage({ type: 'paint', id, seq: ++sent, frame, size } satisfies ToPaintWorker);
    },
    close() {
      clients.delete(id);
      owing.delete(id);
      settle();
      shared.postMessage({ type: 'detach', id } satisfies ToPaintWorker);
    },
  };
}
