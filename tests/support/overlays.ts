/** Which overlays a reader sees, and which the story file says they should see at a step. */
import type { Page } from '@playwright/test';
import { stepIds, story } from './story';

export const shownOverlays = (page: Page): Promise<string[]> =>
  page
    .locator('.overlay')
    .evaluateAll((els) =>
      els.filter((e) => Number(getComputedStyle(e).opacity) > 0.9).map((e) => (e as HTMLElement).dataset.overlayId!),
    );

export const overlaysOnStep = (stepId: string): string[] => {
  const i = stepIds.indexOf(stepId);
  return story.overlays.filter((o) => stepIds.indexOf(o.enter) <= i && i <= stepIds.indexOf(o.exit)).map((o) => o.id);
};
