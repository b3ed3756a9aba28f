import { expect, it } from 'vitest';
import { formatDate, storyDateLabels, useDateLabels } from './formatDate';
import { loadStoryFile } from './validate';

it('formats full and month-only dates in the story language', () => {
  expect(formatDate('2025-07-18', 'en')).toBe('July 18, 2025');
  expect(formatDate('2025-07', 'en')).toBe('July 2025');
  expect(formatDate('2025-07-18', 'es')).toBe('18 de julio de 2025');
});

it('labels every date the story shows, as formatDate would', () => {
  const story = loadStoryFile('data/story.json');
  const labels = storyDateLabels(story);
  const shown = [story.meta.published, ...story.quotes.map((q) => q.date), ...story.sources.flatMap((s) => s.date ?? [])];
  expect(Object.keys(labels).sort()).toEqual([...new Set(shown.map((iso) => `en ${iso}`))].sort());
  expect(labels[`en ${story.meta.published}`]).toBe(formatDate(story.meta.published, 'en'));
});

it('answers from labels the build formatted, without formatting again', () => {
  useDateLabels({ 'en 1999-12-31': 'the last day of 1999' });
  expect(formatDate('1999-12-31', 'en')).toBe('the last day of 1999');
});
