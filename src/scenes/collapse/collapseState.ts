/** Which pipeline layer the collapse scene shows, and how far the building has fallen, at a step and progress. */
import type { CollapseLayer, CollapseSettings } from '../../content/schema';
import { clamp, lerp } from '../../lib/math';

export interface CollapseState {
  layer: CollapseLayer;
  /** 0..1: how far the new layer has faded in over the previous one */
  layerMix: number;
  previousLayer: CollapseLayer;
  /** 0 intact .. 1 collapsed */
  collapse: number;
}

/** Share of a step over which its layer fades in over the previous step's. */
const LAYER_FADE = 0.3;

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
  const previous = settings.steps[stepIds[stepIndex - 1] ?? ''];
  if (!step) return { layer: 'plate', previousLayer: 'plate', layerMix: 1, collapse: 0 };
  return {
    layer: step.layer,
    previousLayer: previous?.layer ?? step.layer,
    layerMix: previous && !reducedMotion ? clamp(progress / LAYER_FADE) : 1,
    collapse: lerp(step.collapseFrom, step.collapseTo, reducedMotion ? 0.5 : clamp(progress)),
  };
}
