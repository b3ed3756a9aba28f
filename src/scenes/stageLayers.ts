/**
 * Which stage (set of scenes drawn by one component) shows at a point of the story, and how the
 * next one fades in over the end of the last step before it: a pure function of step and progress.
 */
import type { SceneName } from '../content/schema';
import { clamp, smoothstep } from '../lib/math';
import { STAGE_OF, type StageName } from './registry';

export type { StageName };

/** From this progress on, the last step of a stage fades the next stage in. */
export const HANDOVER_START = 0.8;

export interface StageLayer {
  stage: StageName;
  stepIndex: number;
  progress: number;
  opacity: number;
}

/** Whether the step hands the graphic over to another stage over its end. */
export function handsOver(scenes: readonly SceneName[], stepIndex: number): boolean {
  const nextScene = scenes[stepIndex + 1];
  return nextScene !== undefined && STAGE_OF[nextScene] !== STAGE_OF[scenes[stepIndex]!];
}

export function stageLayers(scenes: readonly SceneName[], stepIndex: number, progress: number): StageLayer[] {
  const current: StageLayer = { stage: STAGE_OF[scenes[stepIndex]!], stepIndex, progress, opacity: 1 };
  if (!handsOver(scenes, stepIndex) || progress <= HANDOVER_START) return [current];
  const opacity = smoothstep(clamp((progress - HANDOVER_START) / (1 - HANDOVER_START)));
  return [current, { stage: STAGE_OF[scenes[stepIndex + 1]!], stepIndex: stepIndex + 1, progress: 0, opacity }];
}

/** How far ahead (and behind) of the active step the stages are loaded, so that they are there when the reader is. */
const NEAR_STEPS = { behind: 1, ahead: 2 };

/** The stages of the steps around the active one. */
export function stagesNear(scenes: readonly SceneName[], stepIndex: number): StageName[] {
  const near = scenes.slice(Math.max(0, stepIndex - NEAR_STEPS.behind), stepIndex + NEAR_STEPS.ahead + 1);
  return [...new Set(near.map((scene) => STAGE_OF[scene]))];
}
