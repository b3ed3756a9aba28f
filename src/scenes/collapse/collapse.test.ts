import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { createBuilding, DUST_POSE, FRAGMENT_POSE, type BuildingPose } from './building';
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

  it('breaks every floor into fragments whose fall ends with the collapse', () => {
    const b = createBuilding(settings.seed, settings.floors);
    expect(new Set(b.fragments.map((f) => f.floor)).size).toBe(settings.floors);
    expect(Math.max(...b.fragments.map((f) => f.start + f.duration))).toBeCloseTo(1);
    for (const f of b.fragments) expect(f.cy + f.dy).toBeGreaterThanOrEqual(-0.01); // nothing falls through the street
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
    building.fragments.forEach((_, i) => expect(fragment(pose, i)).toEqual([0, 0, 0]));
    building.dust.forEach((_, i) => expect(puff(pose, i)[1]).toBe(0));
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
      expect(puff(collapsed, i)).toEqual([expect.closeTo(d.rise), expect.closeTo(0.55), 1]),
    );
    const middle = timeline.pose(0.5);
    timeline.pose(0);
    expect(timeline.pose(0.5)).toEqual(middle);
    expect(middle).not.toEqual(collapsed);
  });
});

describe('collapseState', () => {
  it('follows the steps: intact plate, wireframe, falling simulation, collapsed composite', () => {
    const at = (id: string, p: number) => collapseState(input(id, p));
    expect(at('the-shot', 0.5)).toMatchObject({ pass: 'plate', collapse: 0 });
    expect(at('the-model', 1)).toMatchObject({ pass: 'wireframe' });
    expect(at('the-debris', 0.5).collapse).toBeGreaterThan(0.4);
    expect(at('the-composite', 0)).toEqual({ pass: 'composite', collapse: 1 });
  });

  it('gives one still per step with reduced motion (calmed by Graphic): before, during, after', () => {
    const still = (id: string, p: number) => collapseState(input(id, calmProgress(p, true)));
    expect(still('the-shot', 0.9)).toEqual(still('the-shot', 0.1));
    expect(still('the-shot', 0.5).collapse).toBe(0);
    expect(still('the-debris', 0).collapse).toBeGreaterThan(0.3);
    expect(still('the-debris', 0).collapse).toBeLessThan(0.7);
    expect(still('the-composite', 0)).toEqual({ pass: 'composite', collapse: 1 });
  });
});
