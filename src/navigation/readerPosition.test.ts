import { describe, expect, it } from 'vitest';
import { story } from '../../tests/support/story';
import { chapterLinks, currentChapter } from './readerPosition';

describe('reader position', () => {
  it('links every chapter to the first step of its scene, in story order', () => {
    const links = chapterLinks(story);
    expect(links.map((l) => l.label)).toEqual(story.chapters.map((c) => c.label));
    const indices = links.map((l) => story.steps.findIndex((s) => s.id === l.stepId));
    expect(indices[0]).toBe(0);
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    for (const i of indices) expect(story.steps[i - 1]?.scene).not.toBe(story.steps[i]!.scene);
  });

  it('names the chapter of the active step', () => {
    const collapse = story.steps.findLastIndex((s) => s.scene === 'collapse');
    const links = chapterLinks(story);
    expect(links[currentChapter(links, story.steps[collapse]!.scene)]!.label).toBe(
      story.chapters.find((c) => c.scene === 'collapse')!.label,
    );
    expect(currentChapter(links, story.steps[0]!.scene)).toBe(0);
  });
});
