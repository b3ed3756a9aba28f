/** Every date and percentage the story can show, formatted at build time for the page (see localeFormat.ts). */
import type { Story } from '../content/schema.ts';
import { dateLabel, percentLabel, type Labels } from '../content/localeFormat.ts';
import { axisTicks } from '../scenes/chart/timelineLayout.ts';
import { SHARE_DIGITS } from '../scenes/chart/share.ts';

export function storyLabels(story: Story): Labels {
  const { lang, published } = story.meta;
  const dates = [published, ...story.quotes.map((q) => q.date), ...story.sources.flatMap((s) => s.date ?? [])];
  const ticks = [...axisTicks(true), ...axisTicks(false)];
  return Object.fromEntries([
    ...dates.map((iso) => dateLabel(iso, lang)),
    ...story.chart.series.map((s) => percentLabel(s.relativeTime, lang, SHARE_DIGITS)),
    ...ticks.map((t) => percentLabel(t, lang, 0)),
  ]);
}
