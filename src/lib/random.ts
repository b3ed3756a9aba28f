/** Seeded randomness: the only kind the scenes use, so every picture is reproducible. */
import { randomLcg } from 'd3-random';

/** A generator of numbers in [0, 1) that gives the same sequence for the same seed. */
export const seededRandom = (seed: number): (() => number) => randomLcg(((seed % 2147483647) + 0.5) / 2147483647);
