/**
 * The stages a reader nears load, then prepare (`prepareStage`) once the reader pauses: one wait
 * per stage, however many steps a fast scroll passes before the pause, and only once the stage
 * has its size, which the chart's rehearsal needs.
 */
import type { Story } from '../content/schema';
import { BRIEF_PAUSE_MS, type ReaderPause } from '../scroll/readerPause';
import type { StageSize } from './sceneInput';
import type { StageName } from './stageLayers';
import { loadStage, prepareStage } from './stageLoader.svelte';

/** Loads `stages`; resolves once they can render, and prepares them after the next brief pause. */
export type LoadAndPrepare = (stages: readonly StageName[]) => Promise<void>;

export function stagePreparer(pause: ReaderPause, story: Story, size: () => StageSize): LoadAndPrepare {
  const waiting = new Set<StageName>();
  const prepareAfterPause = (stage: StageName) => {
    if (waiting.has(stage)) return;
    waiting.add(stage);
    pause.after(BRIEF_PAUSE_MS, () => {
      waiting.delete(stage);
      if (size().width > 0) prepareStage(stage, story, size());
    });
  };
  return async (stages) => {
    await Promise.all(stages.map(loadStage));
    stages.forEach(prepareAfterPause);
  };
}
