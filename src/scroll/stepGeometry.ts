/**
 * Where the reader is, as a pure function of where the steps are. Nothing here remembers
 * events, so fast flings, anchor jumps, reloads mid-page and resizes all give the right answer.
 */
import { clamp } from '../lib/math';

/** A step's vertical extent, in whatever coordinates the trigger line is given in. */
export interface StepBox {
  top: number;
  height: number;
}

export interface StepPosition {
  stepIndex: number;
  /** 0..1 within the active step */
  progress: number;
}

/** The trigger line, as a share of the viewport height: a step is active once its top passes it. */
export const TRIGGER = 0.5 as const;

/**
 * The active step is the last one whose top is above the trigger line; above the first step the
 * story rests on step 0 at progress 0, below the last on the last at progress 1.
 */
export function locate(boxes: readonly StepBox[], trigger: number): StepPosition {
  let stepIndex = -1;
  for (let i = 0; i < boxes.length && boxes[i]!.top < trigger; i++) stepIndex = i;
  if (stepIndex < 0) return { stepIndex: 0, progress: 0 };
  const box = boxes[stepIndex]!;
  return { stepIndex, progress: box.height > 0 ? clamp((trigger - box.top) / box.height) : 1 };
}

/**
 * The whole-pixel scroll offset at which `stepIndex` is active with the progress nearest to
 * `progress`. Boxes are in document coordinates (top from the top of the page).
 */
export function scrollTargetFor(
  boxes: readonly StepBox[],
  stepIndex: number,
  progress: number,
  trigger: number,
  maxScroll: number,
): number {
  const box = boxes[stepIndex];
  if (!box) return 0;
  const next = boxes[stepIndex + 1];
  let y = Math.round(box.top + clamp(progress) * box.height - trigger);
  // Rounding may put the trigger line exactly on a boundary; step inside the requested step.
  if (box.top - y >= trigger) y = Math.floor(box.top - trigger) + 1;
  if (next && next.top - y < trigger) y = Math.ceil(next.top - trigger) - 1;
  return Math.min(Math.max(0, y), Math.max(0, maxScroll));
}
