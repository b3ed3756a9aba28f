/**
 * Bitmaps drawn once and scaled for every use: the composite's dust cloud (soft, lit warm from
 * the street below), the simulation's particle cloud, and the composite's vignette.
 */
import { scratchCanvas, type Context2D } from '../canvas/canvas2d';
import { seededRandom } from '../../lib/random';
import { SODIUM_RGB } from './passLooks';

export type Sprite = HTMLCanvasElement | OffscreenCanvas;

const CLOUD = 256;

const canvasOf = (width: number, height: number) => {
  const image = scratchCanvas(width, height);
  return { image, ctx: image.getContext('2d') as Context2D };
};

/** A billow of dust: a soft grey disc, warmer towards its foot where the street lights catch it. */
export function cloudSprite(): Sprite {
  const { image, ctx } = canvasOf(CLOUD, CLOUD);
  const r = CLOUD / 2;
  const body = ctx.createRadialGradient(r, r * 0.9, 0, r, r, r);
  body.addColorStop(0, 'rgb(150 146 138 / 0.7)');
  body.addColorStop(0.55, 'rgb(120 118 112 / 0.35)');
  body.addColorStop(1, 'rgb(120 118 112 / 0)');
  ctx.fillStyle = body;
  ctx.fillRect(0, 0, CLOUD, CLOUD);
  ctx.globalCompositeOperation = 'source-atop';
  const light = ctx.createLinearGradient(0, CLOUD, 0, 0);
  light.addColorStop(0, `rgb(${SODIUM_RGB} / 0.55)`);
  light.addColorStop(0.6, `rgb(${SODIUM_RGB} / 0)`);
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, CLOUD, CLOUD);
  return image;
}

/** A simulation's dust: a cloud of seeded particles, denser at its heart. */
export function particleSprite(seed: number): Sprite {
  const { image, ctx } = canvasOf(CLOUD, CLOUD);
  const random = seededRandom(seed + 1);
  const r = CLOUD / 2;
  ctx.fillStyle = 'rgb(214 222 226 / 0.75)';
  for (let i = 0; i < 360; i++) {
    // Uniform in radius (not in area): more particles near the middle.
    const d = random() * r * 0.95;
    const a = random() * Math.PI * 2;
    ctx.fillRect(r + Math.cos(a) * d - 2, r + Math.sin(a) * d - 2, 4, 4);
  }
  return image;
}

/** The composite's grade: the frame's edges darkened. */
export function vignette(width: number, height: number, pixelRatio: number): Sprite {
  const [w, h] = [Math.round(width * pixelRatio), Math.round(height * pixelRatio)];
  const { image, ctx } = canvasOf(w, h);
  const fall = ctx.createRadialGradient(
    w * 0.6,
    h * 0.55,
    Math.min(w, h) * 0.3,
    w * 0.6,
    h * 0.55,
    Math.max(w, h) * 0.8,
  );
  fall.addColorStop(0, 'rgb(3 5 7 / 0)');
  fall.addColorStop(1, 'rgb(3 5 7 / 0.6)');
  ctx.fillStyle = fall;
  ctx.fillRect(0, 0, w, h);
  return image;
}
