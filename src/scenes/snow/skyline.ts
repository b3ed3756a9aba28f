/**
 * A seeded Buenos Aires skyline: blocks of flats and towers with windows, laid out for a stage
 * size. Each window has a fixed threshold, so dimming the city turns lights off one by one
 * and brightening turns the same ones back on.
 */
import { seededRandom } from '../../lib/random';

export interface SkylineBlock {
  x: number;
  width: number;
  /** top edge, px from the top of the stage */
  top: number;
  /** windows as [x, y, threshold] triples, in px */
  windows: Float32Array;
}

export interface Skyline {
  buildings: SkylineBlock[];
  windowSize: number;
  /** the ground line, px from the top */
  ground: number;
}

export function createSkyline(seed: number, width: number, height: number): Skyline {
  const random = seededRandom(seed);
  const unit = Math.max(0.55, Math.min(1, width / 1280));
  const ground = height;
  const windowSize = Math.max(2, Math.round(4 * unit));
  const buildings: SkylineBlock[] = [];
  let x = -10 * unit;
  while (x < width) {
    const tower = random() < 0.18;
    const w = Math.round((tower ? 46 + 40 * random() : 60 + 90 * random()) * unit);
    const h = Math.round(height * (tower ? 0.34 + 0.2 * random() : 0.12 + 0.16 * random()));
    const top = ground - h;
    const windows: number[] = [];
    const pitchX = windowSize * 3;
    const pitchY = windowSize * 3.4;
    for (let wy = top + pitchY; wy < ground - pitchY; wy += pitchY)
      for (let wx = x + pitchX * 0.8; wx < x + w - pitchX * 0.6; wx += pitchX) windows.push(wx, wy, random());
    buildings.push({ x, width: w, top, windows: new Float32Array(windows) });
    x += w + Math.round((random() < 0.3 ? 6 + 20 * random() : 0) * unit);
  }
  return { buildings, windowSize, ground };
}
