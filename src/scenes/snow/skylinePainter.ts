/** Paints the city: street, skyline and the windows still lit. */
import type { Paint } from '../canvas/canvas2d';
import { createSkyline, type Skyline } from './skyline';
import { isWide } from '../../styles/tokens';

export interface SkylineInit {
  seed: number;
}

export interface SkylineFrame {
  /** 0..1 share of the windows lit */
  cityLight: number;
}

/**
 * Wide screens: the skyline stands on the bottom edge. Phones: it stands higher, above the text
 * cards that rest at the bottom of the screen, with the dark street below it.
 */
export function skylinePlacement(width: number, height: number) {
  const wide = isWide(width);
  return { ground: Math.round(height * (wide ? 1 : 0.6)), skylineHeight: Math.round(height * (wide ? 0.62 : 0.34)) };
}

export function createSkylinePainter({ seed }: SkylineInit): Paint<SkylineFrame> {
  let skyline: Skyline | undefined;
  let laidOutFor = '';
  return (ctx, { cityLight }, { width, height, pixelRatio }) => {
    const { ground, skylineHeight } = skylinePlacement(width, height);
    if (laidOutFor !== `${width}×${skylineHeight}`) {
      skyline = createSkyline(seed, width, skylineHeight);
      laidOutFor = `${width}×${skylineHeight}`;
    }
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.fillStyle = '#030507';
    ctx.fillRect(0, ground, width, height - ground);
    ctx.translate(0, ground - skylineHeight);
    for (const b of skyline!.buildings) ctx.fillRect(b.x, b.top, b.width, skyline!.ground - b.top);
    const s = skyline!.windowSize;
    ctx.fillStyle = 'rgb(255 214 150 / 0.8)';
    for (const b of skyline!.buildings)
      for (let i = 0; i < b.windows.length; i += 3)
        if (b.windows[i + 2]! < cityLight * 0.55) ctx.fillRect(b.windows[i]!, b.windows[i + 1]!, s, s);
  };
}
