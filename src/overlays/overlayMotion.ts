/**
 * Moves the prerendered overlays as their presence says: floating over the graphic, fading in
 * and rising into place (or, in the unrolled layout, resting in the text). Writes only what
 * changed, so a scroll frame that moves no overlay touches none.
 */
import { ATTR_FLOATING, ATTR_SHOWN } from '../scroll/domContract';

const RISE_PX = 14;

const flag = (element: HTMLElement, name: string, on: boolean) =>
  on ? element.setAttribute(name, 'true') : element.removeAttribute(name);

/** Applies a presence (0 hidden .. 1 shown) to each element, by index (an overlay missing from the page is skipped). */
export type OverlayMotion = (presences: readonly number[], floating: boolean) => void;

export function overlayMotion(elements: readonly (HTMLElement | undefined)[]): OverlayMotion {
  const shown: number[] = [];
  let floated: boolean | undefined;
  return (presences, floating) => {
    const relaid = floating !== floated;
    floated = floating;
    elements.forEach((element, i) => {
      const presence = presences[i] ?? 0;
      if (!element) return;
      if (!relaid && presence === shown[i]) return;
      shown[i] = presence;
      flag(element, ATTR_FLOATING, floating);
      flag(element, ATTR_SHOWN, presence > 0);
      element.style.opacity = floating ? String(presence) : '';
      element.style.transform = floating ? `translate(0px, ${Math.round(RISE_PX * (1 - presence) * 100) / 100}px)` : '';
    });
  };
}

/**
 * Applies each card's presence (1 shown .. 0 yielded to its overlay) as an inline opacity, writing
 * only what changed. The phone's scroll-driven fade (scrolly.css) leaves the card from this value:
 * its keyframes name only where the fade ends.
 */
export function cardMotion(cards: readonly (HTMLElement | undefined)[]): (presences: readonly number[]) => void {
  const shown: number[] = [];
  return (presences) =>
    cards.forEach((card, i) => {
      const presence = presences[i] ?? 1;
      if (!card || presence === (shown[i] ?? 1)) return;
      shown[i] = presence;
      card.style.opacity = presence === 1 ? '' : String(presence);
      // Still in the accessibility tree and the reading order: only out of sight and out of the pointer's way.
      card.style.pointerEvents = presence === 0 ? 'none' : '';
    });
}
