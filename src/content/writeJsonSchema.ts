/** `npm run schema`: rewrites the JSON Schemas in data/ from their zod schemas. Unit tests keep them in step. */
import { writeFileSync } from 'node:fs';
import { storyJsonSchema } from './jsonSchema.ts';
import { visualManifestJsonSchema } from '../scroll/visualManifestSchema.ts';

writeFileSync('data/story.schema.json', storyJsonSchema());
writeFileSync('data/visual-states.schema.json', visualManifestJsonSchema());
console.log('wrote data/story.schema.json and data/visual-states.schema.json');
