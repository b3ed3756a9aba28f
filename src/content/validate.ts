/**
 * Validates a story file: the schema first, then the cross-references a schema cannot express.
 * Every problem names its JSON path, so an editor can find it in the file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { core } from 'zod';
import { storySchema, type Story } from './schema.ts';

export interface StoryProblem {
  /** JSON pointer into the story file, e.g. `/steps/7/scene` */
  path: string;
  message: string;
}

export class StoryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: StoryProblem[],
  ) {
    super(formatProblems(file, problems));
    this.name = 'StoryError';
  }
}

export function formatProblems(file: string, problems: StoryProblem[]): string {
  const rel = relative(process.cwd(), file);
  const shown = rel && !rel.startsWith('..') ? rel : file;
  return problems.map((p) => `${shown} ${p.path || '/'}: ${p.message}`).join('\n');
}

const pointer = (path: readonly PropertyKey[]) =>
  path.map((k) => '/' + String(k).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

const got = (input: unknown) => (input === undefined ? 'nothing' : JSON.stringify(input));

function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}; got ${got(issue.input)}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing required field (expected ${issue.expected})`
        : `expected ${issue.expected}; got ${got(issue.input)}`;
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      return 'options' in issue && issue.options?.length
        ? `expected one of ${issue.options.map(String).join(', ')}; got ${got(issue.discriminator ? (issue.input as Record<string, unknown>)?.[issue.discriminator] : issue.input)}`
        : `does not match any allowed shape; got ${got(issue.input)}`;
    default:
      return issue.input === undefined ? issue.message : `${issue.message}; got ${got(issue.input)}`;
  }
}

function crossReferences(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const index = <T extends { id: string }>(items: T[], kind: string, base: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else add(`${base}/${i}/id`, `duplicate ${kind} id "${item.id}" (first used at ${base}/${first}/id)`);
    });
    return seen;
  };
  const steps = index(story.steps, 'step', '/steps');
  const sources = index(story.sources, 'source', '/sources');
  const quotes = index(story.quotes, 'quote', '/quotes');
  index(story.overlays, 'overlay', '/overlays');

  const expectRef = (known: Map<string, number>, kind: string, value: string, path: string) => {
    if (!known.has(value)) add(path, `expected the id of a ${kind} (${[...known.keys()].join(', ')}); got "${value}"`);
  };
  const expectSources = (ids: string[], path: string) =>
    ids.forEach((s, j) => expectRef(sources, 'source', s, `${path}/${j}`));

  story.steps.forEach((step, i) => expectSources(step.sources, `/steps/${i}/sources`));
  story.quotes.forEach((q, i) => expectRef(sources, 'source', q.source, `/quotes/${i}/source`));
  story.overlays.forEach((o, i) => {
    const base = `/overlays/${i}`;
    expectRef(steps, 'step', o.enter, `${base}/enter`);
    expectRef(steps, 'step', o.exit, `${base}/exit`);
    const [enter, exit] = [steps.get(o.enter), steps.get(o.exit)];
    if (enter !== undefined && exit !== undefined && exit < enter)
      add(`${base}/exit`, `expected a step at or after "${o.enter}"; got "${o.exit}", which comes before it`);
    if (o.type === 'quote') expectRef(quotes, 'quote', o.quote, `${base}/quote`);
    else expectSources(o.sources, `${base}/sources`);
  });
  const { chart } = story;
  expectSources(chart.reportedSpeedup.sources, '/chart/reportedSpeedup/sources');
  chart.series.forEach((s, i) => expectSources(s.sources, `/chart/series/${i}/sources`));
  for (const stepId of Object.keys(chart.phases)) expectRef(steps, 'step', stepId, `/chart/phases/${stepId}`);
  expectRef(quotes, 'quote', chart.annotation.quote, '/chart/annotation/quote');
  const cited = story.quotes.find((q) => q.id === chart.annotation.quote);
  if (cited && !(cited.translation ?? cited.text).includes(chart.annotation.phrase))
    add(
      '/chart/annotation/phrase',
      `expected words from quote "${cited.id}"${cited.translation ? ' (its translation)' : ''}, verbatim; got "${chart.annotation.phrase}"`,
    );
  // A quote said in another language than the edition's is shown translated, its original beside it.
  const language = (tag: string) => tag.split('-')[0];
  story.quotes.forEach((q, i) => {
    const foreign = q.lang !== undefined && language(q.lang) !== language(story.meta.lang);
    if (foreign && q.translation === undefined)
      add(`/quotes/${i}/translation`, `expected a translation into ${story.meta.lang} of words said in ${q.lang}`);
    if (!foreign && q.translation !== undefined)
      add(
        `/quotes/${i}/lang`,
        `expected the language the words were said in (a translation needs an original in another language)`,
      );
  });
  if (story.quotes.some((q) => q.translation !== undefined))
    for (const label of ['translationLabel', 'originalLabel'] as const)
      if (story.ui[label] === undefined)
        add(`/ui/${label}`, 'expected a label: this edition shows quotes in translation');
  // Honest numbers: the bars must show the reported ratio, unless marked illustrative.
  const [slow, fast] = chart.series;
  if (
    slow &&
    fast &&
    !fast.illustrative &&
    Math.abs(slow.relativeTime / fast.relativeTime - chart.reportedSpeedup.value) > 1e-6
  )
    add(
      '/chart/series/1/relativeTime',
      `expected ${slow.relativeTime / chart.reportedSpeedup.value} (the first series divided by reportedSpeedup ${chart.reportedSpeedup.value}), or "illustrative": true; got ${fast.relativeTime}`,
    );
  for (const scene of ['snow', 'collapse'] as const)
    for (const stepId of Object.keys(story.sceneSettings[scene].steps))
      expectRef(steps, 'step', stepId, `/sceneSettings/${scene}/steps/${stepId}`);

  const chapters = new Set(story.chapters.map((c) => c.scene));
  story.steps.forEach((step, i) => {
    if (!chapters.has(step.scene))
      add(`/steps/${i}/scene`, `scene "${step.scene}" has no entry in /chapters (its label in the scene navigator)`);
  });
  story.chapters.forEach((chapter, i) => {
    if (chapter.keyStep === undefined) return;
    const step = story.steps.find((s) => s.id === chapter.keyStep);
    if (step?.scene !== chapter.scene)
      add(`/chapters/${i}/keyStep`, `expected the id of a step of scene "${chapter.scene}"; got "${chapter.keyStep}"`);
  });
  return problems;
}

/** Checks parsed JSON; returns the typed story or the full list of problems. */
export function validateStory(
  data: unknown,
): { story: Story; problems: [] } | { story: undefined; problems: StoryProblem[] } {
  const parsed = storySchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return {
      story: undefined,
      problems: parsed.error.issues.map((issue) => ({ path: pointer(issue.path), message: describeIssue(issue) })),
    };
  }
  const problems = crossReferences(parsed.data);
  return problems.length ? { story: undefined, problems } : { story: parsed.data, problems: [] };
}

function lineAndColumn(source: string, message: string): string {
  const at = /position (\d+)/.exec(message);
  if (!at) return '';
  const before = source.slice(0, Number(at[1])).split('\n');
  return ` at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/** Reads and validates a story file; throws a StoryError naming the file and JSON paths. */
export function loadStoryFile(file: string): Story {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new StoryError(file, [{ path: '', message: `cannot read the story file (${(e as Error).message})` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const message = (e as Error).message;
    throw new StoryError(file, [{ path: '', message: `invalid JSON${lineAndColumn(raw, message)}: ${message}` }]);
  }
  const result = validateStory(data);
  if (result.problems.length) throw new StoryError(file, result.problems);
  return result.story!;
}
