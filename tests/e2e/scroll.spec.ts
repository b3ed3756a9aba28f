import { expect, test } from '../support/test';
import { stateUrl } from '../../src/scroll/urlContract';
import { activeStep, expectStep, nextFrames, openStory, progress, wheelThrough } from '../support/page';
import { editions, stepIds } from '../support/story';
import { expectedOverlays, shownOverlays, textLayout } from '../support/overlays';
import { ATTR_STEP_ID } from '../../src/scroll/domContract';

for (const { path, story: edition } of editions)
  test(`scrolling down visits every step in order, scrolling up reverses it, overlays follow (${edition.meta.lang})`, async ({
    page,
  }, info) => {
    test.skip(
      path !== '' && info.project.name !== 'desktop',
      'the other edition is scrolled through at the phone size in Firefox and WebKit (tests/engines), within the time budget',
    );
    test.setTimeout(120_000);
    await openStory(page, path);
    expect(await activeStep(page)).toBe(stepIds[0]);
    const overlaysChecked = new Set<string>();
    const layout = await textLayout(page);
    const checkOverlays = async (stepId: string, progress: number) => {
      // Overlays fade in and out over parts of their steps; they are checked where none is fading.
      const expected = expectedOverlays(layout, stepId, progress);
      if (progress < 0.2 || !expected) return;
      expect((await shownOverlays(page)).sort(), `${stepId} at ${progress}`).toEqual(expected.sort());
      overlaysChecked.add(stepId);
    };
    // Gestures of under half a screen: every step is sampled at least once between 0.2 and 0.8.
    const gesture = Math.round(page.viewportSize()!.height * 0.45);
    expect(await wheelThrough(page, 1, gesture, checkOverlays)).toEqual(stepIds);
    expect(await wheelThrough(page, -1, gesture, checkOverlays)).toEqual([...stepIds].reverse());
    expect(overlaysChecked.size).toBeGreaterThanOrEqual(stepIds.length - 2);
  });

test('a deep link opens the page at its step', async ({ page, edition: { path } }) => {
  await openStory(page, `${path}#${stepIds[7]}`);
  await expectStep(page, stepIds[7]!);
});

test('back and forward restore the position of each deep link', async ({ page, edition: { path } }) => {
  await openStory(page, `${path}#${stepIds[2]}`);
  await page.evaluate((id) => (location.hash = id), stepIds[11]!);
  await expectStep(page, stepIds[11]!);
  await page.goBack();
  await expectStep(page, stepIds[2]!);
  await page.goForward();
  await expectStep(page, stepIds[11]!);
});

test('a ?step= URL renders that step at that progress', async ({ page, edition: { path } }) => {
  for (const [id, p] of [
    [stepIds[0]!, 0],
    [stepIds[5]!, 0.5],
    [stepIds.at(-1)!, 1],
  ] as const) {
    await openStory(page, path + stateUrl(id, p));
    await expectStep(page, id);
    expect(Math.abs((await progress(page)) - p)).toBeLessThanOrEqual(0.005);
  }
});

test('the state follows the layout after a fast jump, not the event history', async ({ page, edition: { path } }) => {
  await openStory(page, path);
  // Jumps far faster than scrollama's observers can follow, without waiting in between.
  await page.evaluate(() => {
    for (const f of [0.9, 0.1, 0.6, 0.35]) window.scrollTo(0, document.documentElement.scrollHeight * f);
  });
  await nextFrames(page);
  const expected = await page.evaluate((stepAttr) => {
    const trigger = innerHeight / 2;
    const steps = [...document.querySelectorAll<HTMLElement>(`[${stepAttr}]`)];
    return steps
      .filter((el) => el.getBoundingClientRect().top < trigger)
      .at(-1)
      ?.getAttribute(stepAttr);
  }, ATTR_STEP_ID);
  expect(await activeStep(page)).toBe(expected);
});

test('a resize keeps the reader on the same step', async ({ page, edition: { path } }) => {
  const id = stepIds[9]!;
  await openStory(page, path + stateUrl(id, 0.5));
  const { width, height } = page.viewportSize()!;
  for (const size of [
    { width: Math.round(width * 0.6), height },
    { width: height, height: width },
    { width, height },
  ]) {
    await page.setViewportSize(size);
    await nextFrames(page);
    await nextFrames(page);
    await expectStep(page, id);
  }
});

test('a height-only resize (the mobile address bar) does not move the page', async ({ page, edition: { path } }) => {
  await openStory(page, path + stateUrl(stepIds[4]!, 0.5));
  const { width, height } = page.viewportSize()!;
  const before = await page.evaluate(() => window.scrollY);
  await page.setViewportSize({ width, height: height - 56 });
  await nextFrames(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expectStep(page, stepIds[4]!);
});
