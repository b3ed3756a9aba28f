import { CUSTOM_MEDIA } from '../styles/tokens';

/** The page-wide signals the story follows: the reader's motion preference, the layout and the tab's visibility. */
export interface PageSignals {
  /** Called at once, then on every change: the URL's `motion=reduce` or the reader's system preference. */
  onReducedMotion(reduce: boolean): void;
  /** Called at once, then on every change: whether card and overlay take turns in one place (`--phone-turns`). */
  onTurns(turns: boolean): void;
  onVisibility(): void;
}

export function startPageSignals(
  urlAsksReduce: boolean,
  { onReducedMotion, onTurns, onVisibility }: PageSignals,
): () => void {
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  const turnsQuery = matchMedia(CUSTOM_MEDIA['--phone-turns']!);
  const onMotion = () => onReducedMotion(urlAsksReduce || query.matches);
  const onLayout = () => onTurns(turnsQuery.matches);
  onMotion();
  onLayout();
  query.addEventListener('change', onMotion);
  turnsQuery.addEventListener('change', onLayout);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    query.removeEventListener('change', onMotion);
    turnsQuery.removeEventListener('change', onLayout);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
