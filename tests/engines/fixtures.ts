/**
 * The cross-engine specs' fixtures: a project names its engine and viewport (playwright.config.ts);
 * each test gets a `reader` page in that engine, and the `site` (`storyProxy.ts`) to open the story from.
 */
import { test as base } from '@playwright/test';
import { browserPath } from '../support/browsers';
import { editionFixtures, type EditionOptions } from '../support/edition';
import type { Edition } from '../support/story';
import type { Engine, EnginePage, Viewport } from './enginePage';
import { launchFirefox } from './firefoxDriver';
import { startStoryProxy, type StoryProxy } from './storyProxy';
import { launchWebKit } from './webkitDriver';

export interface EngineOptions {
  engine: 'firefox' | 'webkit';
  engineViewport: Viewport;
}

async function launch(name: EngineOptions['engine']): Promise<Engine> {
  if (name === 'firefox') return launchFirefox(browserPath('firefox')!);
  return launchWebKit(browserPath('webkitDriver')!, browserPath('webkit')!, browserPath('xvfb')!);
}

export const test = base.extend<
  { reader: EnginePage; edition: Edition },
  EngineOptions & EditionOptions & { browserEngine: Engine; site: StoryProxy }
>({
  ...editionFixtures,
  engine: ['firefox', { option: true, scope: 'worker' }],
  engineViewport: [
    { width: 1280, height: 800 },
    { option: true, scope: 'worker' },
  ],
  browserEngine: [
    async ({ engine }, use) => {
      const launched = await launch(engine);
      await use(launched);
      await launched.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const proxy = await startStoryProxy(workerInfo.project.use.baseURL!);
      await use(proxy);
      await proxy.close();
    },
    { scope: 'worker' },
  ],
  reader: async ({ browserEngine, engineViewport }, use, testInfo) => {
    const page = await browserEngine.newPage(engineViewport);
    await use(page);
    const errors = await page.pageErrors().catch(() => []);
    await page.close();
    if (testInfo.status === 'passed' && errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';
