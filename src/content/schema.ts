/**
 * The story file's schema: the single source of the story's types, of the build-time validator
 * and of `data/story.schema.json`. Runs at build time and in tests only; readers never download it.
 */
import { z } from 'zod';
import { CHART_PHASES, COLLAPSE_LAYERS, SCENES } from './vocabulary.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a URL-safe id (lower-case letters, digits and single hyphens)');
const text = z.string().trim().min(1, 'expected non-empty text');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected a date as YYYY-MM-DD (or YYYY-MM when the day is not known)');
const sourceIds = z.array(id).meta({ description: 'ids of the entries in `sources` this rests on' });

/**
 * A paragraph of reader-visible text in the story's safe inline markup: `*emphasis*` and
 * `[link text](https://…)`. Raw HTML is rejected, never sanitised.
 */
export const markup = text
  .refine(
    (s) => !/<\/?[a-z!]/i.test(s),
    'expected plain text with *emphasis* or [text](url) markup; raw HTML is not allowed',
  )
  .meta({ description: 'Plain text with *emphasis* and [text](https://…) links; no HTML.' });

const position = z
  .strictObject({
    desktop: z.enum(['top-right', 'bottom-right']),
    mobile: z.enum(['top', 'middle']),
  })
  .meta({
    description: 'where the overlay floats: clear of the text column on desktop, above the resting card on phones',
  });

const overlayBase = {
  id,
  enter: id.meta({ description: 'id of the step on which the overlay appears' }),
  exit: id.meta({ description: 'id of the last step on which the overlay is shown' }),
  position,
};

export const quoteOverlay = z.strictObject({
  ...overlayBase,
  type: z.literal('quote'),
  quote: id.meta({ description: 'id of an entry in `quotes`' }),
});

export const contextOverlay = z.strictObject({
  ...overlayBase,
  type: z.literal('context'),
  heading: text,
  text: z.array(markup).min(1),
  sources: sourceIds.min(1, 'expected at least one source id'),
});

export const overlay = z.discriminatedUnion('type', [quoteOverlay, contextOverlay]);

const snowStep = z.strictObject({
  density: z.number().min(0).max(1).meta({ description: 'share of maxFlakes falling, 0..1' }),
  wind: z.number().min(-1).max(1).meta({ description: 'horizontal drift, -1 (left) .. 1 (right)' }),
  cityLight: z.number().min(0).max(1).meta({ description: 'share of the skyline windows lit, 0..1' }),
});

const collapseStep = z.strictObject({
  layer: z.enum(COLLAPSE_LAYERS).meta({ description: 'the stage of the VFX pipeline this step shows' }),
  collapseFrom: z
    .number()
    .min(0)
    .max(1)
    .meta({ description: 'how far the building has fallen at the start of the step, 0..1' }),
  collapseTo: z.number().min(0).max(1).meta({ description: 'how far it has fallen at the end of the step, 0..1' }),
});

export const storySchema = z.strictObject({
  $schema: z.string().optional(),
  meta: z.strictObject({
    lang: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'expected a BCP 47 language tag such as "en" or "es-AR"'),
    kicker: text,
    headline: text,
    dek: text,
    byline: text,
    published: isoDate,
    canonicalUrl: z.url(),
    siteName: text,
    description: text.max(300),
    shareImage: z.strictObject({
      src: text,
      alt: text,
      width: z.int().positive(),
      height: z.int().positive(),
    }),
  }),
  ui: z.strictObject({
    skipToStory: text,
    publishedLabel: text,
    graphicLabel: text,
    sourcesHeading: text,
    creditsHeading: text,
    sourceNotedAs: text,
    undated: text,
    noscript: text,
    chaptersLabel: text,
  }),
  embed: z.strictObject({
    /** origins of the pages allowed to drive the embedded story; empty: whichever page is its parent */
    allowedOrigins: z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'expected an origin like https://news.example')),
  }),
  chapters: z
    .array(
      z.strictObject({
        scene: z.enum(SCENES),
        label: text,
        /** the step whose still stands for this chapter in print; chapters without one print no still */
        keyStep: id.optional(),
      }),
    )
    .min(1),
  sources: z
    .array(
      z.strictObject({
        id,
        publisher: text,
        title: text,
        date: isoDate.optional(),
        url: z.url().optional(),
        note: text.optional(),
      }),
    )
    .min(1),
  quotes: z.array(
    z.strictObject({
      id,
      text: text.meta({ description: 'verbatim from the source, without the surrounding quotation marks' }),
      speaker: text,
      role: text,
      occasion: text,
      date: isoDate,
      source: id.meta({ description: 'id of the entry in `sources` that reports the quote' }),
    }),
  ),
  steps: z
    .array(
      z.strictObject({
        id,
        scene: z.enum(SCENES),
        text: z.array(markup).min(1),
        graphic: text.meta({ description: 'what the graphic shows at this step, for screen readers' }),
        sources: sourceIds,
      }),
    )
    .min(1),
  overlays: z.array(overlay),
  chart: z.strictObject({
    title: text,
    description: text,
    axisLabel: text,
    reportedSpeedup: z.strictObject({
      value: z.number().positive().meta({ description: 'the one reported figure: how many times faster' }),
      sources: sourceIds.min(1),
    }),
    series: z
      .array(
        z.strictObject({
          id,
          label: text,
          relativeTime: z
            .number()
            .positive()
            .max(1)
            .meta({ description: 'time as a share of the longest workflow, 0..1' }),
          approximate: z.boolean().meta({ description: 'shown with ≈: the source says "about"' }),
          illustrative: z.boolean().meta({
            description: 'true when the source does not give this figure; the chart then labels it on screen',
          }),
          sources: sourceIds.min(1),
        }),
      )
      .length(2, 'expected two series: the traditional workflow, then the AI-assisted one'),
    phases: z
      .record(id, z.enum(CHART_PHASES))
      .meta({ description: 'what the chart shows at each chart step, by step id' }),
    repeatsLabel: text.includes('{n}', { message: 'expected the placeholder {n} for the number of sequences' }),
    annotation: z.strictObject({
      quote: id.meta({ description: 'id of the quote the annotation cites' }),
      phrase: text.meta({ description: 'the words of the quote shown on the chart, verbatim' }),
    }),
    note: text,
    illustrativeLabel: text,
    tableCaption: text,
    tableHeaders: z.strictObject({ workflow: text, time: text }),
  }),
  sceneSettings: z.strictObject({
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
      layerLabels: z.strictObject({ plate: text, wireframe: text, simulation: text, composite: text }),
      steps: z
        .record(id, collapseStep)
        .meta({ description: 'what the collapse scene shows at each of its steps, by step id' }),
    }),
  }),
  credits: z.array(z.strictObject({ role: text, names: z.array(text).min(1) })).min(1),
});

export type Story = z.infer<typeof storySchema>;
export type Step = Story['steps'][number];
export type SceneName = (typeof SCENES)[number];
export type Quote = Story['quotes'][number];
export type Overlay = Story['overlays'][number];
export type Source = Story['sources'][number];
export type SnowSettings = Story['sceneSettings']['snow'];
export type ChartData = Story['chart'];
export type CollapseSettings = Story['sceneSettings']['collapse'];
export type CollapseLayer = (typeof COLLAPSE_LAYERS)[number];
export type ChartPhase = (typeof CHART_PHASES)[number];
