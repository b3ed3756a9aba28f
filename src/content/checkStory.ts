/** `npm run check:story [path]`: validates a story file (default data/story.json) and exits non-zero on problems. */
import { resolve } from 'node:path';
import { loadStoryFile, StoryError } from './validate.ts';

const file = resolve(process.argv[2] ?? 'data/story.json');
try {
  const story = loadStoryFile(file);
  console.log(
    `${process.argv[2] ?? 'data/story.json'}: ok (${story.steps.length} steps, ${story.quotes.length} quotes, ${story.overlays.length} overlays)`,
  );
} catch (e) {
  if (!(e instanceof StoryError)) throw e;
  console.error(e.message);
  process.exit(1);
}
