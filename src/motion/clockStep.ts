/** How the animation clock moves from one frame to the next: the page's clock and the paint worker's step alike. */

/** Longest step the clock takes in one frame, so a stalled tab or worker resumes without a jump. */
const MAX_FRAME_SECONDS = 1 / 20;

/** The clock's time at frame time `now` (ms), given its time at frame time `last`. */
export const advanceClock = (time: number, last: number, now: number): number =>
  time + Math.min(MAX_FRAME_SECONDS, Math.max(0, (now - last) / 1000));
