/**
 * The snowfall as a pure function: every flake's position follows from (seed, time, settings,
 * viewport) alone, with no DOM and no state carried between frames. The hot path writes into
 * caller-owned typed arrays and allocates nothing.
 */
import { seededRandom } from '../../lib/random';
import { clamp, lerp, smoothstep } from '../../lib/math';
import type { SnowSettings, Story } from '../../content/schema';

export interface SnowField {
  readonly count: number;
  readonly layers: number;
  /** start position across and down the field, 0..1 */
  readonly x0: Float32Array;
  readonly y0: Float32Array;
  /** 0 = farthest layer */
  readonly layer: Uint8Array;
  /** fall speed in field heights per second */
  readonly speed: Float32Array;
  /** sideways sway, in px, and its phase */
  readonly sway: Float32Array;
  readonly phase: Float32Array;
}

/** The weather at one point of the story. */
export interface SnowWeather {
  /** 0..1 share of the flakes falling */
  density: number;
  /** -1..1 sideways drift */
  wind: number;
  /** 0..1 share of the city's windows lit */
  cityLight: number;
}

/** Reference stage area for `maxFlakes`; smaller screens get proportionally fewer flakes. */
const REFERENCE_AREA = 1280 * 800;
/** Fewest flakes on the smallest screens, so a phone still sees a snowfall. */
const MIN_AREA_SHARE = 0.35;
/** How far a flake may be drawn outside the stage before it wraps: its sprite never pops in. */
export const FLAKE_MARGIN = 24;
/** How far the wind pushes a flake sideways over one fall, as a share of the stage height. */
const WIND_SLANT = 0.55;

export const depthOf = (layer: number, layers: number): number => (layer + 1) / layers;

export function createSnowField(seed: number, count: number, layers: number): SnowField {
  const random = seededRandom(seed);
  const field = {
    count,
    layers,
    x0: new Float32Array(count),
    y0: new Float32Array(count),
    layer: new Uint8Array(count),
    speed: new Float32Array(count),
    sway: new Float32Array(count),
    phase: new Float32Array(count),
  };
  for (let i = 0; i < count; i++) {
    // Far layers hold more flakes than near ones, as in a real snowfall seen in depth.
    const layer = Math.min(layers - 1, Math.floor(random() ** 1.6 * layers));
    const depth = depthOf(layer, layers);
    field.x0[i] = random();
    field.y0[i] = random();
    field.layer[i] = layer;
    field.speed[i] = (0.035 + 0.13 * depth) * (0.8 + 0.4 * random());
    field.sway[i] = (2 + 10 * depth) * random();
    field.phase[i] = random() * Math.PI * 2;
  }
  return field;
}

/** How many flakes fall at a density on a stage of this size. */
export function flakeCount(maxFlakes: number, density: number, width: number, height: number): number {
  const areaShare = clamp((width * height) / REFERENCE_AREA, MIN_AREA_SHARE, 1);
  return Math.round(maxFlakes * areaShare * clamp(density));
}

const wrap = (value: number, size: number) => ((value % size) + size) % size;

/**
 * Writes x, y (px, top-left origin) of the first `active` flakes into `out` (length ≥ 2 × active).
 * Wind shears the field in proportion to each flake's fall, so a change of wind never makes flakes jump.
 */
export function flakePositions(
  field: SnowField,
  active: number,
  time: number,
  wind: number,
  width: number,
  height: number,
  out: Float32Array,
): void {
  const spanX = width + 2 * FLAKE_MARGIN;
  const spanY = height + 2 * FLAKE_MARGIN;
  const n = Math.min(active, field.count);
  for (let i = 0; i < n; i++) {
    const fall = wrap(field.y0[i]! + time * field.speed[i]!, 1);
    const depth = depthOf(field.layer[i]!, field.layers);
    const drift = wind * WIND_SLANT * depth * fall * height + field.sway[i]! * Math.sin(field.phase[i]! + time * 0.9);
    out[2 * i] = wrap(field.x0[i]! * spanX + drift, spanX) - FLAKE_MARGIN;
    out[2 * i + 1] = fall * spanY - FLAKE_MARGIN;
  }
}

const CALM: SnowWeather = { density: 0, wind: 0, cityLight: 1 };

/**
 * The weather at a step and the progress within it: the step's own settings, easing into the
 * next step's over the step, so scrolling back reverses exactly. Steps without settings are calm.
 */
export function weatherAt(story: Story, settings: SnowSettings, stepIndex: number, progress: number): SnowWeather {
  const at = (i: number) => settings.steps[story.steps[i]?.id ?? ''] ?? (i < story.steps.length ? CALM : undefined);
  const from = at(stepIndex) ?? CALM;
  const to = at(stepIndex + 1) ?? from;
  const t = smoothstep(clamp(progress));
  return {
    density: lerp(from.density, to.density, t),
    wind: lerp(from.wind, to.wind, t),
    cityLight: lerp(from.cityLight, to.cityLight, t),
  };
}
