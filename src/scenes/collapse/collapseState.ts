/** Which pipeline layer the collapse scene shows, and how far the building has fallen, at a step and progress. */
import type { CollapseLayer, CollapseSettings } from '../../content/schema';
import { clamp, lerp } from '../../lib/math';

export interface CollapseState {
  /** the pass of the VFX pipeline on screen; it cuts at the step boundary, as a breakdown reel does */
  layer: CollapseLayer;
  /** 0 intact .. 1 collapsed */
  collapse: number;
}

/**
 * With reduced motion each step is one calm still: its layer, and the building as it stands
 * halfway through the step (before, during and after the fall), whatever the progress.
 */
export function collapseState(
  settings: CollapseSettings,
  stepIds: readonly string[],
  stepIndex: number,
  progress: number,
  reducedMotion = false,
): CollapseState {
  const step = settings.steps[stepIds[stepIndex] ?? ''];
  if (!step) return { layer: 'plate', collapse: 0 };
  return {
    layer: step.layer,
    collapse: lerp(step.collapseFrom, step.collapseTo, reducedMotion ? 0.5 : clamp(progress)),
  };
}
