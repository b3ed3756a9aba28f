/**
 * How present an overlay is (0 hidden .. 1 shown) at a step and progress. Pure, so scrolling back
 * reverses it exactly and a deep link lands on the right picture.
 *
 * On wide screens an overlay floats beside the text column: it fades in over the start of the step
 * it enters on and out over the end of the step it leaves on. On phones the screen has room for one
 * block of text over the graphic, so the card and the overlay take turns in the same place: the
 * card is read first, then, within the overlay's first step, the card yields and the overlay takes
 * its place (`phoneOverlayPresence`, `cardPresence`).
 */
import type { Overlay } from '../content/schema';
import { clamp } from '../lib/math';

/** Share of a step over which an overlay fades in (out), and over which a phone's card yields to it. */
export const OVERLAY_FADE = 0.15;
/** On phones, the progress of an overlay's first step at which its card starts to yield to it. */
export const PHONE_TURN = 0.3;
/**
 * On phones, the progress by which an overlay has left: before the next step's card rises into
 * the same place (a step with an overlay is two screens tall on phones; see scrolly.css).
 */
export const PHONE_GONE_BY = 0.85;

type Span = Pick<Overlay, 'enter' | 'exit'>;

/** Presence fading in over `OVERLAY_FADE` from `from`, and out over `OVERLAY_FADE` until `by`. */
const fadeIn = (progress: number, from: number) => clamp((progress - from) / OVERLAY_FADE);
const fadeOut = (progress: number, by: number) => clamp((by - progress) / OVERLAY_FADE);

/**
 * `goneBy` is the progress of the exit step by which the overlay has faded out: 1, unless the
 * graphic hands over to another stage over the end of that step, when it leaves before the hand-over
 * starts, so that the two never fade across each other.
 */
export function overlayPresence(
  overlay: Span,
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
  return Math.min(stepIndex === enter ? fadeIn(progress, 0) : 1, stepIndex === exit ? fadeOut(progress, goneBy) : 1);
}

/** How far a phone's card has yielded to the overlay that enters on its step (0 not yet .. 1 gone); reduced motion cuts. */
const yielded = (progress: number, reducedMotion: boolean) =>
  reducedMotion ? Number(progress >= PHONE_TURN) : fadeIn(progress, PHONE_TURN);

/**
 * On phones an overlay is shown on its first step only, in the card's place, once the card has
 * yielded: `goneBy` (the hand-over) may end its turn earlier than `PHONE_GONE_BY`.
 */
export function phoneOverlayPresence(
  overlay: Span,
  stepIndexOf: (id: string) => number,
  stepIndex: number,
  progress: number,
  reducedMotion: boolean,
  goneBy = 1,
): number {
  if (stepIndex !== stepIndexOf(overlay.enter)) return 0;
  const end = Math.min(goneBy, PHONE_GONE_BY);
  if (reducedMotion) return Number(progress >= PHONE_TURN && progress < end);
  return Math.min(yielded(progress, false), fadeOut(progress, end));
}

/**
 * On phones, how present the card of step `cardIndex` is (1 shown .. 0 yielded) when the story is
 * at `stepIndex` and `progress`: a card whose step brings an overlay yields to it and stays away
 * for the rest of its step. Every other card, and every card on wide screens, is left to the CSS (1).
 */
export function cardPresence(
  cardHasOverlay: boolean,
  cardIndex: number,
  stepIndex: number,
  progress: number,
  reducedMotion: boolean,
): number {
  if (!cardHasOverlay || cardIndex !== stepIndex) return cardHasOverlay && cardIndex < stepIndex ? 0 : 1;
  return 1 - yielded(progress, reducedMotion);
}
