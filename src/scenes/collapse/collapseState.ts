/** Which VFX pass the collapse scene shows, and how far the building has fallen, at a step and progress. */
import type { CollapsePass } from '../../content/schema';
import { clamp, lerp } from '../../lib/math';
import type { SceneInput } from '../sceneInput';

export interface CollapseState {
  /** the pass of the VFX pipeline on screen; it cuts at the step boundary, as a breakdown reel does */
  pass: CollapsePass;
  /** 0 intact .. 1 collapsed */
  collapse: number;
}

export function collapseState({ story, stepIndex, progress }: SceneInput): CollapseState {
  const step = story.sceneSettings.collapse.steps[story.steps[stepIndex]?.id ?? ''];
  if (!step) return { pass: 'plate', collapse: 0 };
  return { pass: step.pass, collapse: lerp(step.collapseFrom, step.collapseTo, clamp(progress)) };
}
