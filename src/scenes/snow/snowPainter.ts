/** Paints the snow field: every flake's sprite at its position for the frame's time and weather. */
import type { Paint } from '../canvas/canvas2d';
import { createSnowField, flakePositions } from './snowField';
import { createFlakeSprites, type FlakeSprite } from './snowSprites';

export interface SnowInit {
  seed: number;
  maxFlakes: number;
  layers: number;
  tint: string;
}

export interface SnowFrame {
  /** flakes falling */
  active: number;
  /** seconds on the animation clock */
  time: number;
  /** -1..1 sideways drift */
  wind: number;
}

export function createSnowPainter({ seed, maxFlakes, layers, tint }: SnowInit): Paint<SnowFrame> {
  const field = createSnowField(seed, maxFlakes, layers);
  // One buffer for the painter's lifetime: the frame loop writes into it and allocates nothing.
  const positions = new Float32Array(field.count * 2);
  let sprites: FlakeSprite[] | undefined;
  let spriteRatio = 0;
  return (ctx, { active, time, wind }, { width, height, pixelRatio }) => {
    if (spriteRatio !== pixelRatio) {
      sprites = createFlakeSprites(tint, layers, pixelRatio);
      spriteRatio = pixelRatio;
    }
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    flakePositions(field, active, time, wind, width, height, positions);
    for (let i = 0; i < active; i++) {
      const sprite = sprites![field.layer[i]!]!;
      const half = sprite.size / 2;
      ctx.drawImage(sprite.image, positions[2 * i]! - half, positions[2 * i + 1]! - half, sprite.size, sprite.size);
    }
  };
}
