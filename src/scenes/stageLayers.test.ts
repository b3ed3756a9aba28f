import { describe, expect, it } from 'vitest';
import type { SceneName } from '../content/schema';
import { HANDOVER_START, handsOver, stageLayers, stagesNear } from './stageLayers';

const scenes: SceneName[] = ['title', 'snow', 'news', 'collapse', 'collapse', 'chart'];

describe('stageLayers', () => {
  it('shows one stage within a run of steps that share it', () => {
    expect(stageLayers(scenes, 1, 0.95)).toEqual([{ stage: 'city', stepIndex: 1, progress: 0.95, opacity: 1 }]);
  });

  it('fades the next stage in over the end of the last step before it', () => {
    expect(stageLayers(scenes, 2, HANDOVER_START)).toHaveLength(1);
    const [current, next] = stageLayers(scenes, 2, 0.9);
    expect(current).toMatchObject({ stage: 'city', opacity: 1 });
    expect(next).toMatchObject({ stage: 'collapse', stepIndex: 3, progress: 0 });
    expect(next!.opacity).toBeCloseTo(0.5);
    expect(stageLayers(scenes, 2, 1)[1]!.opacity).toBe(1);
  });

  it('ends on the last step without a next stage', () => {
    expect(stageLayers(scenes, 5, 1)).toEqual([{ stage: 'chart', stepIndex: 5, progress: 1, opacity: 1 }]);
  });
});

describe('handsOver', () => {
  it('is true for the last step of a stage that another follows, only', () => {
    expect(scenes.map((_, i) => handsOver(scenes, i))).toEqual([false, false, true, false, true, false]);
  });
});

describe('stagesNear', () => {
  it('names the stages from a step behind to two ahead, once each', () => {
    expect(stagesNear(scenes, 0)).toEqual(['city']);
    expect(stagesNear(scenes, 1)).toEqual(['city', 'collapse']);
    expect(stagesNear(scenes, 4)).toEqual(['collapse', 'chart']);
    expect(stagesNear(scenes, 5)).toEqual(['collapse', 'chart']);
  });
});
