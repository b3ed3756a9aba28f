/**
 * Watches the sticky graphic: whether it is on screen (the clock runs only then) and its size.
 * The size is first read, and the stage mounted, in a task of its own: not while hydrating, nor in
 * the frame that delivers the scroll wiring's first observations. (A timer, not the observer's
 * first call: a cross-origin frame out of view renders no frames.) The observer follows it then.
 */
import type { StageSize } from './sceneInput';

export interface StageWatchDeps {
  onVisible(onScreen: boolean): void;
  onSize(size: StageSize): void;
}

export function startStageWatch(graphic: HTMLElement, { onVisible, onSize }: StageWatchDeps): () => void {
  const visibility = new IntersectionObserver(([entry]) => onVisible(entry!.isIntersecting));
  visibility.observe(graphic);
  const read = () => onSize({ width: graphic.clientWidth, height: graphic.clientHeight });
  const sizes = new ResizeObserver(read);
  const first = window.setTimeout(() => {
    read();
    sizes.observe(graphic);
  });
  return () => {
    clearTimeout(first);
    visibility.disconnect();
    sizes.disconnect();
  };
}
