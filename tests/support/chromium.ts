/**
 * Which Chromium the tests and benchmarks drive: $CHROMIUM_PATH, else the system's Debian
 * Chromium (`browsers.ts`), else Playwright's own browser (undefined lets Playwright pick it).
 */
import { browserPath } from './browsers';

export const chromiumExecutable = (): string | undefined => browserPath('chromium');

/**
 * Chromium heeds only the last `--disable-features` it is given, and Playwright passes its own
 * first: a list of ours replaces Playwright's, so it starts with Playwright's (1.65). The test
 * `browser.spec.ts` fails when Playwright's list grows and this copy does not.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];
/**
 * The browser's own address-bar popup, a WebUI page that a headless browser never shows: it
 * starts a renderer with every browser context, about 1 s of CPU here (measured 1.6–2.0 s for the
 * first context, the whole browser 1.0–1.3 s per context against 0.4–0.6 s without), which the
 * page under test or measurement shares the machine's two cores with.
 */
export const BROWSER_UI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Quiet, offline, deterministic: no background traffic, no GPU differences between runs; `disabled` adds to the features turned off. */
export const chromiumArgs = (...disabled: string[]): string[] => [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES, ...disabled].join(',')}`,
];

export const CHROMIUM_ARGS = chromiumArgs();
