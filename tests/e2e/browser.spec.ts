import { expect, test } from '../support/test';
import { BROWSER_UI_FEATURES } from '../support/chromium';

const disabledFeatureLists = (commandLine: string) =>
  [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]!.split(','));

test('the test browser keeps the features Playwright turns off, and turns off its own address-bar popup', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await page.goto('chrome://version');
  const lists = disabledFeatureLists((await page.locator('#command_line').textContent()) ?? '');
  // Chromium heeds the last list only: ours, after Playwright's.
  expect(lists.length).toBeGreaterThanOrEqual(2);
  const heeded = lists.at(-1)!;
  for (const feature of lists.slice(0, -1).flat()) expect(heeded, `Playwright turns off ${feature}`).toContain(feature);
  for (const feature of BROWSER_UI_FEATURES) expect(heeded).toContain(feature);
  await page.close();
});
