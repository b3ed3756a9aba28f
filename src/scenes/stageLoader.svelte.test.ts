import { describe, expect, it, vi } from 'vitest';
import type { Story } from '../content/schema';
import { loadStage, prepareStage } from './stageLoader.svelte';

const { prepare } = vi.hoisted(() => ({ prepare: vi.fn() }));
vi.mock('./collapse/CollapseScene.svelte', () => ({ default: () => {}, prepare }));

describe('prepareStage', () => {
  const story = { title: 'a story' } as unknown as Story;

  it('lets a stage build ahead once it is loaded, once, with the story', async () => {
    prepareStage('collapse', story);
    expect(prepare).not.toHaveBeenCalled();
    await loadStage('collapse');
    prepareStage('collapse', story);
    prepareStage('collapse', story);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(prepare).toHaveBeenCalledWith(story);
  });

  it('asks nothing of a stage with nothing to prepare', async () => {
    await loadStage('city');
    expect(() => prepareStage('city', story)).not.toThrow();
  });
});
