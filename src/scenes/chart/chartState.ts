/**
 * What the timeline chart shows, as a pure function of the active step and its progress:
 * how much of each bar is drawn, how many repeated short bars, how visible the annotation.
 */
import type { ChartData, ChartPhase } from '../../content/schema.ts';
import { CHART_PHASES } from '../../content/vocabulary.ts';
import { clamp, smoothstep } from '../../lib/math.ts';
import type { SceneInput } from '../sceneInput.ts';

export interface ChartState {
  /** 0..1 share of each bar drawn */
  traditional: number;
  ai: number;
  /** 0..repeatCount: short bars laid end to end inside the long one */
  repeats: number;
  /** 0..1 */
  annotation: number;
}

/** Each phase plays over the first part of its step; the rest of the step holds the result to read. */
const PLAY_SHARE = 0.7;

/** How many of the faster sequences fit in the time of one traditional one. */
export const repeatCount = (chart: ChartData): number =>
  Math.floor(chart.series[0]!.relativeTime / chart.series[1]!.relativeTime + 1e-9);

export function chartState({
  story,
  stepIndex,
  progress,
}: Pick<SceneInput, 'story' | 'stepIndex' | 'progress'>): ChartState {
  const { chart } = story;
  const phase: ChartPhase | undefined = chart.phases[story.steps[stepIndex]?.id ?? ''];
  const reached = phase ? CHART_PHASES.indexOf(phase) : -1;
  const t = smoothstep(clamp(progress / PLAY_SHARE));
  const amount = (p: ChartPhase) => {
    const i = CHART_PHASES.indexOf(p);
    return i < reached ? 1 : i === reached ? t : 0;
  };
  return {
    traditional: amount('traditional'),
    ai: amount('ai-assisted'),
    repeats: amount('repeats') * repeatCount(chart),
    annotation: amount('annotation'),
  };
}
