/** Firefox ESR over WebDriver BiDi, through puppeteer-core (Playwright's channel sends commands ESR lacks). */
import puppeteer, { type Page } from 'puppeteer-core';
import type { Engine, EnginePage, Viewport } from './enginePage';

const PAGE_ERRORS = () => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [];

function firefoxPage(page: Page, viewport: Viewport): EnginePage {
  return {
    viewport,
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async back() {
      await page.goBack({ waitUntil: 'domcontentloaded' });
    },
    async evaluate(fn, args, frame) {
      const target = frame ? (await (await page.waitForSelector(frame))!.contentFrame())! : page.mainFrame();
      return target.evaluate(fn as (...a: unknown[]) => never, ...((args ?? []) as unknown[]));
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    pageErrors: () => page.evaluate(PAGE_ERRORS),
    close: () => page.close(),
  };
}

export async function launchFirefox(executablePath: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      // Offline and quiet, as the Chromium runs are.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async newPage(viewport) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      return firefoxPage(page, viewport);
    },
    close: () => browser.close(),
  };
}
