/**
 * How present an overlay is (0 hidden .. 1 shown) at a step and progress: it fades in over the
 * start of the step it enters on and out over the end of the step it leaves on. Pure, so
 * scrolling back reverses it exactly and a deep link lands on the right picture.
 */
import type { Overlay } from '../content/schema';
import { clamp } from '../lib/math';

/** Share of the enter (exit) step over which an overlay fades in (out). */
export const OVERLAY_FADE = 0.15;

/**
 * `goneBy` is the progress of the exit step by which the overlay has faded out: 1, unless the
 * graphic hands over to another stage over the end of that step, when it leaves before the hand-over
 * starts, so that the two never fade across each other.
 */
export function overlayPresence(
  overlay: Pick<Overlay, 'enter' | 'exit'>,
  stepIndexOf: (id: string) => number,
  stepIndex: number,
  progress: number,
  reducedMotion: boolean,
  goneBy = 1,
): number {
  const enter = stepIndexOf(overlay.enter);
  const exit = stepIndexOf(overlay.exit);
  if (stepIndex < enter || stepIndex > exit) return 0;
  if (reducedMotion) return 1;
  const fadeIn = stepIndex === enter ? clamp(progress / OVERLAY_FADE) : 1;
  const fadeOut = stepIndex === exit ? clamp((goneBy - progress) / OVERLAY_FADE) : 1;
  return Math.min(fadeIn, fadeOut);
}
