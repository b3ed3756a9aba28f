import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../content/schema';
import { loadStage, prepareStage } from './stageLoader.svelte';

const { prepare } = vi.hoisted(() => ({ prepare: vi.fn() }));
vi.mock('./collapse/CollapseStage.svelte', () => ({ default: () => {}, prepare }));

describe('prepareStage', () => {
  const story = { title: 'a story' } as unknown as Story;
  const size = { width: 390, height: 844 };

  it('lets a stage build ahead once it is loaded, once, with the story and the stage size', async () => {
    prepareStage('collapse', story, size);
    expect(prepare).not.toHaveBeenCalled();
    await loadStage('collapse');
    prepareStage('collapse', story, size);
    prepareStage('collapse', story, size);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(prepare).toHaveBeenCalledWith(story, size);
  });

  it('asks nothing of a stage with nothing to prepare', async () => {
    await loadStage('city');
    expect(() => prepareStage('city', story, size)).not.toThrow();
  });
});
