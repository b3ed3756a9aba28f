/** JS heap after scrolling the whole story down and up once, against after five times: a leak grows. */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { READY_SELECTOR } from '../../src/scroll/visualStates';

export async function heapAfterScrolling(browser: Browser, url: string, first: string, last: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.locator(READY_SELECTOR).waitFor();
  // Evaluated over the DevTools protocol: the page's Content-Security-Policy rightly refuses an injected script tag.
  await page.evaluate(readFileSync(new URL('./scrollRecorder.js', import.meta.url), 'utf8'));
  const roundTrip = async () => {
    for (const [from, to] of [
      [first, last],
      [last, first],
    ] as const)
      await page.evaluate(
        (args) => (window as unknown as { benchScroll: (a: object) => Promise<unknown> }).benchScroll(args),
        { from, to, pxPerSecond: 6000 },
      );
  };
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await roundTrip();
  const once = await heap();
  for (let i = 0; i < 4; i++) await roundTrip();
  const five = await heap();
  await context.close();
  return { onceMB: once / 2 ** 20, fiveMB: five / 2 ** 20, growthMB: (five - once) / 2 ** 20 };
}
