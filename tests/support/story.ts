/** The story as the tests see it: the same file the build reads, so tests follow content changes. */
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/content/schema';

const read = (name: string): Story => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
export const story: Story = read('story.json');
/** The Spanish edition, published at `es/`. */
export const spanish: Story = read('story.es.json');
/** Where an edition is published, under the site's root. */
export type EditionPath = '' | 'es/';
export interface Edition {
  path: EditionPath;
  story: Story;
}
export const editions: Edition[] = [
  { path: '', story },
  { path: 'es/', story: spanish },
];
export const stepIds = story.steps.map((s) => s.id);
export const scenes = story.steps.map((s) => s.scene);
/** The steps whose stills the page draws for print, one per chapter that names one. */
export const keySteps = story.chapters.flatMap((c) => (c.keyStep ? [c.keyStep] : []));
/** The collapse step whose scroll drives the fall (the building goes from standing to most of the way down). */
export const fallingStep = Object.entries(story.sceneSettings.collapse.steps).find(
  ([, s]) => s.collapseFrom < s.collapseTo && s.collapseTo - s.collapseFrom > 0.5,
)![0];
/** A step where the snow falls thickly: the snow's moving and still states show clearly there. */
export const denseSnowStep = story.steps.find(
  (s) => s.scene === 'snow' && (story.sceneSettings.snow.steps[s.id]?.density ?? 0) > 0.5,
)!.id;
