/**
 * The story file's schema: the single source of the story's types, of the build-time validator
 * and of `data/story.schema.json`. Runs at build time and in tests only; readers never download it.
 */
import { z } from 'zod';
import { CHART_PHASES, COLLAPSE_PASSES, SCENES } from './vocabulary.ts';
import { id, isoDate, markup, sourceIds, text } from './schemaPrimitives.ts';
import { sceneSettings } from './sceneSettingsSchema.ts';

const position = z
  .strictObject({
    desktop: z.enum(['top-right', 'bottom-right']),
  })
  .meta({
    description:
      'where the overlay floats on wide screens, clear of the text column (on phones it takes the card’s place in turn)',
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
    editionLink: text.meta({
      description: 'the link to this edition from the other editions, in this edition’s language (“Leer en español”)',
    }),
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
    quoteMarks: z.tuple([text, text]).meta({ description: 'the opening and closing quotation marks of the language' }),
    /** marks a quote shown in translation; needed where a quote has a `translation` */
    translationLabel: text.optional(),
    /** the summary that opens a translated quote's original words */
    originalLabel: text.optional(),
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
      lang: z
        .string()
        .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'expected a BCP 47 language tag such as "en"')
        .optional()
        .meta({ description: 'the language the words were said in, where it is not the edition’s' }),
      translation: text.optional().meta({
        description: 'the words in the edition’s language, shown marked as a translation, above the original',
      }),
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
      phrase: text.meta({
        description: 'the words of the quote shown on the chart, verbatim (from its translation, where it has one)',
      }),
    }),
    note: text,
    illustrativeLabel: text,
    tableCaption: text,
    tableHeaders: z.strictObject({ workflow: text, time: text }),
  }),
  sceneSettings,
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
export type CollapsePass = (typeof COLLAPSE_PASSES)[number];
export type ChartPhase = (typeof CHART_PHASES)[number];
