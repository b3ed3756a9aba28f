/**
 * The story's cards and overlays skip their layout until the reader nears them
 * (`content-visibility: auto`, global.css), which keeps the text out of the page's start-up. Laid
 * out only then, a card's text (its first shaping in the story's fonts) costs the scroll frame that
 * brings it near: on a throttled phone, the longest frame of several steps. Asking for the layout
 * of something inside such an element lays its subtree out at once, and the browser keeps that
 * layout: done while the reader pauses, one step per idle moment, the scroll finds the text ready.
 */
import { BRIEF_PAUSE_MS, type ReaderPause } from './readerPause';

/** The steps in the order to lay them out: from the reader's step onward, then back from it. */
export const aheadFirst = <T>(items: readonly T[], from: number): T[] => [
  ...items.slice(from),
  ...items.slice(0, from).reverse(),
];

/** Lays out now the text in `step` that waits for the reader to near it (a card, a floating overlay's panel). */
export function layOutNow(step: Element): void {
  for (const element of step.querySelectorAll(':scope > *, :scope > * > *')) {
    if (getComputedStyle(element).contentVisibility === 'auto') element.firstElementChild?.getBoundingClientRect();
  }
}

/** Lays out the text waiting in `steps`, one step each time the reader pauses briefly, from step `from` onward. */
export function layOutTextAhead(pause: ReaderPause, steps: readonly Element[], from: number): void {
  const queue = aheadFirst(steps, from);
  const next = () => {
    const step = queue.shift();
    if (!step) return;
    layOutNow(step);
    pause.after(BRIEF_PAUSE_MS, next);
  };
  pause.after(BRIEF_PAUSE_MS, next);
}
