import { expect, test } from '@playwright/test';
import { STILL_TIME } from '../../src/motion/clock.svelte';
import { openStory, paintedOffThread } from '../support/page';
import { fallingStep, story } from '../support/story';

test('the building is painted in the paint worker, with the very pixels the main thread paints', async ({ page }) => {
  // Reduced motion holds the snow still at the stills' moment and the building at the step's middle,
  // so a live page (the deep link) can be compared with a frozen one at the same place.
  await openStory(page, `/?motion=reduce#${fallingStep}`);
  const building = page.locator('.graphic canvas[data-pass]');
  await expect(building).toHaveAttribute('data-pass', story.sceneSettings.collapse.steps[fallingStep]!.layer);
  expect(await paintedOffThread(building)).toBe(true);
  const live = await page.screenshot();

  // A URL frozen at the same moment paints every canvas on the main thread.
  await openStory(page, `/?time=${STILL_TIME}&motion=reduce#${fallingStep}`);
  expect(await paintedOffThread(building)).toBe(false);
  expect(await page.screenshot()).toEqual(live);
});
