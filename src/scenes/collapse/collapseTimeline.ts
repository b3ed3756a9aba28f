/**
 * The collapse as one paused gsap timeline of length 1, built once per building and only ever
 * seeked (gsap's `timeline.progress(p)`): fragments fall and turn, dust billows. It tweens plain
 * numbers in building units and hands them over as a `BuildingPose`, which the building painter
 * draws at any stage size, so the test checks the very timeline the page uses.
 */
// The core alone: the targets are plain objects, so the CSS plugin (a third of gsap's bytes) is never needed.
import { gsap } from 'gsap/gsap-core';
import { DUST_POSE, FRAGMENT_POSE, TRAIL, type Building, type BuildingPose } from './building';

/** The collapse, only ever seeked to a progress (0 intact .. 1 collapsed). */
export interface CollapseTimeline {
  pose(progress: number): BuildingPose;
}

// Nothing here ever plays in time, yet gsap wakes its ticker when it loads and at a seek, and a
// waking ticker takes an animation frame for its next few seconds with nothing to run. So it is
// sent back to sleep once the seeks stop (not at every seek: each wake costs a tick of its own).
gsap.ticker.sleep();
let sleepTimer: ReturnType<typeof setTimeout> | undefined;
const sleepWhenSeeksStop = () => {
  clearTimeout(sleepTimer);
  sleepTimer = setTimeout(() => gsap.ticker.sleep(), 200);
};

export function createCollapseTimeline(building: Building): CollapseTimeline {
  const fragments = building.fragments.map(() => ({ x: 0, y: 0, rotation: 0 }));
  const dust = building.dust.map(() => ({ rise: 0, drift: 0, opacity: 0, scale: 0.3 }));
  const timeline = gsap.timeline({ paused: true, defaults: { ease: 'power2.in' } });
  building.fragments.forEach((f, i) => {
    timeline.fromTo(
      fragments[i]!,
      { x: 0, y: 0, rotation: 0 },
      { x: f.dx, y: f.dy, rotation: f.rotation, duration: f.duration },
      f.start,
    );
  });
  building.dust.forEach((d, i) => {
    timeline.fromTo(
      dust[i]!,
      { rise: 0, drift: 0, opacity: 0, scale: 0.3 },
      { rise: d.rise, drift: d.drift, opacity: 0.8, scale: 1, duration: 1 - d.start, ease: 'power2.out' },
      d.start,
    );
  });
  // Exactly 1 long, so timeline progress and collapse progress are the same number.
  timeline.set({}, {}, 1);
  sleepWhenSeeksStop();
  return {
    pose(progress) {
      // A new value per seek: the scene hands it to a canvas, which compares frames by identity.
      const pose: BuildingPose = {
        fragments: new Float32Array(fragments.length * FRAGMENT_POSE),
        dust: new Float32Array(dust.length * DUST_POSE),
      };
      // A moment before first (the trail), then now: the pose depends on the progress alone.
      timeline.progress(Math.max(0, progress - TRAIL));
      fragments.forEach((m, i) => {
        const o = i * FRAGMENT_POSE;
        pose.fragments[o + 3] = m.x;
        pose.fragments[o + 4] = m.y;
        pose.fragments[o + 5] = m.rotation;
      });
      timeline.progress(progress);
      sleepWhenSeeksStop();
      fragments.forEach((m, i) => {
        const o = i * FRAGMENT_POSE;
        pose.fragments[o] = m.x;
        pose.fragments[o + 1] = m.y;
        pose.fragments[o + 2] = m.rotation;
      });
      dust.forEach((m, i) => {
        const o = i * DUST_POSE;
        pose.dust[o] = m.rise;
        pose.dust[o + 1] = m.drift;
        pose.dust[o + 2] = m.opacity;
        pose.dust[o + 3] = m.scale;
      });
      return pose;
    },
  };
}
