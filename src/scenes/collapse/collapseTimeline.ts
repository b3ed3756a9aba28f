/**
 * The collapse as one paused gsap timeline of length 1, built once and only ever seeked (gsap's
 * `timeline.progress(p)`): fragments fall and turn, dust rises. Its targets are plain `Motion`
 * objects that the scene turns into SVG transforms, so the test checks the very timeline the page uses.
 */
// The core alone: the targets are plain objects, so the CSS plugin (a third of gsap's bytes) is never needed.
import { gsap } from 'gsap/gsap-core';
import type { Building } from './building';

/** What a fragment's or a puff's drawing reads from: gsap writes these. */
export interface Motion {
  x: number;
  y: number;
  rotation: number;
  opacity: number;
  scale: number;
}

export const restingMotion = (): Motion => ({ x: 0, y: 0, rotation: 0, opacity: 1, scale: 1 });

/** The collapse, only ever seeked to a progress (0 intact .. 1 collapsed). */
export interface CollapseTimeline {
  seek(progress: number): void;
  kill(): void;
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

/** `unit` is px per building unit; y is flipped, since the page's y points down. */
export function createCollapseTimeline(
  building: Building,
  fragmentTargets: Motion[],
  dustTargets: Motion[],
  unit: number,
): CollapseTimeline {
  const timeline = gsap.timeline({ paused: true, defaults: { ease: 'power2.in' } });
  building.fragments.forEach((f, i) => {
    timeline.fromTo(
      fragmentTargets[i]!,
      { x: 0, y: 0, rotation: 0 },
      { x: f.dx * unit, y: -f.dy * unit, rotation: f.rotation, duration: f.duration },
      f.start,
    );
  });
  building.dust.forEach((d, i) => {
    timeline.fromTo(
      dustTargets[i]!,
      { y: 0, opacity: 0, scale: 0.4 },
      { y: -d.rise * unit, opacity: 0.55, scale: 1, duration: 1 - d.start, ease: 'power1.out' },
      d.start,
    );
  });
  // Exactly 1 long, so timeline progress and collapse progress are the same number.
  timeline.set({}, {}, 1);
  sleepWhenSeeksStop();
  return {
    seek(progress) {
      timeline.progress(progress);
      sleepWhenSeeksStop();
    },
    kill: () => timeline.kill(),
  };
}
