/**
 * The scroll engine: where the reader is, read from where the steps are on the page. One trigger:
 * a measure in the next animation frame, asked for by scrolling and by the page's layout changing.
 * The steps' boxes are read from the layout only when it may have changed (a size observed, a
 * resize), so a scroll frame asks the layout nothing: it places the trigger line among boxes it
 * already has. A width change (a rotated phone, a resized window) reflows the text, so it puts the
 * reader back on the same step and progress; a height-only change (a mobile address bar) moves nothing.
 */
import { locate, scrollTargetFor, TRIGGER, type StepBox, type StepPosition } from './stepGeometry';

/** The steps' boxes in document coordinates (from the top of the page). */
const documentBoxes = (steps: readonly HTMLElement[]): StepBox[] =>
  steps.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, height: r.height };
  });

/** Where the reader is among `boxes` at the current scroll offset. */
const locateOnPage = (boxes: readonly StepBox[]): StepPosition =>
  locate(boxes, window.scrollY + window.innerHeight * TRIGGER);

/** Where the reader is now. */
export const positionNow = (steps: readonly HTMLElement[]): StepPosition => locateOnPage(documentBoxes(steps));

/** Scrolls at once to where `position` is. */
export function scrollToPosition(steps: readonly HTMLElement[], { stepIndex, progress }: StepPosition): void {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  const top = scrollTargetFor(documentBoxes(steps), stepIndex, progress, window.innerHeight * TRIGGER, max);
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
  let boxes: StepBox[] | null = documentBoxes(steps);
  let anchor = locateOnPage(boxes);
  let anchorWidth = window.innerWidth;
  const measure = () => {
    boxes ??= documentBoxes(steps);
    const position = locateOnPage(boxes);
    onPosition(position);
    if (window.innerWidth === anchorWidth) anchor = position;
  };
  // Measured in an animation frame, not at the scroll event: what the measure sets off writes to
  // the DOM, and written at the scroll event (which comes before every frame callback) it makes
  // any callback that reads the layout (a scroll, gsap's ticker, a host's script) lay it out again.
  let frame = 0;
  const onScroll = () => {
    onMove();
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      measure();
    });
  };
  const onLayout = () => {
    boxes = null;
    onScroll();
  };
  const onResize = () => {
    if (window.innerWidth === anchorWidth) return onLayout();
    anchorWidth = window.innerWidth;
    scrollToPosition(steps, anchor);
    boxes = null;
    measure();
  };
  // The steps' container changes size when they do; the page does when anything above them does.
  const layout = new ResizeObserver(onLayout);
  layout.observe(container);
  layout.observe(document.documentElement);
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onResize);
  return () => {
    cancelAnimationFrame(frame);
    layout.disconnect();
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onResize);
  };
}
