/** The story's JSON Schema, generated from the zod schema so that editors and the validator never disagree. */
import { z } from 'zod';
import { storySchema } from './schema.ts';

export function storyJsonSchema(): string {
  const schema = z.toJSONSchema(storySchema, { target: 'draft-2020-12', io: 'input' });
  return JSON.stringify({ ...schema, title: 'Story file', $id: 'story.schema.json' }, null, 2) + '\n';
}
