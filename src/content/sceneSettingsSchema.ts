/** The story schema's scene settings: the snow's weather and the collapse's passes, by step. */
import { z } from 'zod';
import { id, text } from './schemaPrimitives.ts';
import { COLLAPSE_PASSES } from './vocabulary.ts';

const snowStep = z.strictObject({
  density: z.number().min(0).max(1).meta({ description: 'share of maxFlakes falling, 0..1' }),
  wind: z.number().min(-1).max(1).meta({ description: 'horizontal drift, -1 (left) .. 1 (right)' }),
  cityLight: z.number().min(0).max(1).meta({ description: 'share of the skyline windows lit, 0..1' }),
});

const collapseStep = z.strictObject({
  pass: z.enum(COLLAPSE_PASSES).meta({ description: 'the pass of the VFX breakdown this step shows' }),
  collapseFrom: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: 'how far the building has fallen at the start of the step, 0..1' }),
  collapseTo: z.number().min(0).max(1).meta({ description: 'how far it has fallen at the end of the step, 0..1' }),
});

export const sceneSettings = z.strictObject({
  snow: z.strictObject({
    seed: z.int().nonnegative(),
    layers: z.int().min(1).max(5),
    tint: z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour as #rrggbb'),
    maxFlakes: z.int().min(0).max(4000),
    steps: z.record(id, snowStep).meta({ description: 'snow settings by step id; steps not listed have no snow' }),
  }),
  collapse: z.strictObject({
    seed: z.int().nonnegative(),
    floors: z.int().min(3).max(20),
    snow: snowStep.meta({ description: 'the weather through the collapse scene' }),
    passLabels: z.strictObject({ plate: text, model: text, simulation: text, composite: text }),
    steps: z
      .record(id, collapseStep)
      .meta({ description: 'what the collapse scene shows at each of its steps, by step id' }),
  }),
});
