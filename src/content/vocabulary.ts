/**
 * The story file's fixed words, shared by the schema (build time) and the scenes (in the
 * reader's browser). Kept apart from the schema so the validator never ships to readers.
 */
export const SCENES = ['title', 'snow', 'news', 'collapse', 'chart', 'strikes', 'outlook'] as const;
/** What the chart shows at a step, in the order it unfolds. */
export const CHART_PHASES = ['traditional', 'ai-assisted', 'repeats', 'annotation'] as const;
/** The stages of the VFX pipeline the collapse scene walks through. */
export const COLLAPSE_PASSES = ['plate', 'model', 'simulation', 'composite'] as const;
