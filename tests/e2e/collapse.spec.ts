import { expect, test } from '../support/test';
import { STILL_TIME } from '../../src/motion/clock.svelte';
import { stateUrl } from '../../src/scroll/urlContract';
import { boxesOf, overlaps } from '../support/boxes';
import { openStory, paintedOffThread } from '../support/page';
import { fallingStep, story } from '../support/story';
import { ATTR_PASS, ATTR_SHOWN } from '../../src/scroll/domContract';

test('the building is painted in the paint worker, with the very pixels the main thread paints', async ({
  page,
  edition: { path },
}) => {
  // Reduced motion holds the snow still at the stills' moment and the building at the step's middle,
  // so a live page (the deep link) can be compared with a frozen one at the same place.
  await openStory(page, `${path}?motion=reduce#${fallingStep}`);
  const building = page.locator(`.graphic canvas[${ATTR_PASS}]`);
  await expect(building).toHaveAttribute(ATTR_PASS, story.sceneSettings.collapse.steps[fallingStep]!.pass);
  expect(await paintedOffThread(building)).toBe(true);
  const live = await page.screenshot();

  // A URL frozen at the same moment paints every canvas on the main thread.
  await openStory(page, `${path}?time=${STILL_TIME}&motion=reduce#${fallingStep}`);
  expect(await paintedOffThread(building)).toBe(false);
  expect(await page.screenshot()).toEqual(live);
});

test('the pass tag stays clear of the chapter navigator and of the quotes floating over the scene, down to a 320px screen', async ({
  page,
  edition: { path },
}) => {
  const widths = test.info().project.name === 'mobile' ? [320, 390] : [1280];
  for (const width of widths) {
    await page.setViewportSize({ width, height: page.viewportSize()!.height });
    for (const stepId of Object.keys(story.sceneSettings.collapse.steps)) {
      await openStory(page, path + stateUrl(stepId, 0.5));
      const [tag] = await boxesOf(page, '.graphic .pass-label');
      expect(tag, stepId).toBeDefined();
      expect(tag!.right - tag!.left, stepId).toBeGreaterThan(0);
      const covers = [
        ...(await boxesOf(page, '.reader-nav summary')),
        ...(await boxesOf(page, `.overlay[${ATTR_SHOWN}]`)),
      ];
      expect(covers.length, `${stepId}: the navigator at least`).toBeGreaterThan(0);
      for (const cover of covers)
        expect(overlaps(tag!, cover), `${width}px, ${stepId}: ${JSON.stringify({ tag, cover })}`).toBe(false);
    }
  }
});
