/** The visual-state manifest's schema (zod), and from it `data/visual-states.schema.json` for tools and editors. */
import { z } from 'zod';
import { MANIFEST_VERSION } from './visualStates.ts';

const viewport = z.strictObject({
  name: z.string(),
  width: z.int().positive(),
  height: z.int().positive(),
  deviceScaleFactor: z.number().positive(),
  isMobile: z.boolean(),
  hasTouch: z.boolean(),
});

export const visualManifestSchema = z
  .strictObject({
    $schema: z.string(),
    version: z.literal(MANIFEST_VERSION),
    readySelector: z.string().meta({ description: 'wait for this element before capturing' }),
    capture: z.literal('viewport').meta({ description: 'capture the viewport, never the full page' }),
    viewports: z.array(viewport).min(1).meta({ description: "the sizes of the project's own baselines" }),
    engines: z.array(z.strictObject({ name: z.string(), build: z.string() })).min(1),
    states: z
      .array(
        z.strictObject({
          name: z.string().regex(/^[\w.@-]+$/),
          edition: z.string().meta({ description: 'the language of the edition the state belongs to' }),
          url: z.string().meta({ description: "relative to the story's base URL" }),
          step: z.string(),
          progress: z.number().min(0).max(1),
          reducedMotion: z.boolean(),
        }),
      )
      .min(1),
  })
  .meta({ title: 'Visual-state manifest', description: 'Every frozen state of the story worth capturing, and how.' });

export function visualManifestJsonSchema(): string {
  const schema = z.toJSONSchema(visualManifestSchema, { target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, $id: 'visual-states.schema.json' }, null, 2) + '\n';
}
