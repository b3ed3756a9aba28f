/**
 * `npm run check:story [file]`: validates every story file in data/ (each edition, and each against
 * the main one), or just the file given; exits non-zero on problems.
 */
import { relative, resolve } from 'node:path';
import { loadEditions } from './editions.ts';
import { loadStoryFile, StoryError } from './validate.ts';
import type { Story } from './schema.ts';

const summary = (story: Story) =>
  `${story.meta.lang}, ${story.steps.length} steps, ${story.quotes.length} quotes, ${story.overlays.length} overlays`;

try {
  const file = process.argv[2];
  if (file) console.log(`${file}: ok (${summary(loadStoryFile(resolve(file)))})`);
  else
    for (const edition of loadEditions(resolve('data')))
      console.log(`${relative('.', edition.file)}: ok (${summary(edition.story)})`);
} catch (e) {
  if (!(e instanceof StoryError)) throw e;
  console.error(e.message);
  process.exit(1);
}
