/**
 * The URL contract (documented in the README):
 *   /#<step-id>                                  deep link; the browser scrolls, back/forward restore
 *   /?step=<step-id>&progress=<0..1>&time=<s>    exactly that state, clocks frozen at `time` (default 0)
 *   /?time=<s>                                   clocks frozen, scrolling free
 *   &motion=reduce                               the reduced-motion version, as if the reader asked for it
 */
import { clamp } from '../lib/math.ts';

export interface UrlContract {
  /** a known step id to render, or null to leave scrolling to the reader */
  step: string | null;
  progress: number;
  /** seconds at which every animation clock stands still, or null for live time */
  frozenTime: number | null;
  /** true when the URL asks for the reduced-motion version */
  reduceMotion: boolean;
}

const finite = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
};

/** Unknown steps and malformed numbers are ignored: a bad link still opens the story. */
export function readUrlContract(search: string, stepIds: readonly string[]): UrlContract {
  const params = new URLSearchParams(search);
  const stepParam = params.get('step');
  const step = stepParam !== null && stepIds.includes(stepParam) ? stepParam : null;
  const time = finite(params.get('time'));
  return {
    step,
    progress: clamp(finite(params.get('progress')) ?? 0),
    frozenTime: time !== null ? Math.max(0, time) : step !== null ? 0 : null,
    reduceMotion: params.get('motion') === 'reduce',
  };
}

/** The URL of a frozen state, as the visual-state manifest and tests write it. */
export function stateUrl(step: string, progress: number, { time = 0, reduceMotion = false } = {}): string {
  return `?step=${encodeURIComponent(step)}&progress=${progress}&time=${time}${reduceMotion ? '&motion=reduce' : ''}`;
}
