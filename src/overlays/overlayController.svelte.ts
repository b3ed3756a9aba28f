/**
 * The overlays' behaviour: each prerendered overlay floats over the graphic and fades as its
 * presence says (`overlayPresence.ts`, applied by `overlayMotion.ts`), or, in the unrolled layout,
 * rests in the text; on phones the card of an overlay's step yields to it; and keyboard focus
 * brings a hidden floating overlay into view.
 */
import type { Story } from '../content/schema';
import { HANDOVER_START, handsOver } from '../scenes/stageLayers';
import { ATTR_OVERLAY_ID, ATTR_SHOWN, ATTR_STEP_ID } from '../scroll/domContract';
import type { StepPosition } from '../scroll/stepGeometry';
import { cardMotion, overlayMotion } from './overlayMotion';
import { cardPresence, overlayPresence, phoneOverlayPresence } from './overlayPresence';

export interface OverlayInput {
  stepIndex: number;
  progress: number;
  reducedMotion: boolean;
  unrolled: boolean;
  /** the phone layout in which card and overlay take turns in one place (`--phone-turns`) */
  turns: boolean;
}

/** Moves the story's overlays with `input`; call while a component initialises (it runs in effects). */
export function followOverlays(story: Story, root: Element | null, input: () => OverlayInput): void {
  const stepIndexOf = (id: string) => story.steps.findIndex((s) => s.id === id);
  const scenes = story.steps.map((s) => s.scene);
  const elements = new Map(
    Array.from(root?.querySelectorAll<HTMLElement>(`[${ATTR_OVERLAY_ID}]`) ?? [], (el) => [
      el.getAttribute(ATTR_OVERLAY_ID),
      el,
    ]),
  );
  const cards = new Map(
    Array.from(root?.querySelectorAll<HTMLElement>(`[${ATTR_STEP_ID}] > .card`) ?? [], (el) => [
      el.parentElement!.getAttribute(ATTR_STEP_ID),
      el,
    ]),
  );
  const move = overlayMotion(story.overlays.map((o) => elements.get(o.id)));
  const moveCards = cardMotion(story.steps.map((s) => cards.get(s.id)));
  const withOverlay = story.steps.map((s) => story.overlays.some((o) => o.enter === s.id));
  // An overlay whose last step hands the graphic over leaves before the hand-over starts.
  const goneBy = story.overlays.map((o) => (handsOver(scenes, stepIndexOf(o.exit)) ? HANDOVER_START : 1));
  const phoneGoneBy = story.overlays.map((o) => (handsOver(scenes, stepIndexOf(o.enter)) ? HANDOVER_START : 1));
  const presences = $derived.by(() => {
    const { stepIndex, progress, reducedMotion, unrolled, turns } = input();
    return story.overlays.map((o, i) => {
      if (unrolled) return 1;
      return turns
        ? phoneOverlayPresence(o, stepIndexOf, stepIndex, progress, reducedMotion, phoneGoneBy[i])
        : overlayPresence(o, stepIndexOf, stepIndex, progress, reducedMotion, goneBy[i]);
    });
  });
  const cardPresences = $derived.by(() => {
    const { stepIndex, progress, reducedMotion, unrolled, turns } = input();
    return withOverlay.map((has, i) =>
      turns && !unrolled ? cardPresence(has, i, stepIndex, progress, reducedMotion) : 1,
    );
  });
  $effect(() => move(presences, !input().unrolled));
  $effect(() => moveCards(cardPresences));
}

/**
 * Tabbing into a floating overlay that the scroll has hidden brings the story to its step, where
 * it shows. (One that reads in place, where the screen has no room to float it, is scrolled to by the browser.)
 */
export function startOverlayFocus(
  container: HTMLElement,
  steps: readonly HTMLElement[],
  jumpTo: (position: StepPosition) => void,
): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const overlay = (event.target as Element).closest(`[${ATTR_OVERLAY_ID}]`);
    if (!overlay || overlay.hasAttribute(ATTR_SHOWN) || getComputedStyle(overlay).position !== 'fixed') return;
    const stepIndex = steps.findIndex((step) => step.contains(overlay));
    if (stepIndex >= 0) jumpTo({ stepIndex, progress: 0.5 });
  };
  container.addEventListener('focusin', onFocusIn);
  return () => container.removeEventListener('focusin', onFocusIn);
}
