/**
 * Makes sure the three engines the browser tests drive are there before they run (`browsers.ts`
 * says where): installs Debian's packages for any that is missing when running as root, else
 * says exactly what to install. Chromium may also be Playwright's own build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BROWSERS, browserPath, type BrowserName } from './browsers';

const playwrightChromium = () => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
};
const found = (name: BrowserName) => browserPath(name) !== undefined || (name === 'chromium' && playwrightChromium());
const missing = () => (Object.keys(BROWSERS) as BrowserName[]).filter((name) => !found(name));

for (const name of Object.keys(BROWSERS) as BrowserName[]) {
  const { env } = BROWSERS[name];
  if (process.env[env] && !existsSync(process.env[env]!)) {
    console.error(`${env} is set to ${process.env[env]}, but there is no file there.`);
    process.exit(1);
  }
}

const packages = () => [...new Set(missing().flatMap((name) => BROWSERS[name].debian))];
if (packages().length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian's ${packages().join(', ')} for the browser tests…`);
  const run = (...args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0;
  if (!(run('update', '-qq') && run('install', '-y', '-qq', '--no-install-recommends', ...packages()))) process.exit(1);
}
if (missing().length) {
  console.error(
    `The browser tests need ${missing().join(', ')}. Install Debian's packages:\n` +
      `  sudo apt-get install ${packages().join(' ')}\n` +
      `or point ${missing()
        .map((name) => BROWSERS[name].env)
        .join(', ')} at existing executables.`,
  );
  process.exit(1);
}
