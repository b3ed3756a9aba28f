import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { stateUrl } from '../../src/scroll/urlContract';
import { ATTR_ANIMATING, ATTR_FLAKES } from '../../src/scroll/domContract';
import {
  nextFrames,
  openStory,
  paintedOffThread,
  settleScroll,
  storySelector,
  watchFrameRequests,
} from '../support/page';
import { denseSnowStep as snowStep } from '../support/story';

const snowCanvas = (page: Page) => page.locator('.graphic canvas.snow').first();
const snowPixels = (page: Page) => snowCanvas(page).evaluate((c: HTMLCanvasElement) => c.toDataURL());
const animating = (page: Page) => page.locator(storySelector).getAttribute(ATTR_ANIMATING);

test('the snow falls while its scene is on screen', async ({ page, edition: { path } }) => {
  await openStory(page, `${path}#${snowStep}`);
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');
  const before = await snowPixels(page);
  await page.waitForTimeout(300);
  expect(await snowPixels(page)).not.toBe(before);
});

test('the falling snow costs the page no animation frames: the paint worker keeps its time', async ({
  page,
  edition: { path },
}) => {
  const frames = await watchFrameRequests(page);
  await openStory(page, `${path}#${snowStep}`);
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');
  await frames.reset();
  const before = await snowPixels(page);
  await page.waitForTimeout(500);
  expect(await snowPixels(page)).not.toBe(before);
  expect(await frames.count()).toBe(0);
});

test('the snow stands still with reduced motion, and still shows the snowfall', async ({ page, edition: { path } }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, `${path}#${snowStep}`);
  expect(await animating(page)).toBeNull();
  const before = await snowPixels(page);
  await page.waitForTimeout(300);
  expect(await snowPixels(page)).toBe(before);
  expect(Number(await page.locator('.graphic canvas.snow').first().getAttribute(ATTR_FLAKES))).toBeGreaterThan(50);
});

test('the snow stops when the scene leaves the screen, and when the tab is hidden', async ({
  page,
  edition: { path },
}) => {
  await openStory(page, `${path}#${snowStep}`);
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await nextFrames(page);
  expect(await animating(page)).toBeNull();
  const hidden = await snowPixels(page);
  await page.waitForTimeout(300);
  expect(await snowPixels(page)).toBe(hidden);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');

  // Room below the story (as on a host page) so the graphic can leave the screen entirely.
  await page.evaluate(() => {
    document.body.append(Object.assign(document.createElement('div'), { style: 'height: 150vh' }));
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await settleScroll(page);
  await expect(page.locator(storySelector)).not.toHaveAttribute(ATTR_ANIMATING, 'true');
});

test('a frozen URL draws the same snowfall every time', async ({ page, edition: { path } }) => {
  const url = path + stateUrl(snowStep, 0.5, { time: 7.25 });
  await openStory(page, url);
  expect(await animating(page)).toBeNull();
  const first = await snowPixels(page);
  await openStory(page, url);
  expect(await snowPixels(page)).toBe(first);
});

test('the snow is painted off the main thread, and on it when the worker cannot start', async ({
  page,
  edition: { path },
}) => {
  await openStory(page, `${path}#${snowStep}`);
  expect(await paintedOffThread(snowCanvas(page))).toBe(true);

  // A worker script that fails to load (a blocked or broken asset): the stage repaints on the main thread.
  // (The context's route: a worker's own requests do not pass through the page's.)
  await page.context().route(/paintWorker[^/]*\.js$/, (route) => route.abort());
  const fallback = await page.context().newPage();
  await openStory(fallback, `${path}#${snowStep}`);
  await expect.poll(() => paintedOffThread(snowCanvas(fallback))).toBe(false);
  await expect(fallback.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');
  const before = await snowPixels(fallback);
  await fallback.waitForTimeout(300);
  expect(await snowPixels(fallback)).not.toBe(before);
});
