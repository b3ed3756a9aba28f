/**
 * The scroll engine: where the reader is, read from where the steps are on screen. One trigger:
 * a measure in the next animation frame, asked for by scrolling and by the steps' layout changing.
 * A width change (a rotated phone, a resized window) reflows the text, so it puts the reader back
 * on the same step and progress; a height-only change (a mobile address bar) moves nothing.
 */
import { locate, scrollTargetFor, TRIGGER, type StepPosition } from './stepGeometry';

/** Where the reader is now. */
export const positionNow = (steps: readonly HTMLElement[]): StepPosition =>
  locate(
    steps.map((el) => el.getBoundingClientRect()),
    window.innerHeight * TRIGGER,
  );

/** Scrolls at once to where `position` is. */
export function scrollToPosition(steps: readonly HTMLElement[], { stepIndex, progress }: StepPosition): void {
  const boxes = steps.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, height: r.height };
  });
  const max = document.documentElement.scrollHeight - window.innerHeight;
  const top = scrollTargetFor(boxes, stepIndex, progress, window.innerHeight * TRIGGER, max);
  window.scrollTo({ top, behavior: 'instant' });
}

export interface ScrollEngineDeps {
  steps: readonly HTMLElement[];
  /** what holds the steps: its size changing means they moved */
  container: HTMLElement;
  onPosition(position: StepPosition): void;
  /** The reader moved the page (or its layout changed): for work that waits for a pause. */
  onMove(): void;
}

export function startScrollEngine({ steps, container, onPosition, onMove }: ScrollEngineDeps): () => void {
  let anchor = positionNow(steps);
  let anchorWidth = window.innerWidth;
  const measure = () => {
    const position = positionNow(steps);
    onPosition(position);
    if (window.innerWidth === anchorWidth) anchor = position;
  };
  let frame = 0;
  const onScroll = () => {
    onMove();
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      measure();
    });
  };
  const onResize = () => {
    if (window.innerWidth === anchorWidth) return onScroll();
    anchorWidth = window.innerWidth;
    scrollToPosition(steps, anchor);
    measure();
  };
  const layout = new ResizeObserver(onScroll);
  layout.observe(container);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    layout.disconnect();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
  };
}
