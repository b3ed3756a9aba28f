import { describe, expect, it } from 'vitest';
import { SCENES } from '../content/vocabulary';
import { ANIMATED_STAGES, hasOwnScript, STAGE_CHUNK_PATTERN, STAGE_OF, stageChunk, stageOfModule } from './registry';

describe('the stage registry', () => {
  it('gives every scene the story file may name a stage', () => {
    for (const scene of SCENES) expect(STAGE_OF[scene], scene).toBeDefined();
  });
  it('knows which stages move on their own', () => {
    expect([...ANIMATED_STAGES].sort()).toEqual(['city', 'collapse']);
  });
  it('names stage scripts so that the pattern finds the stage again', () => {
    expect(STAGE_CHUNK_PATTERN.exec(`/assets/${stageChunk('collapse')}-AbC_12.js`)?.[1]).toBe('collapse');
    expect(stageOfModule('/work/x/src/scenes/chart/ChartStage.ts')).toBe('chart');
    expect(stageOfModule('/work/x/src/main.ts')).toBeUndefined();
    expect([hasOwnScript('city'), hasOwnScript('collapse'), hasOwnScript('chart')]).toEqual([false, true, true]);
  });
});
