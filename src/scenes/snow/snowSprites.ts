/**
 * Pre-rendered flake sprites, one per depth layer, so the frame loop only copies bitmaps.
 * Near flakes are large, soft and bright; far ones small, sharp and dim. Page or worker.
 */
import { depthOf } from './snowField';
import { scratchCanvas, type Context2D } from '../canvas/canvas2d';

export interface FlakeSprite {
  image: HTMLCanvasElement | OffscreenCanvas;
  /** drawn size in CSS px */
  size: number;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(' ');

export function createFlakeSprites(tint: string, layers: number, pixelRatio: number): FlakeSprite[] {
  const colour = rgb(tint);
  return Array.from({ length: layers }, (_, layer) => {
    const depth = depthOf(layer, layers);
    const core = 0.6 + 1.9 * depth;
    const glow = core * (2.2 + 1.6 * depth);
    const size = Math.ceil(glow * 2);
    const side = Math.ceil(size * pixelRatio);
    const image = scratchCanvas(side, side);
    const ctx = image.getContext('2d') as Context2D;
    const r = image.width / 2;
    const alpha = 0.3 + 0.7 * depth;
    const gradient = ctx.createRadialGradient(r, r, 0, r, r, r);
    gradient.addColorStop(0, `rgb(${colour} / ${alpha})`);
    gradient.addColorStop(core / glow, `rgb(${colour} / ${alpha * 0.85})`);
    gradient.addColorStop(Math.min(1, (core / glow) * 1.6), `rgb(${colour} / ${alpha * 0.22})`);
    gradient.addColorStop(1, `rgb(${colour} / 0)`);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, image.width, image.height);
    return { image, size };
  });
}
