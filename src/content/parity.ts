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

export function parityProblems(main: Story, other: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const expectSame = (path: string, a: unknown, b: unknown, what: string) => {
    if (!same(a, b))
      problems.push({
        path,
        message: `expected ${what} as in the main edition: ${JSON.stringify(a)}; got ${JSON.stringify(b)}`,
      });
  };
  const pick = <T, K extends keyof T>(items: readonly T[], keys: readonly K[]) =>
    items.map((item) => Object.fromEntries(keys.map((k) => [k, item[k]])));

  expectSame(
    '/steps',
    pick(main.steps, ['id', 'scene', 'sources']),
    pick(other.steps, ['id', 'scene', 'sources']),
    'the steps (ids, scenes, sources)',
  );
  expectSame(
    '/chapters',
    pick(main.chapters, ['scene', 'keyStep']),
    pick(other.chapters, ['scene', 'keyStep']),
    'the chapters (scenes, key steps)',
  );
  const overlayShape = (s: Story) =>
    s.overlays.map(({ id, type, enter, exit, position, ...rest }) => ({
      id,
      type,
      enter,
      exit,
      position,
      quote: 'quote' in rest ? rest.quote : undefined,
      sources: 'sources' in rest ? rest.sources : undefined,
    }));
  expectSame(
    '/overlays',
    overlayShape(main),
    overlayShape(other),
    'the overlays (ids, types, steps, places, quotes, sources)',
  );
  expectSame(
    '/quotes',
    pick(main.quotes, ['id', 'text', 'date', 'source']),
    pick(other.quotes, ['id', 'text', 'date', 'source']),
    'the quotes (ids, original words, dates, sources)',
  );
  expectSame(
    '/sources',
    pick(main.sources, ['id', 'date', 'url']),
    pick(other.sources, ['id', 'date', 'url']),
    'the sources (ids, dates, links)',
  );
  expectSame(
    '/chart/series',
    pick(main.chart.series, ['id', 'relativeTime', 'approximate', 'illustrative', 'sources']),
    pick(other.chart.series, ['id', 'relativeTime', 'approximate', 'illustrative', 'sources']),
    'the chart series (ids, figures, sources)',
  );
  expectSame('/chart/phases', main.chart.phases, other.chart.phases, 'the chart phases');
  expectSame('/chart/reportedSpeedup', main.chart.reportedSpeedup, other.chart.reportedSpeedup, 'the reported figure');
  const settings = (s: Story) => ({
    ...s.sceneSettings,
    collapse: { ...s.sceneSettings.collapse, passLabels: undefined },
  });
  expectSame('/sceneSettings', settings(main), settings(other), 'the scene settings (labels aside)');

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
