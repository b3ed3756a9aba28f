import type { Story } from '../content/schema';
import type { SceneTime } from '../motion/clock.svelte';

/** What every scene draws from: the story, where the reader is, the clock and the stage size. */
export interface SceneProps {
  story: Story;
  stepIndex: number;
  /** 0..1 within the active step */
  progress: number;
  /** a moment (seconds on the animation clock) or the live clock */
  time: SceneTime;
  /** draw calm stills: no motion of its own, no scrubbed movement */
  reducedMotion: boolean;
  width: number;
  height: number;
}

/** The stage's size in CSS pixels. */
export type StageSize = Pick<SceneProps, 'width' | 'height'>;
