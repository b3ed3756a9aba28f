/** The story schema's building blocks: ids, text, dates, source lists and the inline markup. */
import { z } from 'zod';

export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a URL-safe id (lower-case letters, digits and single hyphens)');
export const text = z.string().trim().min(1, 'expected non-empty text');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'expected a date as YYYY-MM-DD (or YYYY-MM when the day is not known)');
export const sourceIds = z.array(id).meta({ description: 'ids of the entries in `sources` this rests on' });

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
