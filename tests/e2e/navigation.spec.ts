import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { chapterLinks } from '../../src/navigation/readerPosition';
import { stateUrl } from '../../src/scroll/urlContract';
import { overlaps, visibleBoxesOf } from '../support/boxes';
import { expectStep, nextFrames, openStory, settleScroll, storySelector } from '../support/page';
import { editions, stepIds, type Edition } from '../support/story';
import { ATTR_ACTIVE_STEP, ATTR_SHOWN } from '../../src/scroll/domContract';

const nav = (page: Page, { story }: Edition) => page.getByRole('navigation', { name: story.ui.chaptersLabel });

test('the chapter navigator jumps to each chapter through its deep link, and back returns', async ({
  page,
  edition,
}) => {
  const links = chapterLinks(edition.story);
  await openStory(page, edition.path);
  for (const [i, link] of links.entries()) {
    await nav(page, edition).locator('summary').click();
    await nav(page, edition).getByRole('link', { name: link.label }).click();
    await expect(page).toHaveURL(new RegExp(`#${link.stepId}$`));
    await expectStep(page, link.stepId);
    await nextFrames(page);
    await expect(nav(page, edition).locator('details')).not.toHaveAttribute('open');
    await expect(nav(page, edition).locator('summary')).toContainText(`${i + 1}/${links.length}`);
    await expect(nav(page, edition).locator('a[aria-current="location"]')).toHaveText(link.label);
  }
  await page.goBack();
  await expectStep(page, links.at(-2)!.stepId);
});

test('the navigator works from the keyboard and Escape closes it', async ({ page, edition }) => {
  const links = chapterLinks(edition.story);
  await openStory(page, edition.path + stateUrl(links[3]!.stepId, 0.5));
  const summary = nav(page, edition).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(nav(page, edition).locator('details')).toHaveAttribute('open');
  await page.keyboard.press('Tab');
  await expect(nav(page, edition).getByRole('link', { name: links[0]!.label })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(nav(page, edition).locator('details')).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();
});

test('Escape closes the navigator even before its toggle event has arrived', async ({ page, edition }) => {
  // Under load Chromium runs a key press before the `toggle` task queued by opening: one task here.
  await openStory(page, edition.path);
  await nav(page, edition)
    .locator('details')
    .evaluate((details: HTMLDetailsElement) => {
      details.open = true;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
  await expect(nav(page, edition).locator('details')).not.toHaveAttribute('open');
});

test("the reading-progress bar follows the page's scroll", async ({ page, edition: { path, story } }) => {
  const scale = async () => {
    await nextFrames(page);
    return page.locator('.reading-progress-bar').evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).a);
  };
  await openStory(page, path + stateUrl(story.steps[0]!.id, 0));
  const start = await scale();
  await openStory(page, path + stateUrl(story.steps[Math.floor(story.steps.length / 2)]!.id, 0.5));
  const middle = await scale();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const end = await scale();
  expect(start).toBeLessThan(0.1);
  expect(middle).toBeGreaterThan(0.3);
  expect(middle).toBeLessThan(0.7);
  expect(end).toBeCloseTo(1, 2);
});

test.describe('keyboard', () => {
  test('the skip link comes first, shows on focus and leads to the story', async ({ page, edition }) => {
    await openStory(page, edition.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: edition.story.ui.skipToStory });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#story$/);
  });

  test('every link and control is reachable, visibly focused, and focus never gets stuck', async ({
    page,
    edition,
  }) => {
    await openStory(page, edition.path);
    // The chapter links wait inside the closed navigator; its own test opens it.
    const focusable = await page
      .locator('a[href]:not(details:not([open]) a), summary, button, [tabindex]:not([tabindex="-1"])')
      .count();
    const seen = new Set<string>();
    for (let i = 0; i < focusable + 2; i++) {
      await page.keyboard.press('Tab');
      await nextFrames(page);
      const focused = await page.evaluate((shownAttr) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: `${[...document.querySelectorAll('*')].indexOf(el)} ${el.outerHTML.slice(0, 80)}`,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0,
          // a link in an overlay the scroll had hidden is shown once focused
          shown: el.closest('.overlay')?.hasAttribute(shownAttr) ?? true,
        };
      }, ATTR_SHOWN);
      if (!focused) break;
      expect(focused.outlined, focused.key).toBe(true);
      expect(focused.onScreen, focused.key).toBe(true);
      expect(focused.shown, focused.key).toBe(true);
      seen.add(focused.key);
    }
    // Every focusable element took its turn, and Tab went on past the last one, out of the page.
    expect(seen.size).toBe(focusable);
  });

  test('Page Down and Space move through every step in order', async ({ page, edition }) => {
    await openStory(page, edition.path);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const seen: string[] = [];
    for (const key of Array.from({ length: 80 }, (_, i) => (i % 2 ? 'Space' : 'PageDown'))) {
      const before = await page.evaluate(() => scrollY);
      await page.keyboard.press(key);
      await page.waitForFunction((y) => scrollY !== y, before, { timeout: 1500 }).catch(() => undefined);
      await settleScroll(page);
      await nextFrames(page);
      const step = await page.locator(storySelector).getAttribute(ATTR_ACTIVE_STEP);
      if (seen.at(-1) !== step) seen.push(step!);
      if ((await page.evaluate(() => scrollY)) === before) break;
    }
    expect(seen).toEqual(stepIds);
  });
});

/**
 * Screens where a card and a quote compete for the height: 200% zoom on a 1280 × 800 laptop, where
 * the quotes read in place; phones from the smallest up, where card and quote take turns.
 */
const CROWDED_SCREENS = {
  desktop: [{ width: 640, height: 400 }],
  mobile: [
    { width: 320, height: 568 },
    { width: 375, height: 667 },
    { width: 360, height: 800 },
    { width: 320, height: 844 },
    { width: 390, height: 844 },
  ],
};

for (const { path, story: edition } of editions)
  test(`on crowded screens no overlay covers a card, and nothing overflows sideways (${edition.meta.lang})`, async ({
    page,
  }, info) => {
    for (const viewport of CROWDED_SCREENS[info.project.name as keyof typeof CROWDED_SCREENS]) {
      await page.setViewportSize(viewport);
      const screen = `${viewport.width} × ${viewport.height}`;
      for (const overlay of edition.overlays) {
        for (const stepId of stepIds.slice(stepIds.indexOf(overlay.enter), stepIds.indexOf(overlay.exit) + 1)) {
          await openStory(page, path + stateUrl(stepId, 0.5));
          const [cards, overlays] = [await visibleBoxesOf(page, '.card'), await visibleBoxesOf(page, '.overlay')];
          for (const o of overlays) {
            for (const c of cards) expect(overlaps(o, c), `${screen}: ${overlay.id} at ${stepId}`).toBe(false);
            // On phones (all of these take turns) an overlay floats in the card's place and fits the screen whole.
            if (info.project.name === 'mobile')
              expect(o.top, `${screen}: ${overlay.id}'s top`).toBeGreaterThanOrEqual(0);
          }
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), screen).toBe(true);
        }
      }
    }
  });
