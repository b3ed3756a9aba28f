/**
 * Writes the story's state where the DOM contract (`domContract.ts`) promises it: one effect per
 * attribute, each reading only its own value, so a scroll frame writes only the progress. Call
 * while a component initialises.
 */
import { round3 } from '../lib/math';
import {
  ATTR_ACTIVE_STEP,
  ATTR_ANIMATING,
  ATTR_LAYOUT,
  ATTR_PROGRESS,
  ATTR_READY,
  ATTR_REDUCED_MOTION,
} from './domContract';

export interface StoryState {
  stepId(): string;
  progress(): number;
  ready(): boolean;
  animating(): boolean;
  reducedMotion(): boolean;
  unrolled(): boolean;
}

function reflect(element: Element | null, name: string, value: () => string | undefined): void {
  $effect(() => {
    const v = value();
    if (v === undefined) element?.removeAttribute(name);
    else element?.setAttribute(name, v);
  });
}

const flag = (on: boolean) => (on ? 'true' : undefined);

export function reflectStoryState(story: Element | null, state: StoryState): void {
  reflect(story, ATTR_ACTIVE_STEP, state.stepId);
  reflect(story, ATTR_PROGRESS, () => round3(state.progress()).toFixed(3));
  reflect(story, ATTR_READY, () => flag(state.ready()));
  reflect(story, ATTR_ANIMATING, () => flag(state.animating()));
  reflect(story, ATTR_LAYOUT, () => (state.unrolled() ? 'unrolled' : undefined));
  const root = typeof document === 'undefined' ? null : document.documentElement;
  reflect(root, ATTR_REDUCED_MOTION, () => (state.reducedMotion() ? '' : undefined));
}
