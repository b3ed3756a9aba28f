/**
 * The one contract every scene follows: its picture is a pure `state(input)` of one `SceneInput`,
 * and its component or painter only draws that state. `Graphic` (the live graphic and every
 * still) is the one place that hands scenes their input.
 */
import type { Story } from '../content/schema';
import type { SceneTime } from '../motion/clock.svelte';

export interface SceneInput {
  story: Story;
  stepIndex: number;
  /** 0..1 within the step (already calmed under reduced motion: `calmProgress`) */
  progress: number;
  /** a moment (seconds on the animation clock) or the live clock */
  time: SceneTime;
  reducedMotion: boolean;
  width: number;
  height: number;
}

/** The stage's size in CSS pixels. */
export type StageSize = Pick<SceneInput, 'width' | 'height'>;

/**
 * With reduced motion nothing moves with the scroll either: every scene shows each step as one
 * still, the step's middle, however far through it the reader is, and stages cut at the step's
 * end instead of cross-fading. (Nothing moves on its own: the clock stands at `STILL_TIME`.)
 */
export const REDUCED_MOTION_PROGRESS = 0.5;
export const calmProgress = (progress: number, reducedMotion: boolean): number =>
  reducedMotion ? REDUCED_MOTION_PROGRESS : progress;
