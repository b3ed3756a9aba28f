/**
 * Another edition against the main one: the same story in another language. Its structure must be
 * the main edition's (steps and their scenes, chapters, overlays, quotes' original words and sources,
 * chart series and phases, sources, scene settings), and its words must be its own: a sentence left
 * in the main edition's words is a missing translation. Problems name the other file's JSON paths.
 */
import type { Story } from './schema.ts';
import type { StoryProblem } from './validate.ts';

/** Paths whose words stay those of the main edition: the quotes' originals, names, and the titles of the cited works. */
const KEPT_WORDS = [/^\/quotes\/\d+\/(text|speaker|lang)$/, /^\/sources\/\d+\/title$/, /^\/credits\/\d+\/names\//];
/** A string of this many words or more, identical in both editions, was left untranslated. */
const SENTENCE_WORDS = 3;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const pick = <T, K extends keyof T>(items: readonly T[], keys: readonly K[]) =>
  items.map((item) => Object.fromEntries(keys.map((k) => [k, item[k]])));

/** What every edition shares: where it is in the file, what it is, and the part of a story it is. */
const STRUCTURE: { path: string; what: string; of: (s: Story) => unknown }[] = [
  { path: '/steps', what: 'the steps (ids, scenes, sources)', of: (s) => pick(s.steps, ['id', 'scene', 'sources']) },
  {
    path: '/chapters',
    what: 'the chapters (scenes, key steps)',
    of: (s) => pick(s.chapters, ['scene', 'keyStep']),
  },
  {
    path: '/overlays',
    what: 'the overlays (ids, types, steps, places, quotes, sources)',
    of: (s) =>
      s.overlays.map(({ id, type, enter, exit, position, ...rest }) => ({
        id,
        type,
        enter,
        exit,
        position,
        quote: 'quote' in rest ? rest.quote : undefined,
        sources: 'sources' in rest ? rest.sources : undefined,
      })),
  },
  {
    path: '/quotes',
    what: 'the quotes (ids, original words, dates, sources)',
    of: (s) => pick(s.quotes, ['id', 'text', 'date', 'source']),
  },
  { path: '/sources', what: 'the sources (ids, dates, links)', of: (s) => pick(s.sources, ['id', 'date', 'url']) },
  {
    path: '/chart/series',
    what: 'the chart series (ids, figures, sources)',
    of: (s) => pick(s.chart.series, ['id', 'relativeTime', 'approximate', 'illustrative', 'sources']),
  },
  { path: '/chart/phases', what: 'the chart phases', of: (s) => s.chart.phases },
  { path: '/chart/reportedSpeedup', what: 'the reported figure', of: (s) => s.chart.reportedSpeedup },
  {
    path: '/sceneSettings',
    what: 'the scene settings (labels aside)',
    of: (s) => ({ ...s.sceneSettings, collapse: { ...s.sceneSettings.collapse, passLabels: undefined } }),
  },
];

export function parityProblems(main: Story, other: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  for (const { path, what, of } of STRUCTURE) {
    const [a, b] = [of(main), of(other)];
    if (!same(a, b))
      problems.push({
        path,
        message: `expected ${what} as in the main edition: ${JSON.stringify(a)}; got ${JSON.stringify(b)}`,
      });
  }

  // Words left as they are in the main edition.
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof a === 'string' && a === b) {
      if (a.split(/\s+/).length >= SENTENCE_WORDS && !KEPT_WORDS.some((kept) => kept.test(path)))
        problems.push({
          path,
          message: `expected a translation into ${other.meta.lang}; got the main edition’s words "${a}"`,
        });
    } else if (a && b && typeof a === 'object' && typeof b === 'object')
      for (const key of Object.keys(a))
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
  };
  walk(main, other, '');
  return problems;
}
