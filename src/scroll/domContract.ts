/** The DOM attributes other code relies on: tests, the visual-state manifest, editors' tools. */
export const STORY_ELEMENT_ID = 'story';
export const ATTR_ACTIVE_STEP = 'data-active-step';
export const ATTR_PROGRESS = 'data-progress';
export const ATTR_STEP_ID = 'data-step-id';
export const ATTR_SCENE = 'data-scene';
/** Set on `#story` once fonts are in, the page sits where the URL asked and the canvases show that state: safe to screenshot. */
export const ATTR_READY = 'data-ready';
/** Set on `<html>` when every animation clock is frozen by the URL. */
export const ATTR_FROZEN = 'data-frozen';
/** Set on `<html>` when the reader (or `&motion=reduce`) asks for reduced motion. */
export const ATTR_REDUCED_MOTION = 'data-reduced-motion';
/** Set on `#story` while the animation clock runs (a moving scene on screen, tab visible). */
export const ATTR_ANIMATING = 'data-animating';
export const ATTR_OVERLAY_ID = 'data-overlay-id';
/** Set on an overlay while it floats over the graphic (not in the unrolled layout). */
export const ATTR_FLOATING = 'data-floating';
/** Set on an overlay while the scroll shows it. */
export const ATTR_SHOWN = 'data-shown';
/** Set on `#story` to `unrolled` inside an auto-height (pym.js) iframe: each step's text followed by a still. */
export const ATTR_LAYOUT = 'data-layout';
/** Set on a step whose graphic hands over to another stage over its end (its card leaves earlier on phones). */
export const ATTR_HANDS_OVER = 'data-hands-over';
/** Set on each cross-fade layer of the stage: the stage it draws. */
export const ATTR_STAGE = 'data-stage';
/** Set on the collapse's canvas: the VFX pass it shows. */
export const ATTR_PASS = 'data-pass';
/** Set on a quote overlay: the quote's id in the story file. */
export const ATTR_QUOTE_ID = 'data-quote-id';
/** on the blockquote of a quote's original words, where the edition shows it in translation */
export const ATTR_QUOTE_ORIGINAL = 'data-quote-original';
/** Set on a snow canvas: how many flakes fall. */
export const ATTR_FLAKES = 'data-flakes';
/** Set on `<html>`: how the story is embedded (`standalone`, `sticky` in our loader, `pym`). */
export const ATTR_EMBED_LAYOUT = 'data-embed-layout';
/** Set on a live stage canvas while the paint worker has not yet drawn its newest frame (with the clock running it may stay set); a frozen page paints on the main thread. */
export const ATTR_PAINTING = 'data-painting';
/** Set on `<html>` by the head script in embed mode (`?embed=1`, or inside any iframe). */
export const ATTR_EMBED = 'data-embed';
/** Set on `<html>` in embed mode: what the host asks to drop (`header`). */
export const ATTR_HIDE = 'data-hide';
/** Set on `<html>` in embed mode: `transparent` for a transparent page background. */
export const ATTR_BG = 'data-bg';
