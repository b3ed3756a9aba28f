/**
 * Dates and percentages in the story's language, identically on server and client. The first
 * `Intl` formatter a page creates costs a long task while ICU sets itself up, so the build formats every label the story can show (`storyLabels` in
 * src/build) and the page starts from those (`useLabels`): it creates no formatter at all.
 */
export type Labels = Record<string, string>;
/** a label and the key it is remembered by */
export type LabelEntry = [key: string, label: string];

const labels = new Map<string, string>();

function remembered(key: string, format: () => string): LabelEntry {
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = format()));
  return [key, label];
}

/** A story date (YYYY-MM-DD or YYYY-MM). */
export const dateLabel = (iso: string, lang: string): LabelEntry =>
  remembered(`date ${lang} ${iso}`, () => {
    const [year, month, day] = iso.split('-').map(Number);
    const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
    return new Intl.DateTimeFormat(lang, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(day ? { day: 'numeric' } : {}),
    }).format(date);
  });

/** A share (0.5 is 50%). */
export const percentLabel = (value: number, lang: string, fractionDigits: number): LabelEntry =>
  remembered(`percent ${lang} ${fractionDigits} ${value}`, () =>
    new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: fractionDigits }).format(value),
  );

export const formatDate = (iso: string, lang: string): string => dateLabel(iso, lang)[1];
export const formatPercent = (value: number, lang: string, fractionDigits: number): string =>
  percentLabel(value, lang, fractionDigits)[1];

/** Starts the page from labels the build formatted. */
export function useLabels(given: Labels): void {
  for (const [key, label] of Object.entries(given)) labels.set(key, label);
}
