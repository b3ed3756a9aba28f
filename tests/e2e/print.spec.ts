import { expect, test } from '@playwright/test';
import { openStory } from '../support/page';
import { keySteps, story } from '../support/story';

test('printing gives the text, quotes, a still of each chapter\'s key state, sources and credits, without navigation', async ({ page }) => {
  await openStory(page, `?step=${story.steps[4]!.id}&progress=0.5`);
  // The stills are drawn ahead of any print, once the reader has paused for a moment.
  await expect(page.locator('.print-still')).toHaveCount(0);
  await expect(page.locator('.print-still')).toHaveCount(keySteps.length, { timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });

  for (const id of keySteps) {
    const still = page.locator(`#${id} .print-still`);
    await expect(still).toBeVisible();
    const drawn = await still.evaluate((el) => {
      const inked = [...el.querySelectorAll('canvas')].some((c) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
        return false;
      });
      return inked || el.querySelector('svg rect, svg polygon') !== null;
    });
    expect(drawn, id).toBe(true);
  }
  await expect(page.locator('.reader-nav')).toBeHidden();
  await expect(page.locator('.graphic')).toBeHidden();
  for (const quote of await page.locator('blockquote').all()) {
    await expect(quote).toBeVisible();
    await expect(quote).toHaveCSS('opacity', '1');
  }
  for (const step of story.steps) await expect(page.locator(`#${step.id} .card`)).toBeVisible();
  await expect(page.locator('#sources-heading')).toBeVisible();
  await expect(page.locator('#credits-heading')).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('print stills wait for the reader to pause: none is drawn in the first seconds or while scrolling', async ({ page }) => {
  await openStory(page, '/');
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.waitForTimeout(500);
  }
  await expect(page.locator('.print-still')).toHaveCount(0);
  await expect(page.locator('.print-still')).toHaveCount(keySteps.length, { timeout: 15_000 });
});
