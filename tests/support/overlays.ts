/** Which overlays a reader sees, and which the story file says they should see at a step. */
import type { Page } from '@playwright/test';
import { OVERLAY_FADE, PHONE_GONE_BY, PHONE_TURN } from '../../src/overlays/overlayPresence';
import { HANDOVER_START, handsOver } from '../../src/scenes/stageLayers';
import { CUSTOM_MEDIA } from '../../src/styles/tokens';
import { scenes, stepIds, story } from './story';

export const shownOverlays = (page: Page): Promise<string[]> =>
  page
    .locator('.overlay')
    .evaluateAll((els) =>
      els.filter((e) => Number(getComputedStyle(e).opacity) > 0.9).map((e) => (e as HTMLElement).dataset.overlayId!),
    );

/**
 * How the page lays its text out: `beside` (overlays float clear of the cards, over all their
 * steps; also where they read in place) or `turns` (phones: the card yields to the overlay of
 * its step, in the same place). The query the page itself follows.
 */
export type TextLayout = 'beside' | 'turns';
export const TURNS_QUERY = CUSTOM_MEDIA['--phone-turns']!;
export const textLayoutOf = (turns: boolean): TextLayout => (turns ? 'turns' : 'beside');
export const textLayout = async (page: Page): Promise<TextLayout> =>
  textLayoutOf(await page.evaluate((query) => matchMedia(query).matches, TURNS_QUERY));

const entering = (stepId: string) => story.overlays.filter((o) => o.enter === stepId).map((o) => o.id);
export const hasOverlay = (stepId: string): boolean => entering(stepId).length > 0;

/** The overlays shown over a step's whole span (between the fades), in the `beside` layout. */
export const overlaysOnStep = (stepId: string): string[] => {
  const i = stepIds.indexOf(stepId);
  return story.overlays.filter((o) => stepIds.indexOf(o.enter) <= i && i <= stepIds.indexOf(o.exit)).map((o) => o.id);
};

/** When the overlays leave a step: before a hand-over of the graphic, if it hands over. */
const leavesBy = (stepId: string, layout: TextLayout) => {
  const handover = handsOver(scenes, stepIds.indexOf(stepId)) ? HANDOVER_START : 1;
  return layout === 'turns' ? Math.min(handover, PHONE_GONE_BY) : handover;
};

/** The overlays a reader sees fully at a step and progress, or undefined while one is fading. */
export function expectedOverlays(layout: TextLayout, stepId: string, progress: number): string[] | undefined {
  const until = leavesBy(stepId, layout) - OVERLAY_FADE;
  if (layout === 'beside') return progress >= OVERLAY_FADE && progress <= until ? overlaysOnStep(stepId) : undefined;
  if (!hasOverlay(stepId)) return [];
  if (progress < PHONE_TURN) return [];
  return progress >= PHONE_TURN + OVERLAY_FADE && progress <= until ? entering(stepId) : undefined;
}

/**
 * Whether the step's card is surely the text being read at this progress (it also shows outside
 * this range, arriving and leaving): a range longer than a third of a screen of scrolling (a step
 * is at least a screen tall, two where card and overlay take turns), so a scroll-through in thirds
 * of a screen samples every card wherever the steps begin.
 */
export const cardIsRead = (layout: TextLayout, stepId: string, progress: number): boolean =>
  layout === 'turns' && hasOverlay(stepId)
    ? progress >= 0.1 && progress < PHONE_TURN
    : progress >= 0.15 && progress <= 0.5;
