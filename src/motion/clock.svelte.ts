/**
 * The page's one animation clock and its one requestAnimationFrame loop. It runs only while a
 * scene on screen holds it and the tab is visible, and it can be frozen (URL contract, reduced
 * motion) so that time is an input like any other.
 */

/** The moment the reduced-motion stills are drawn at: a settled, evenly spread scene. */
export const STILL_TIME = 12.5;

/** Longest step the clock takes in one frame, so a stalled tab resumes without a jump. */
const MAX_FRAME_SECONDS = 1 / 20;

export class Clock {
  /** seconds of animation time */
  time = $state(0);
  /** true while the frame loop runs */
  running = $state(false);
  #frozen = false;
  #holders = 0;
  #frame = 0;
  #last = 0;

  get frozen(): boolean {
    return this.#frozen;
  }

  /** Stops the clock at `time` for good (null leaves it live). */
  freezeAt(time: number | null): void {
    if (time === null) return;
    this.#frozen = true;
    this.time = time;
    this.#stop();
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

  /** Re-checks whether the loop should run; called on tab visibility changes. */
  sync = (): void => this.#sync();

  #sync(): void {
    const run = !this.#frozen && this.#holders > 0 && document.visibilityState === 'visible';
    if (run && !this.#frame) {
      this.#last = performance.now();
      this.#frame = requestAnimationFrame(this.#tick);
      this.running = true;
    } else if (!run) this.#stop();
  }

  #stop(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.running = false;
  }

  #tick = (now: number): void => {
    this.time += Math.min(MAX_FRAME_SECONDS, Math.max(0, (now - this.#last) / 1000));
    this.#last = now;
    this.#frame = requestAnimationFrame(this.#tick);
  };
}
