/**
 * The constants that TypeScript, CSS and the tests share, in one place. CSS gets them from the
 * build (`src/build/cssTokens.ts`): the custom media queries (`@media (--phone)`) written out, and
 * the custom properties on `:root`.
 */
import { TRIGGER } from '../scroll/stepGeometry';
import { HANDOVER_START } from '../scenes/stageLayers';

/** From this width the graphic and the text sit side by side; below it the graphic is full-bleed behind the text. */
export const WIDE_MIN_PX = 900;
export const isWide = (width: number): boolean => width >= WIDE_MIN_PX;

/**
 * The text column and the floating overlays on wide screens, in rem (CSS reads them as custom
 * properties below): the column starts `COLUMN_INSET` from the middle of the screen (or a gutter
 * from its edge) and is `MEASURE` wide; overlays float as far from the right edge, `OVERLAY` wide
 * (at most `OVERLAY_MAX_VW` of the screen). The graphic puts its focal point in the band between.
 */
const REM_PX = 16;
const MEASURE_REM = 28;
/** a card's padding on either side, outside the measure (its border adds a pixel each side) */
const CARD_PADDING_REM = 1.5;
const COLUMN_INSET_REM = 38;
const OVERLAY_REM = 26;
const OVERLAY_MAX_VW = 34;
const GUTTER = { minRem: 1, vw: 4, maxRem: 3 };

const gutterPx = (width: number) =>
  Math.min(GUTTER.maxRem * REM_PX, Math.max(GUTTER.minRem * REM_PX, (width * GUTTER.vw) / 100));
const columnInsetPx = (width: number) => Math.max(gutterPx(width), width / 2 - COLUMN_INSET_REM * REM_PX);

/**
 * On a wide screen, the band between the text column's right edge and the overlays' left edge, in
 * CSS pixels (at the browser's default text size): where the graphic's focal point stays in view.
 */
export function graphicBand(width: number): { left: number; right: number } {
  const inset = columnInsetPx(width);
  return {
    left: inset + (MEASURE_REM + 2 * CARD_PADDING_REM) * REM_PX + 2,
    right: width - inset - Math.min(OVERLAY_REM * REM_PX, (width * OVERLAY_MAX_VW) / 100),
  };
}

/** The story's accent, for the snow and the interface, as red, green and blue. */
export const ACCENT_RGB = [166, 240, 198] as const;
export const ACCENT = `#${ACCENT_RGB.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
/** The accent at `alpha`, in CSS colour syntax. */
export const accentAt = (alpha: number): string => `rgb(${ACCENT_RGB.join(' ')} / ${alpha})`;

/** Custom media queries, as CSS writes them: `@media (--phone)`. */
export const CUSTOM_MEDIA: Record<string, string> = {
  '--wide': `(min-width: ${WIDE_MIN_PX}px)`,
  '--phone': `(max-width: ${WIDE_MIN_PX - 1}px)`,
  /** too short for a card and an overlay side by side: a laptop at 200 % zoom, a phone held sideways */
  '--short': '(max-height: 34rem)',
  /** a phone under 700 px tall, where the cards set their text a little smaller to leave the graphic room */
  '--compact-phone': `(max-width: ${WIDE_MIN_PX - 1}px) and (max-height: 43.75rem)`,
  /** a phone tall enough for card and overlay to take turns over the graphic (shorter, they read in place) */
  '--phone-turns': `(max-width: ${WIDE_MIN_PX - 1}px) and (min-height: 34.01rem)`,
};

/**
 * A phone's card fades over the exit of its step's view timeline. A step is a screen tall and
 * becomes active at the trigger line, so exit N % is the step's progress TRIGGER + N / 100.
 */
const exitAt = (progress: number) => `${Math.round((progress - TRIGGER) * 100)}%`;

/** Custom properties set on `:root` (and on the print stills, which keep the dark palette). */
export const CUSTOM_PROPERTIES: Record<string, string> = {
  '--accent': ACCENT,
  '--measure': `${MEASURE_REM}rem`,
  '--card-padding-inline': `${CARD_PADDING_REM}rem`,
  '--gutter': `clamp(${GUTTER.minRem}rem, ${GUTTER.vw}vw, ${GUTTER.maxRem}rem)`,
  '--column-inset': `max(var(--gutter), calc(50vw - ${COLUMN_INSET_REM}rem))`,
  '--overlay-width': `min(${OVERLAY_REM}rem, ${OVERLAY_MAX_VW}vw)`,
  /** a card has faded out by this much of its step's exit (progress 0.95) */
  '--card-gone-by': exitAt(0.95),
  /** or by the hand-over, where the graphic cross-fades to another stage */
  '--card-gone-by-handover': exitAt(HANDOVER_START),
  /** on phones a step that brings an overlay is two screens tall: a turn for the card, one for the overlay */
  '--phone-overlay-step': '200svh',
};
