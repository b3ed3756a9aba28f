import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './support/chromium';
import type { EngineOptions } from './engines/fixtures';
import type { EditionOptions } from './support/edition';
import type { EditionPath } from './support/story';
import { VIEWPORTS, type Viewport } from '../src/scroll/visualStates';

const PORT = Number(process.env.STORY_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

// The sizes the visual-state manifest publishes: the baselines are made at these.
const [DESKTOP, PHONE] = VIEWPORTS.map(({ width, height }) => ({ width, height })) as [Size, Size];
const [desktop, phone] = VIEWPORTS as [Viewport, Viewport];
type Size = { width: number; height: number };
/**
 * The edition each project reads in the specs of how the story works (support/edition.ts): each
 * engine reads both, one per size, and the phone size in Spanish, whose longer text crowds it most,
 * in two of the three.
 */
const EDITION_OF: Record<string, EditionPath> = {
  desktop: '',
  mobile: 'es/',
  'firefox-desktop': 'es/',
  'firefox-mobile': '',
  'webkit-desktop': '',
  'webkit-mobile': 'es/',
};
/** Firefox and WebKit run the cross-engine specs (tests/engines) at a desktop and a phone size. */
const otherEngines = (['firefox', 'webkit'] as const).flatMap((engine) =>
  Object.entries({ desktop: DESKTOP, mobile: PHONE }).map(([size, engineViewport]) => ({
    name: `${engine}-${size}`,
    testDir: './engines',
    use: { engine, engineViewport, editionPath: EDITION_OF[`${engine}-${size}`] },
    // WebKitGTK's page process still crashes now and then while a page scrolls in its software-rendered
    // Xvfb window (about one scroll-through in ten here, with no worker canvas): a crash is retried once.
    retries: engine === 'webkit' ? 1 : 0,
  })),
);

export default defineConfig<EngineOptions & EditionOptions>({
  testDir: './e2e',
  outputDir: '../test-results',
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}-{projectName}{ext}',
  fullyParallel: true,
  // One worker: two Chromiums on this two-core machine run slower in total than one.
  workers: 1,
  retries: 0,
  // A stuck run fails in minutes, well inside CI's limit, instead of hanging it.
  globalTimeout: 20 * 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  expect: { toMatchSnapshot: { maxDiffPixels: 0 } },
  use: {
    baseURL: BASE_URL,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
  },
  projects: [
    {
      name: desktop.name,
      use: {
        ...devices['Desktop Chrome'],
        viewport: DESKTOP,
        deviceScaleFactor: desktop.deviceScaleFactor,
        editionPath: EDITION_OF[desktop.name],
      },
    },
    {
      name: phone.name,
      use: {
        viewport: PHONE,
        deviceScaleFactor: phone.deviceScaleFactor,
        isMobile: phone.isMobile,
        hasTouch: phone.hasTouch,
        userAgent: devices['Pixel 7'].userAgent,
        editionPath: EDITION_OF[phone.name],
      },
    },
    ...otherEngines,
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '..',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
