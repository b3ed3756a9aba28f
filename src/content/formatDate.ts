/**
 * Story dates in the story's language, identically on server and client. Creating ICU's date
 * formatter costs some 50 ms on a desktop (four times that on a phone) on a page's first use, so
 * the build formats the story's dates (`storyDateLabels`) and the page starts from those
 * (`useDateLabels`) instead of creating a formatter while it hydrates.
 */
import type { Story } from './schema';

export type DateLabels = Record<string, string>;

const labels = new Map<string, string>();
const keyOf = (iso: string, lang: string) => `${lang} ${iso}`;

function format(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
  }).format(date);
}

/** Formats a story date (YYYY-MM-DD or YYYY-MM). */
export function formatDate(iso: string, lang: string): string {
  const key = keyOf(iso, lang);
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = format(iso, lang)));
  return label;
}

/** Every date the story shows, formatted. */
export function storyDateLabels(story: Story): DateLabels {
  const { lang, published } = story.meta;
  const dates = [published, ...story.quotes.map((q) => q.date), ...story.sources.flatMap((s) => (s.date ? [s.date] : []))];
  return Object.fromEntries(dates.map((iso) => [keyOf(iso, lang), formatDate(iso, lang)]));
}

/** Starts the page from dates the build formatted. */
export function useDateLabels(given: DateLabels): void {
  for (const [key, label] of Object.entries(given)) labels.set(key, label);
}
