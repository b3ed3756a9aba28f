/**
 * The story's cards and overlay panels skip their layout while off screen (`content-visibility:
 * auto`, global.css), which saves most of a phone's start-up work. The price comes later, in the
 * scroll frame that brings each one near: laying out its text, shaping and all, took 3–5 ms of an
 * unthrottled core at a step's start, a dropped frame on a throttled phone. Once the page is idle,
 * this lays them out ahead, one per idle slice, nearest the reader first. The browser keeps a
 * skipped element's layout, so the scroll that reaches it then only has to show it.
 */

/** Runs a task once the page is idle. */
export type WhenIdle = (run: () => void) => void;

/** Lays the elements out one per idle slice, in order; returns a function that stops it. */
export function layOutAhead(elements: readonly HTMLElement[], whenIdle: WhenIdle): () => void {
  const queue = [...elements];
  let stopped = false;
  const next = () => {
    const element = stopped ? undefined : queue.shift();
    if (!element) return;
    layOut(element);
    if (queue.length) whenIdle(next);
  };
  if (queue.length) whenIdle(next);
  return () => {
    stopped = true;
  };
}

function layOut(element: HTMLElement): void {
  element.style.contentVisibility = 'visible';
  // Reading a size is what makes the browser lay the element out now.
  void element.offsetHeight;
  element.style.contentVisibility = '';
}

/** The items ordered by distance from `index`, the one after it before the one before it. */
export function nearestFirst<T>(items: readonly T[], index: number): T[] {
  const distance = (i: number) => (i > index ? 2 * (i - index) - 1 : 2 * (index - i));
  return items.map((item, i) => ({ item, d: distance(i) })).sort((a, b) => a.d - b.d).map(({ item }) => item);
}
