import { expect, it } from 'vitest';
import { storyLabels } from './storyLabels';
import { loadStoryFile } from '../content/validate';
import { formatDate } from '../content/localeFormat';
import { timelineLayout } from '../scenes/chart/timelineLayout';
import { formatShare } from '../scenes/chart/share';

const story = loadStoryFile('data/story.json');
const labels = new Set(Object.values(storyLabels(story)));
const { lang } = story.meta;

it('holds every date the story shows', () => {
  const shown = [
    story.meta.published,
    ...story.quotes.map((q) => q.date),
    ...story.sources.flatMap((s) => s.date ?? []),
  ];
  for (const iso of shown) expect(labels, iso).toContain(formatDate(iso, lang));
});

it('holds every percentage the chart and its table show, on a phone and on a desktop', () => {
  for (const s of story.chart.series) expect(labels).toContain(formatShare(s.relativeTime, lang, false));
  for (const [width, height] of [
    [320, 640],
    [390, 844],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    for (const tick of timelineLayout(story.chart, width, height, lang, { phrase: '', attribution: '' }).ticks)
      expect(labels, `${width}: ${tick.label}`).toContain(tick.label);
  }
});
