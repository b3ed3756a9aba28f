import { expect, test } from '../support/test';
import { openStory, printable, stageScripts } from '../support/page';
import { editions, keySteps } from '../support/story';
import { ATTR_QUOTE_ORIGINAL } from '../../src/scroll/domContract';

for (const { path, story: edition } of editions)
  test(`printing gives the text, quotes, a still of each chapter's key state, sources and credits, without navigation (${edition.meta.lang})`, async ({
    page,
  }) => {
    await openStory(page, `${path}?step=${edition.steps[4]!.id}&progress=0.5`);
    await printable(page);
    // The stills are drawn when printing begins (page.pdf() fires `beforeprint`, as a browser's print does).
    await expect(page.locator('.print-still')).toHaveCount(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.locator('.print-still')).toHaveCount(keySteps.length);
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
    // Every quote prints, a translated one with its original under it (on screen one click away).
    for (const quote of await page.locator('blockquote').all()) {
      await expect(quote).toBeVisible();
      await expect(quote).toHaveCSS('opacity', '1');
    }
    await expect(page.locator(`blockquote[${ATTR_QUOTE_ORIGINAL}]`)).toHaveCount(
      edition.quotes.filter((q) => q.translation).length,
    );
    for (const step of edition.steps) await expect(page.locator(`#${step.id} .card`)).toBeVisible();
    await expect(page.locator('#sources-heading')).toBeVisible();
    await expect(page.locator('#credits-heading')).toBeVisible();
  });

test('nothing is drawn for print before printing; the stages a printout needs load once the reader pauses, not while scrolling', async ({
  page,
}) => {
  await openStory(page, '/');
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => window.scrollBy(0, 120));
    await page.waitForTimeout(500);
  }
  expect(await stageScripts(page)).not.toContain('chart');
  await printable(page);
  await expect(page.locator('.print-still')).toHaveCount(0);
});
