/**
 * Where the three engines the tests drive live: Debian's packages by default, each overridable by
 * an environment variable. `ensure-browsers.mjs` installs the packages where they are missing.
 */
import { existsSync } from 'node:fs';

export const BROWSERS = {
  /** Debian's `chromium`, driven by Playwright (`chromium.ts` says which one the tests use). */
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', debian: ['chromium'] },
  /** Debian's `firefox-esr`, driven over WebDriver BiDi by puppeteer-core. */
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', debian: ['firefox-esr'] },
  /** Debian's `webkit2gtk-driver`: WebKitGTK's classic WebDriver server, run under Xvfb. */
  webkitDriver: { env: 'WEBKIT_DRIVER_PATH', path: '/usr/bin/WebKitWebDriver', debian: ['webkit2gtk-driver'] },
  /** The virtual X display WebKitGTK's window opens in. */
  xvfb: { env: 'XVFB_RUN_PATH', path: '/usr/bin/xvfb-run', debian: ['xvfb'] },
  /** The WebKitGTK browser the driver starts (comes with `webkit2gtk-driver`). */
  webkit: { env: 'WEBKIT_BROWSER_PATH', path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', debian: [] },
} as const;

export type BrowserName = keyof typeof BROWSERS;

/** The executable for `name`: its environment variable, else Debian's path; undefined when neither exists. */
export function browserPath(name: BrowserName): string | undefined {
  const { env, path } = BROWSERS[name];
  const chosen = process.env[env] || path;
  return existsSync(chosen) ? chosen : undefined;
}
