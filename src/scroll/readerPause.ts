/**
 * Work that would cost a scroll frame (preparing a stage, laying out the text ahead, loading what
 * a printout needs) waits for the reader to pause: a stretch without scrolling, then an idle
 * moment, not the gap between two scroll frames. Its timers come in as an argument, so unit
 * tests drive it with fake timers.
 */

/** A brief pause: long enough to tell a pause from the gap between two scroll gestures. */
export const BRIEF_PAUSE_MS = 500;
/** The reader has settled to read. */
export const READER_PAUSE_MS = 2000;
/** Where a browser has no `requestIdleCallback` (WebKit), an idle moment is this much later. */
const IDLE_FALLBACK_MS = 200;

export interface PauseTimers {
  now(): number;
  setTimeout(run: () => void, ms: number): void;
  /** Runs `run` once the page is idle. */
  whenIdle(run: () => void): void;
}

export const browserTimers = (): PauseTimers => ({
  now: () => performance.now(),
  setTimeout: (run, ms) => void window.setTimeout(run, ms),
  whenIdle: (run) =>
    void ('requestIdleCallback' in window ? requestIdleCallback(() => run()) : setTimeout(run, IDLE_FALLBACK_MS)),
});

export interface ReaderPause {
  /** The reader scrolled (or the page became ready) just now. */
  moved(): void;
  /** Runs `run` in an idle moment once the reader has not moved for `quietMs`. */
  after(quietMs: number, run: () => void): void;
  /** Drops everything still waiting. */
  stop(): void;
}

export function readerPause(timers: PauseTimers): ReaderPause {
  // Before the reader first moves, the page has been still since it started.
  let lastMoved = Number.NEGATIVE_INFINITY;
  let live = true;
  return {
    moved: () => void (lastMoved = timers.now()),
    after(quietMs, run) {
      const check = () => {
        if (!live) return;
        const quiet = timers.now() - lastMoved;
        if (quiet >= quietMs) run();
        else timers.setTimeout(() => timers.whenIdle(check), quietMs - quiet);
      };
      timers.whenIdle(check);
    },
    stop: () => void (live = false),
  };
}
