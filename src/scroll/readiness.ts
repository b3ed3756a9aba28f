/**
 * The ready sequence: once fonts are in and the stage has its size, the page goes where the URL
 * asks, loads the stages on screen and waits for their canvases. Ready means safe to screenshot:
 * the paint worker has drawn this state too. (Not a frame wait: a cross-origin frame out of view
 * gets no animation frames until it scrolls in.)
 */
import { tick } from 'svelte';
import { canvasesPainted } from '../scenes/canvas/canvasSurface';
import type { StepPosition } from './stepGeometry';
import { positionNow, scrollToPosition } from './scrollEngine';
import type { UrlContract } from './urlContract';

export interface ReadyDeps {
  url: UrlContract;
  steps: readonly HTMLElement[];
  stepIds: readonly string[];
  stageSized: Promise<void>;
  /** Shows the state at `position` (the scroll state's setter). */
  show(position: StepPosition): void;
  /** Loads the stages the shown state draws. */
  loadShownStages(): Promise<void>;
}

export async function settleForReady({
  url,
  steps,
  stepIds,
  stageSized,
  show,
  loadShownStages,
}: ReadyDeps): Promise<void> {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  await Promise.all([document.fonts.ready, stageSized]);
  if (url.step !== null) {
    history.scrollRestoration = 'manual';
    scrollToPosition(steps, { stepIndex: stepIds.indexOf(url.step), progress: url.progress });
  } else if (location.hash && navigation?.type !== 'back_forward') {
    // Fonts may have moved the target since the browser's own jump.
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }
  show(positionNow(steps));
  await loadShownStages();
  await tick();
  await canvasesPainted();
}
