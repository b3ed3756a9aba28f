/**
 * Every frozen state worth capturing, with its URL under the URL contract. The build writes it
 * to `dist/visual-states.json` for any visual regression tool; the project's own visual tests use it too.
 */
import type { Story } from '../content/schema.ts';
import { stateUrl } from './urlContract.ts';

export interface VisualState {
  /** stable, file-name-safe name: the step's id and the state, so inserting a step renames nothing */
  name: string;
  /** relative URL under the URL contract */
  url: string;
  step: string;
  progress: number;
  reducedMotion: boolean;
}

export const CAPTURED_PROGRESS = [0, 0.5, 1] as const;

export function visualStates(story: Story): VisualState[] {
  return story.steps.flatMap((step) => {
    const prefix = step.id;
    const moving = CAPTURED_PROGRESS.map((progress) => ({
      name: `${prefix}@${progress}`,
      url: stateUrl(step.id, progress),
      step: step.id,
      progress,
      reducedMotion: false,
    }));
    const still = {
      name: `${prefix}@0.5-reduced-motion`,
      url: stateUrl(step.id, 0.5, { reduceMotion: true }),
      step: step.id,
      progress: 0.5,
      reducedMotion: true,
    };
    return [...moving, still];
  });
}
