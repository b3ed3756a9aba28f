/** `npm run schema`: rewrites data/story.schema.json from the zod schema. A unit test keeps the two in step. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from './jsonSchema.ts';

writeFileSync('data/story.schema.json', storyJsonSchema());
console.log('wrote data/story.schema.json');
