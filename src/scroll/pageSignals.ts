/** The page-wide signals the story follows: the reader's motion preference and the tab's visibility. */
export interface PageSignals {
  /** Called at once, then on every change: the URL's `motion=reduce` or the reader's system preference. */
  onReducedMotion(reduce: boolean): void;
  onVisibility(): void;
}

export function startPageSignals(urlAsksReduce: boolean, { onReducedMotion, onVisibility }: PageSignals): () => void {
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  const onMotion = () => onReducedMotion(urlAsksReduce || query.matches);
  onMotion();
  query.addEventListener('change', onMotion);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    query.removeEventListener('change', onMotion);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
