/**
 * The collapse's street in one look, everything that does not fall: the sky, the distant city,
 * the neighbouring blocks (one of them showing a blind party wall, a medianera, with a faded
 * sign), the pavement and the road, plane trees, parked cars and sodium street lights, with snow
 * on their horizontal edges. Drawn once per look and stage size and kept (see collapsePainter).
 */
import type { CanvasSize, Context2D } from '../canvas/canvas2d';
import { createSkyline } from '../snow/skyline';
import { FLOOR_HEIGHT } from './building';
import { sodiumGlow } from './facade';
import type { StreetLook } from './passLooks';

/** Where the building stands, in CSS pixels: `unit` px per building unit, `left` its left edge, `ground` its foot. */
export interface Placement {
  wide: boolean;
  unit: number;
  left: number;
  ground: number;
}

/** Street lights, trees and cars, by their x in building units. */
const LAMPS = [-0.32, 1.34];
const TREES = [-0.62, 1.62];
const CARS = [-0.52, 1.08];
const LAMP_HEIGHT = 0.62;

/** Sets the transform to building units (y up) at the placement; returns one CSS pixel in units. */
export function toBuildingUnits(ctx: Context2D, { unit, left, ground }: Placement, pixelRatio: number): number {
  ctx.setTransform(pixelRatio * unit, 0, 0, -pixelRatio * unit, pixelRatio * left, pixelRatio * ground);
  return 1 / unit;
}

export function drawStreet(
  ctx: Context2D,
  look: StreetLook,
  place: Placement,
  size: CanvasSize,
  city: { seed: number; light: number },
): void {
  const { width, height, pixelRatio } = size;
  const { ground } = place;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const sky = ctx.createLinearGradient(0, 0, 0, ground);
  sky.addColorStop(0, look.sky[0]);
  sky.addColorStop(1, look.sky[1]);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, ground);

  // The distant city, low behind the street.
  const cityHeight = Math.round(height * (place.wide ? 0.34 : 0.22));
  const skyline = createSkyline(city.seed, width, cityHeight);
  ctx.translate(0, ground - cityHeight);
  ctx.fillStyle = look.city;
  for (const b of skyline.buildings) ctx.fillRect(b.x, b.top, b.width, skyline.ground - b.top);
  if (look.cityWindows) {
    ctx.fillStyle = look.cityWindows;
    const s = skyline.windowSize;
    // As the city scene lights them: each window has its threshold, so the same ones are on.
    for (const b of skyline.buildings)
      for (let i = 0; i < b.windows.length; i += 3)
        if (b.windows[i + 2]! < city.light * 0.55) ctx.fillRect(b.windows[i]!, b.windows[i + 1]!, s, s);
  }

  const px = toBuildingUnits(ctx, place, pixelRatio);
  const storey = FLOOR_HEIGHT;
  // Neighbours wall to wall: a lower block on the left, above it the blind party wall of a taller
  // one further along, with a faded painted sign; a mid-height block on the right.
  ctx.fillStyle = look.neighbour;
  ctx.fillRect(-1.6, 0, 0.75, storey * 12.5);
  ctx.fillRect(-0.85, 0, 0.85, storey * 6);
  ctx.fillRect(1, 0, 0.9, storey * 7.4);
  ctx.fillStyle = look.neighbourWindow;
  for (let f = 1; f < 6; f++)
    for (let x = -0.78; x < -0.05; x += 0.2) ctx.fillRect(x, f * storey + 0.03, 0.11, storey * 0.5);
  for (let f = 1; f < 7; f++)
    for (let x = 1.06; x < 1.85; x += 0.22) ctx.fillRect(x, f * storey + 0.03, 0.12, storey * 0.52);
  ctx.globalAlpha = 0.16;
  ctx.fillStyle = look.lamp;
  ctx.fillRect(-1.5, storey * 8.2, 0.55, storey * 2.6);
  ctx.globalAlpha = 1;
  ctx.fillStyle = look.neighbourWindow;
  ctx.fillRect(-1.46, storey * 8.6, 0.47, storey * 0.5);
  ctx.fillRect(-1.46, storey * 9.6, 0.3, storey * 0.35);
  if (look.snow) {
    ctx.fillStyle = look.snow;
    ctx.fillRect(-0.85, storey * 6, 0.85, px * 1.5);
    ctx.fillRect(1, storey * 7.4, 0.9, px * 1.5);
    ctx.fillRect(-1.6, storey * 12.5, 0.75, px * 1.5);
  }

  // Pavement and kerb, then the road down to the bottom of the stage.
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  const kerb = Math.round(place.unit * 0.07);
  ctx.fillStyle = look.pavement;
  ctx.fillRect(0, ground, width, kerb);
  ctx.fillStyle = look.road;
  ctx.fillRect(0, ground + kerb, width, height - ground - kerb);
  if (look.snow) {
    ctx.fillStyle = look.snow;
    ctx.fillRect(0, ground, width, 1.5);
    ctx.fillRect(0, ground + kerb, width, 1);
  }
  if (look.grid) {
    ctx.fillStyle = look.grid;
    for (let x = place.left % (place.unit / 4); x < width; x += place.unit / 4) ctx.fillRect(x, 0, 1, height);
    for (let y = ground % (place.unit / 4); y < height; y += place.unit / 4) ctx.fillRect(0, y, width, 1);
  }

  toBuildingUnits(ctx, place, pixelRatio);
  // Plane trees, their branches carrying snow.
  for (const x of TREES) {
    ctx.fillStyle = look.tree;
    ctx.fillRect(x - 0.015, 0, 0.03, 0.3);
    for (const [dx, dy, r] of [
      [0, 0.42, 0.16],
      [-0.13, 0.34, 0.12],
      [0.13, 0.35, 0.13],
    ] as const) {
      ctx.beginPath();
      ctx.arc(x + dx, dy, r, 0, Math.PI * 2);
      ctx.fill();
    }
    if (look.snow) {
      ctx.strokeStyle = look.snow;
      ctx.lineWidth = px * 1.5;
      ctx.beginPath();
      ctx.arc(x, 0.42, 0.16, Math.PI * 0.3, Math.PI * 0.7);
      ctx.stroke();
    }
  }
  // Parked cars at the kerb, snow on their roofs.
  for (const x of CARS) {
    ctx.fillStyle = look.car;
    ctx.fillRect(x, -0.02, 0.42, 0.09);
    ctx.fillRect(x + 0.08, 0.07, 0.24, 0.06);
    if (look.snow) {
      ctx.fillStyle = look.snow;
      ctx.fillRect(x + 0.08, 0.13, 0.24, px * 2);
      ctx.fillRect(x, 0.07, 0.08, px * 1.5);
    }
  }
  // Sodium street lights: pole, arm, lamp and its glow.
  for (const x of LAMPS) {
    const reach = x < 0.5 ? 0.09 : -0.09;
    ctx.fillStyle = look.car;
    ctx.fillRect(x - 0.006, 0, 0.012, LAMP_HEIGHT);
    ctx.fillRect(Math.min(x, x + reach), LAMP_HEIGHT - 0.01, Math.abs(reach), 0.012);
    ctx.fillStyle = look.lamp;
    ctx.fillRect(x + reach - 0.025, LAMP_HEIGHT - 0.03, 0.05, 0.02);
    if (look.glow > 0) sodiumGlow(ctx, x + reach, LAMP_HEIGHT - 0.03, 0.45, look.glow);
  }
}

/** Where the street lights' lamps hang, in building units: the composite lights its dust from them. */
export const LAMP_LIGHTS = LAMPS.map((x) => [x + (x < 0.5 ? 0.09 : -0.09), LAMP_HEIGHT - 0.03] as const);
