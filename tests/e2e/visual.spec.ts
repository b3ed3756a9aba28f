import { expect, test } from '@playwright/test';
import { visualStates, type VisualState } from '../../src/scroll/visualStates';
import { stateUrl } from '../../src/scroll/urlContract';
import { nextFrames, openStory, scrollGesture, settleScroll } from '../support/page';
import { story } from '../support/story';

const states = visualStates(story);

/**
 * The states this suite captures from the manifest, to keep `npm test` within its time budget on
 * two cores: every step mid-way; the scroll-scrubbed scenes (collapse, chart) also at 0 and 1;
 * the reduced-motion still of each chapter's first step. Other tools can capture the whole manifest.
 */
const SCRUBBED = new Set(['collapse', 'chart']);
const sceneOf = new Map(story.steps.map((s) => [s.id, s.scene]));
const chapterStarts = new Set(story.steps.filter((s, i) => story.steps[i - 1]?.scene !== s.scene).map((s) => s.id));
const captured = (s: VisualState) =>
  s.reducedMotion ? chapterStarts.has(s.step) : s.progress === 0.5 || SCRUBBED.has(sceneOf.get(s.step)!);

test('the build publishes the visual-state manifest', async ({ request }) => {
  const response = await request.get('visual-states.json');
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual(states);
});

for (const state of states.filter(captured)) {
  test(`state ${state.name}`, async ({ page }) => {
    await openStory(page, state.url);
    await expect(page).toHaveScreenshot(`${state.name}.png`);
  });
}

test('a state reached by scrolling down, up and down again looks exactly like its URL', async ({ page }) => {
  const step = story.steps.find((s) => s.scene === 'collapse')!.id;
  await openStory(page, stateUrl(step, 0.5));
  const target = await page.evaluate(() => window.scrollY);
  const byUrl = await page.screenshot();

  await openStory(page, '/?time=0');
  for (const [to, by] of [
    [target + 900, 300],
    [target - 700, -300],
    [target, 200],
  ] as const) {
    while ((await page.evaluate(() => window.scrollY)) * Math.sign(by) < to * Math.sign(by) - Math.abs(by)) {
      await scrollGesture(page, by);
      await nextFrames(page);
    }
    await settleScroll(page);
    // The last few pixels exactly, as a reader's final nudge would.
    await page.evaluate((y) => window.scrollTo(0, y), to);
    await nextFrames(page);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(target);
  expect(await page.screenshot()).toEqual(byUrl);
});

test('the reader\'s reduced-motion preference is honoured like &motion=reduce', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, '/');
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', '');
});
