import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Story } from '../content/schema';
import { READY_SELECTOR, visualManifest, visualStates } from './visualStates';
import { visualManifestJsonSchema, visualManifestSchema } from './visualManifestSchema';

const read = (name: string): Story => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const story = read('story.json');
const main = { path: '', story };
const spanish = { path: 'es/', story: read('story.es.json') };

it('lists every step at progress 0, 0.5 and 1, and its reduced-motion still, under unique names by step id', () => {
  const states = visualStates(main);
  expect(states).toHaveLength(story.steps.length * 4);
  expect(new Set(states.map((s) => s.name)).size).toBe(states.length);
  for (const s of states) expect(s.name).toMatch(/^[\w.@-]+$/);
  expect(states[1]).toEqual({
    name: `${story.steps[0]!.id}@0.5`,
    edition: 'en',
    url: `?step=${story.steps[0]!.id}&progress=0.5&time=0`,
    step: story.steps[0]!.id,
    progress: 0.5,
    reducedMotion: false,
  });
  expect(states[3]!.url).toContain('&motion=reduce');
});

it("lists another edition's states under its path, named apart", () => {
  const [first] = visualStates(spanish);
  expect(first).toMatchObject({
    name: `es.${story.steps[0]!.id}@0`,
    edition: 'es-AR',
    url: `es/?step=${story.steps[0]!.id}&progress=0&time=0`,
  });
  const names = visualManifest([main, spanish]).states.map((s) => s.name);
  expect(new Set(names).size).toBe(story.steps.length * 8);
});

it("says how to capture: wait for ready, the viewport only, at the baselines' sizes", () => {
  const manifest = visualManifest([main, spanish]);
  expect(manifest).toMatchObject({ version: 2, readySelector: READY_SELECTOR, capture: 'viewport' });
  expect(manifest.viewports.map((v) => [v.name, v.width, v.height])).toEqual([
    ['desktop', 1280, 800],
    ['mobile', 390, 844],
  ]);
  expect(manifest.states).toEqual([...visualStates(main), ...visualStates(spanish)]);
});

it('matches its JSON Schema, which data/visual-states.schema.json holds as generated', () => {
  expect(visualManifestSchema.safeParse(visualManifest([main, spanish])).success).toBe(true);
  expect(readFileSync(new URL('../../data/visual-states.schema.json', import.meta.url), 'utf8')).toBe(
    visualManifestJsonSchema(),
  );
});
