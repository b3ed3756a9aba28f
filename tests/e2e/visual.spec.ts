import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { visualManifest, type VisualState } from '../../src/scroll/visualStates';
import { stateUrl } from '../../src/scroll/urlContract';
import { nextFrames, openStory, scrollGesture, settleScroll } from '../support/page';
import { editions, fallingStep, keySteps, story } from '../support/story';
import { differingPixels } from '../support/images';
import { ATTR_REDUCED_MOTION } from '../../src/scroll/domContract';

const manifest = visualManifest(editions);
const { states } = manifest;

/**
 * The states this suite keeps baselines of, to keep `npm test` within its time budget on two cores
 * and the baselines light: every step mid-way; the step whose scroll drives the fall also at 0
 * and 1 (the other collapse steps hold the building still: their ends differ from their middle
 * only by where the text is). Reduced-motion stills are checked against the live page's own
 * frozen state below, not against baselines. Other tools can capture the whole manifest.
 */
const main = (s: VisualState) => s.edition === story.meta.lang;
/**
 * The Spanish edition's key states: the title, the chapters' key steps (snow, composite, chart with
 * its es-AR labels) and the step whose quote it shows in translation: what its own words change.
 */
const spanishKeys = new Set([story.steps[0]!.id, ...keySteps, story.overlays.find((o) => o.type === 'quote')!.enter]);
const captured = (s: VisualState) =>
  !s.reducedMotion &&
  (main(s) ? s.progress === 0.5 || s.step === fallingStep : s.progress === 0.5 && spanishKeys.has(s.step));

test('the build publishes the visual-state manifest', async ({ request }) => {
  const response = await request.get('visual-states.json');
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual(manifest);
});

test.describe('frozen states', () => {
  // One page per worker for the whole list: a new page per state costs more than its screenshot.
  let page: Page;
  test.beforeAll(async ({ browser }, info) => {
    const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = info.project.use;
    page = await (await browser.newContext({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent })).newPage();
  });
  test.afterAll(() => page.context().close());

  for (const state of states.filter(captured)) {
    test(`state ${state.name}`, async () => {
      await openStory(page, state.url);
      // Frozen states are deterministic: one screenshot, compared pixel for pixel.
      expect(await page.screenshot()).toMatchSnapshot(`${state.name}.png`);
    });
  }
});

test('a state reached by scrolling down, up and down again looks exactly like its URL', async ({ page }, info) => {
  // Mid-collapse: the step whose scroll drives the fall.
  const step = fallingStep;
  await openStory(page, stateUrl(step, 0.5));
  const target = await page.evaluate(() => window.scrollY);
  const byUrl = await page.screenshot();

  await openStory(page, '/?time=0');
  for (const [to, by] of [
    [target + 900, 300],
    [target - 700, -300],
    [target, 200],
  ] as const) {
    for (let i = 0; i < 40; i++) {
      const y = await page.evaluate(() => window.scrollY);
      if (y * Math.sign(by) >= to * Math.sign(by) - Math.abs(by)) break;
      await scrollGesture(page, by);
      await nextFrames(page);
    }
    await settleScroll(page);
    // The last few pixels exactly, as a reader's final nudge would.
    await page.evaluate((y) => window.scrollTo(0, y), to);
    await nextFrames(page);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(target);
  // Let scroll-driven effects (the cards' fade) catch up with the final position.
  await settleScroll(page);
  await nextFrames(page);
  const byScroll = await page.screenshot();
  const differing = await differingPixels(page, byUrl, byScroll);
  if (differing > 0) {
    await info.attach('by-url', { body: byUrl, contentType: 'image/png' });
    await info.attach('by-scroll', { body: byScroll, contentType: 'image/png' });
  }
  expect(differing, 'pixels that differ between the scrolled state and the URL state; see the attached images').toBe(0);
});

test("the reader's reduced-motion preference draws exactly the &motion=reduce still, calm and unlike the live clock's", async ({
  page,
}) => {
  const snowStep = story.steps.find((s) => s.scene === 'snow')!.id;
  const still = states.find((s) => s.reducedMotion && s.step === snowStep)!;
  await openStory(page, still.url);
  const byUrl = await page.screenshot();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, stateUrl(snowStep, 0.5));
  await expect(page.locator('html')).toHaveAttribute(ATTR_REDUCED_MOTION, '');
  expect(await differingPixels(page, byUrl, await page.screenshot())).toBe(0);
  // The still is drawn at its own moment, not the frozen clock's start: the snow has fallen.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openStory(page, stateUrl(snowStep, 0.5));
  expect(await differingPixels(page, byUrl, await page.screenshot())).toBeGreaterThan(1000);
});
