import type { Story } from '../content/schema';

/** What every scene draws from: the story, where the reader is, the clock and the stage size. */
export interface SceneProps {
  story: Story;
  stepIndex: number;
  /** 0..1 within the active step */
  progress: number;
  /** seconds on the animation clock */
  time: number;
  /** draw calm stills: no motion of its own, no scrubbed movement */
  reducedMotion: boolean;
  width: number;
  height: number;
}
