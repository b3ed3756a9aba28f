/** The story as the tests see it: the same file the build reads, so tests follow content changes. */
import { readFileSync } from 'node:fs';
import type { Story } from '../../src/content/schema';

export const story: Story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
export const stepIds = story.steps.map((s) => s.id);
/** The steps whose stills the page draws for print, one per chapter that names one. */
export const keySteps = story.chapters.flatMap((c) => (c.keyStep ? [c.keyStep] : []));
