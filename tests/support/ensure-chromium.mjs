// Makes sure a Chromium exists before the browser tests run: $CHROMIUM_PATH, the system's
// /usr/bin/chromium, or Playwright's own; else fetches one (Playwright's download where the
// network allows it, Debian's package when running as root), else says exactly what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const have = (path) => Boolean(path) && existsSync(path);
const ownBrowser = () => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
};
const found = () => (have(process.env.CHROMIUM_PATH) || have('/usr/bin/chromium') || have(ownBrowser()));
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

if (process.env.CHROMIUM_PATH && !have(process.env.CHROMIUM_PATH)) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
if (!found()) {
  console.log('No Chromium found; trying Playwright\'s own download…');
  run('npx', ['playwright', 'install', 'chromium']);
}
if (!found() && process.getuid?.() === 0 && have('/usr/bin/apt-get')) {
  console.log('Trying Debian\'s chromium package…');
  run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
}
if (!found()) {
  console.error(
    'No Chromium for the browser tests. Install one of:\n' +
      '  sudo apt-get install chromium        (Debian/Ubuntu; used from /usr/bin/chromium)\n' +
      '  npx playwright install chromium      (Playwright\'s own build)\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
