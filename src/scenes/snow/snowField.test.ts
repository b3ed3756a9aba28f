import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { createSnowField, FLAKE_MARGIN, flakeCount, flakePositions, weatherAt } from './snowField';
import { createSkyline } from './skyline';

const story: Story = JSON.parse(readFileSync(new URL('../../../data/story.json', import.meta.url), 'utf8'));
const settings = story.sceneSettings.snow;

const positions = (seed: number, time: number, wind: number, w = 390, h = 844) => {
  const field = createSnowField(seed, 500, 3);
  const out = new Float32Array(1000);
  flakePositions(field, 500, time, wind, w, h, out);
  return out;
};

describe('the snow field', () => {
  it('is a pure function of seed, time, wind and stage size', () => {
    expect(positions(7, 12.25, 0.4)).toEqual(positions(7, 12.25, 0.4));
    expect(positions(7, 12.25, 0.4)).not.toEqual(positions(8, 12.25, 0.4));
    expect(positions(7, 12.25, 0.4)).not.toEqual(positions(7, 12.3, 0.4));
  });

  it('pins the first flakes, so a change to the physics is a visible decision', () => {
    const out = positions(2025, 3, 0.5, 1280, 800);
    expect(Array.from(out.slice(0, 6), (v) => Math.round(v * 10) / 10)).toMatchInlineSnapshot(`
      [
        952.2,
        53.8,
        -13.7,
        425,
        1011.8,
        388.2,
      ]
    `);
  });

  it('keeps every flake within the stage and its margin, whatever the time and wind', () => {
    for (const [time, wind] of [
      [0, 0],
      [1e4, 1],
      [333.3, -1],
    ] as const) {
      const out = positions(3, time, wind);
      for (let i = 0; i < out.length; i += 2) {
        expect(out[i]).toBeGreaterThanOrEqual(-FLAKE_MARGIN);
        expect(out[i]).toBeLessThan(390 + FLAKE_MARGIN + 1e-3);
        expect(out[i + 1]).toBeGreaterThanOrEqual(-FLAKE_MARGIN);
        expect(out[i + 1]).toBeLessThanOrEqual(844 + FLAKE_MARGIN);
      }
    }
  });

  it('moves flakes only a little when the wind changes a little (no jumps while scrolling)', () => {
    const a = positions(5, 500, 0.3);
    const b = positions(5, 500, 0.31);
    let largest = 0;
    for (let i = 0; i < a.length; i += 2) {
      const dx = Math.abs(a[i]! - b[i]!);
      if (dx < 200) largest = Math.max(largest, dx); // a flake wrapping at the edge is off screen
    }
    expect(largest).toBeLessThan(6);
  });

  it('follows the settings for the number of flakes, scaled to the stage', () => {
    expect(flakeCount(900, 1, 1280, 800)).toBe(900);
    expect(flakeCount(900, 0.5, 1280, 800)).toBe(450);
    expect(flakeCount(900, 1, 390, 844)).toBe(Math.round(900 * 0.35));
    expect(flakeCount(900, 0, 1280, 800)).toBe(0);
    expect(flakeCount(900, 1, 2560, 1440)).toBe(900);
  });
});

describe('the weather along the story', () => {
  const index = (id: string) => story.steps.findIndex((s) => s.id === id);

  it("is the step's own setting at the start of the step", () => {
    expect(weatherAt(story, settings, index('snow-thickens'), 0)).toEqual(settings.steps['snow-thickens']);
  });

  it("thickens through the snow steps and eases into the next step's settings", () => {
    const start = weatherAt(story, settings, index('snow-begins'), 0);
    const mid = weatherAt(story, settings, index('snow-begins'), 0.5);
    const end = weatherAt(story, settings, index('snow-begins'), 1);
    expect(mid.density).toBeGreaterThan(start.density);
    expect(end).toEqual(settings.steps['snow-thickens']);
    expect(mid.cityLight).toBeLessThan(start.cityLight);
  });
});

describe('the skyline', () => {
  it('is the same for the same seed and size, and spans the stage', () => {
    const a = createSkyline(1, 390, 844);
    expect(createSkyline(1, 390, 844)).toEqual(a);
    const last = a.buildings.at(-1)!;
    expect(last.x + last.width).toBeGreaterThanOrEqual(390);
    expect(a.buildings.every((b) => b.top < a.ground)).toBe(true);
  });
});
