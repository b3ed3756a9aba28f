import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { storyJsonSchema } from './jsonSchema';
import { loadStoryFile, StoryError, validateStory } from './validate';

const STORY_FILE = new URL('../../data/story.json', import.meta.url);
/** A story file in a folder of its own, removed when the test ends. */
const storyFile = (contents: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'story.json');
  writeFileSync(file, contents);
  return file;
};
const real = () => JSON.parse(readFileSync(STORY_FILE, 'utf8'));
// A story file as an editor might break it: any shape at all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = any;
const problemsOf = (mutate: (story: Editable) => void) => {
  const story = real();
  mutate(story);
  return validateStory(story).problems.map((p) => `${p.path}: ${p.message}`);
};

describe('the story schema', () => {
  it('accepts the real story', () => {
    expect(validateStory(real()).problems).toEqual([]);
  });

  it('rejects an unknown scene with the list of scenes', () => {
    expect(problemsOf((s) => (s.steps[7].scene = 'colapse'))).toEqual([
      '/steps/7/scene: expected one of title, snow, news, collapse, chart, strikes, outlook; got "colapse"',
    ]);
  });

  it('rejects a duplicate step id, naming the first use', () => {
    expect(problemsOf((s) => (s.steps[3].id = s.steps[2].id))).toContain(
      `/steps/3/id: duplicate step id "${real().steps[2].id}" (first used at /steps/2/id)`,
    );
  });

  it('rejects a dangling quote reference', () => {
    expect(problemsOf((s) => (s.overlays[0].quote = 'nobody'))).toEqual([
      expect.stringMatching(/^\/overlays\/0\/quote: expected the id of a quote \(.*\); got "nobody"$/),
    ]);
  });

  it('rejects an overlay on a missing step and a source that is not listed', () => {
    const problems = problemsOf((s) => {
      s.overlays[1].enter = 'nowhere';
      s.steps[0].sources = ['rumour'];
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/overlays\/1\/enter: expected the id of a step .*got "nowhere"$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/steps\/0\/sources\/0: expected the id of a source .*got "rumour"$/),
    );
  });

  it('rejects a quote without a source', () => {
    expect(problemsOf((s) => delete s.quotes[0].source)).toEqual([
      '/quotes/0/source: missing required field (expected string)',
    ]);
  });

  it('rejects a chapter whose key step belongs to another scene', () => {
    expect(problemsOf((s) => (s.chapters.find((c: Editable) => c.scene === 'chart').keyStep = s.steps[0].id))).toEqual([
      `/chapters/4/keyStep: expected the id of a step of scene "chart"; got "${real().steps[0].id}"`,
    ]);
  });

  it('rejects a missing required field', () => {
    expect(problemsOf((s) => delete s.meta.headline)).toEqual([
      '/meta/headline: missing required field (expected string)',
    ]);
  });

  it('rejects a wrong type', () => {
    expect(problemsOf((s) => (s.chart.reportedSpeedup.value = 'ten'))).toEqual([
      '/chart/reportedSpeedup/value: expected number; got "ten"',
    ]);
  });

  it('rejects raw HTML in reader-visible text', () => {
    expect(problemsOf((s) => (s.steps[1].text[0] = 'A <script>alert(1)</script>'))).toEqual([
      expect.stringMatching(/^\/steps\/1\/text\/0: expected plain text .* raw HTML is not allowed/),
    ]);
  });

  it('rejects an unknown overlay type and unknown fields', () => {
    expect(
      problemsOf((s) => {
        s.overlays[0].type = 'tweet';
        s.meta.colour = 'red';
      }),
    ).toEqual(['/meta: unexpected field "colour"', '/overlays/0/type: expected one of quote, context; got "tweet"']);
  });

  it('names the file and the JSON path when loading a broken file', () => {
    const story = real();
    story.steps[7].scene = 'colapse';
    const file = storyFile(JSON.stringify(story));
    expect(() => loadStoryFile(file)).toThrow(StoryError);
    expect(() => loadStoryFile(file)).toThrow(`${file} /steps/7/scene: expected one of title, snow`);
  });

  it('reports where invalid JSON breaks', () => {
    const file = storyFile('{\n  "meta": {,\n}');
    expect(() => loadStoryFile(file)).toThrow(/story\.json \/: invalid JSON at line 2, column 12/);
  });
});

describe('data/story.schema.json', () => {
  it('is the one generated from the schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync(new URL('../../data/story.schema.json', import.meta.url), 'utf8')).toBe(storyJsonSchema());
  });

  it('is the one the story file points editors to', () => {
    expect(real().$schema).toBe('./story.schema.json');
  });
});

describe('overlays', () => {
  it('accepts every overlay type', () => {
    const types = new Set(real().overlays.map((o: { type: string }) => o.type));
    expect([...types].sort()).toEqual(['context', 'quote']);
    expect(validateStory(real()).problems).toEqual([]);
  });

  it('rejects an overlay that points to a missing step or source', () => {
    const problems = problemsOf((s) => {
      const context = s.overlays.find((o: { type: string }) => o.type === 'context');
      context.exit = 'gone';
      context.sources = ['nowhere'];
    });
    expect(problems).toContainEqual(expect.stringMatching(/\/exit: expected the id of a step .*got "gone"$/));
    expect(problems).toContainEqual(
      expect.stringMatching(/\/sources\/0: expected the id of a source .*got "nowhere"$/),
    );
  });

  it('rejects an overlay that leaves before it enters', () => {
    expect(problemsOf((s) => ([s.overlays[1].enter, s.overlays[1].exit] = [s.steps[9].id, s.steps[2].id]))).toEqual([
      expect.stringMatching(/^\/overlays\/1\/exit: expected a step at or after/),
    ]);
  });
});
