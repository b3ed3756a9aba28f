import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { createBuilding, DUST_POSE, fragmentSpeed, FRAGMENT_POSE, type BuildingPose } from './building';
import { calmProgress, type SceneInput } from '../sceneInput';
import { collapseState } from './collapseState';
import { createCollapseTimeline } from './collapseTimeline';

const story: Story = JSON.parse(readFileSync(new URL('../../../data/story.json', import.meta.url), 'utf8'));
const settings = story.sceneSettings.collapse;
const ids = story.steps.map((s) => s.id);
const input = (id: string, progress: number): SceneInput => ({
  story,
  stepIndex: ids.indexOf(id),
  progress,
  time: 0,
  reducedMotion: false,
  width: 390,
  height: 844,
});

describe('the building', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(createBuilding(7, 9)).toEqual(createBuilding(7, 9));
    expect(createBuilding(7, 9)).not.toEqual(createBuilding(8, 9));
  });

  it('breaks every floor and the tank house into fragments whose fall ends with the collapse', () => {
    const b = createBuilding(settings.seed, settings.floors);
    expect(new Set(b.fragments.map((f) => f.floor)).size).toBe(settings.floors + 1);
    expect(Math.max(...b.fragments.map((f) => f.start + f.duration))).toBeCloseTo(1);
    for (const f of b.fragments) expect(f.cy + f.dy).toBeGreaterThanOrEqual(-0.01); // nothing falls through the street
  });

  it('pancakes in the middle and peels its facade at the sides', () => {
    const b = createBuilding(settings.seed, settings.floors);
    const slabs = b.fragments.filter((f) => f.kind === 'slab');
    const panels = b.fragments.filter((f) => f.kind === 'panel' && f.floor >= 0);
    expect(Math.max(...slabs.map((f) => Math.abs(f.rotation)))).toBeLessThanOrEqual(12);
    expect(Math.min(...panels.map((f) => Math.abs(f.rotation)))).toBeGreaterThanOrEqual(50);
    // Panels fall away from the middle of the block.
    for (const f of panels) expect(Math.sign(f.dx)).toBe(Math.sign(f.cx - 0.5));
    // The upper floors land last, on top of the heap.
    const restOf = (floor: number) => Math.max(...slabs.filter((f) => f.floor === floor).map((f) => f.cy + f.dy));
    expect(restOf(settings.floors - 1)).toBeGreaterThan(restOf(0));
  });

  it('cuts each floor into pieces that tile the facade: neighbours share their edges', () => {
    const b = createBuilding(settings.seed, settings.floors);
    for (let floor = 0; floor < settings.floors; floor++) {
      const pieces = b.fragments.filter((f) => f.floor === floor);
      for (let i = 0; i + 1 < pieces.length; i++) {
        const [left, right] = [pieces[i]!.points, pieces[i + 1]!.points];
        // The left piece's right side (bottom, kink, top) is the right piece's left side.
        expect([left[1], left[2], left[3]]).toEqual([right[0], right[5], right[4]]);
      }
    }
  });

  it('has lamps on in a few windows only: the power is out', () => {
    const { openings } = createBuilding(settings.seed, settings.floors);
    const lit = openings.filter((o) => o.lit).length;
    expect(lit).toBeGreaterThan(0);
    expect(lit / openings.length).toBeLessThan(0.35);
  });
});

describe('the collapse timeline', () => {
  const building = createBuilding(settings.seed, settings.floors);
  const timeline = createCollapseTimeline(building);
  const fragment = (pose: BuildingPose, i: number) => [
    ...pose.fragments.subarray(i * FRAGMENT_POSE, (i + 1) * FRAGMENT_POSE),
  ];
  const puff = (pose: BuildingPose, i: number) => [...pose.dust.subarray(i * DUST_POSE, (i + 1) * DUST_POSE)];

  it('is the intact building at progress 0', () => {
    const pose = timeline.pose(0);
    building.fragments.forEach((_, i) => expect(fragment(pose, i)).toEqual([0, 0, 0, 0, 0, 0]));
    building.dust.forEach((_, i) => expect(puff(pose, i)[2]).toBe(0));
  });

  it('carries where each piece was a moment before, so the painter can draw speed and trails', () => {
    const pose = timeline.pose(0.5);
    const speeds = building.fragments.map((_, i) => fragmentSpeed(pose.fragments, i));
    expect(Math.max(...speeds)).toBeGreaterThan(1);
    expect(speeds.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
    // The trail of a pose is the pose a moment earlier.
    const earlier = timeline.pose(0.47);
    expect(fragment(pose, 0).slice(3)).toEqual(fragment(earlier, 0).slice(0, 3));
  });

  it('is the collapsed building at progress 1, and back again when scrolled up', () => {
    const collapsed = timeline.pose(1);
    building.fragments.forEach((f, i) => {
      const [x, y, rotation] = fragment(collapsed, i);
      expect(x).toBeCloseTo(f.dx);
      expect(y).toBeCloseTo(f.dy);
      expect(rotation).toBeCloseTo(f.rotation, 3);
    });
    building.dust.forEach((d, i) =>
      expect(puff(collapsed, i)).toEqual([expect.closeTo(d.rise), expect.closeTo(d.drift), expect.closeTo(0.8), 1]),
    );
    const middle = timeline.pose(0.5);
    timeline.pose(0);
    expect(timeline.pose(0.5)).toEqual(middle);
    expect(middle).not.toEqual(collapsed);
  });
});

describe('collapseState', () => {
  it('follows the steps: intact plate, intact model, falling simulation, one frame of the fall composited', () => {
    const at = (id: string, p: number) => collapseState(input(id, p));
    expect(at('the-shot', 0.5)).toMatchObject({ pass: 'plate', collapse: 0 });
    expect(at('the-model', 1)).toMatchObject({ pass: 'model', collapse: 0 });
    expect(at('the-debris', 0.5).collapse).toBeGreaterThan(0.3);
    // The composite is the frame the simulation ended on, held: the reel's frame, finished.
    expect(at('the-composite', 0)).toEqual({ pass: 'composite', collapse: at('the-debris', 1).collapse });
    expect(at('the-composite', 1)).toEqual(at('the-composite', 0));
  });

  it('gives one still per step with reduced motion (calmed by Graphic): before, during, after', () => {
    const still = (id: string, p: number) => collapseState(input(id, calmProgress(p, true)));
    expect(still('the-shot', 0.9)).toEqual(still('the-shot', 0.1));
    expect(still('the-shot', 0.5).collapse).toBe(0);
    expect(still('the-debris', 0).collapse).toBeGreaterThan(0.3);
    expect(still('the-debris', 0).collapse).toBeLessThan(0.7);
    expect(still('the-composite', 0)).toEqual(still('the-composite', 1));
    expect(still('the-composite', 0).collapse).toBeGreaterThan(0.5);
  });
});
