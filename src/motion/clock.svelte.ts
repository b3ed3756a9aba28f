/**
 * The page's one animation clock. It runs only while a scene on screen holds it and the tab is
 * visible, and it can be frozen (URL contract, reduced motion) so that time is an input like any
 * other. Canvases in the paint worker follow the worker's copy of it (see paintWorker.ts); this
 * thread's requestAnimationFrame loop runs only while something here draws from `time`.
 */
import { untrack } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';
import { advanceClock } from './clockStep';

/** The moment the reduced-motion stills are drawn at: a settled, evenly spread scene. */
export const STILL_TIME = 12.5;

/** The clock as a scene draws from it while it is live: read `time` where the frame is drawn. */
export interface LiveClock {
  /** seconds of animation time (reading it in an effect keeps this thread's frame loop running) */
  readonly time: number;
  readonly running: boolean;
}

/** What a scene draws at: a fixed moment, or the live clock. */
export type SceneTime = number | LiveClock;

export class Clock implements LiveClock {
  #time = $state(0);
  /** true while the clock runs (held, tab visible, not frozen) */
  running = $state(false);
  #frozen = $state(false);
  #holders = 0;
  #run = false;
  #watched = false;
  #frame = 0;
  #last = 0;
  #watch = createSubscriber(() => {
    this.#watched = true;
    this.#syncLoop();
    return () => {
      this.#watched = false;
      this.#syncLoop();
    };
  });

  get time(): number {
    this.#watch();
    return this.#time;
  }

  /** What scenes draw at: the moment a frozen clock stands at, otherwise the clock itself. */
  get sceneTime(): SceneTime {
    return this.#frozen ? this.#time : this;
  }

  /** Stops the clock at `time` for good (null leaves it live). */
  freezeAt(time: number | null): void {
    if (time === null) return;
    this.#frozen = true;
    this.#time = time;
    this.#sync();
  }

  /** A scene that moves holds the clock while it is visible; call the returned function to let go. */
  hold(): () => void {
    this.#holders++;
    this.#sync();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.#holders--;
      this.#sync();
    };
  }

  /** Re-checks whether the clock should run; called on tab visibility changes. */
  sync = (): void => this.#sync();

  // Untracked: the effects that hold and release the clock must not depend on what they change.
  #sync(): void {
    this.#run = untrack(() => !this.#frozen) && this.#holders > 0 && document.visibilityState === 'visible';
    this.running = this.#run;
    this.#syncLoop();
  }

  #syncLoop(): void {
    const loop = this.#run && this.#watched;
    if (loop && !this.#frame) {
      this.#last = performance.now();
      this.#frame = requestAnimationFrame(this.#tick);
    } else if (!loop && this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
    }
  }

  #tick = (now: number): void => {
    this.#time = advanceClock(this.#time, this.#last, now);
    this.#last = now;
    this.#frame = requestAnimationFrame(this.#tick);
  };
}
