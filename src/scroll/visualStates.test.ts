import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Story } from '../content/schema';
import { visualStates } from './visualStates';

const story: Story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));

it('lists every step at progress 0, 0.5 and 1, and its reduced-motion still, under unique names by step id', () => {
  const states = visualStates(story);
  expect(states).toHaveLength(story.steps.length * 4);
  expect(new Set(states.map((s) => s.name)).size).toBe(states.length);
  for (const s of states) expect(s.name).toMatch(/^[\w.@-]+$/);
  expect(states[1]).toEqual({
    name: `${story.steps[0]!.id}@0.5`,
    url: `?step=${story.steps[0]!.id}&progress=0.5&time=0`,
    step: story.steps[0]!.id,
    progress: 0.5,
    reducedMotion: false,
  });
  expect(states[3]!.url).toContain('&motion=reduce');
});
