/** Small numeric helpers shared by the scroll engine and the scenes. */
export const clamp = (value: number, min = 0, max = 1): number => Math.min(max, Math.max(min, value));

export const lerp = (from: number, to: number, t: number): number => from + (to - from) * t;

/** Rounds to three decimals, the precision of `data-progress` and of the URL contract. */
export const round3 = (value: number): number => Math.round(value * 1000) / 1000;

/** Eases 0..1 in and out: scroll-driven changes start and settle gently. */
export const smoothstep = (t: number): number => t * t * (3 - 2 * t);
