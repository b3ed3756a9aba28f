/** A site built from an edited copy of the story file, served to a page on a made-up origin. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Story } from '../../src/content/schema';
import { story } from './story';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Builds the site from a copy of the story changed by `edit` into the test's output folder; returns the built folder. */
export function buildStoryCopy(edit: (copy: Story) => void): string {
  // Playwright empties its output folder at the start of each run: nothing piles up in the system's temp folder.
  const dir = test.info().outputPath('story-copy');
  mkdirSync(dir, { recursive: true });
  const copy = structuredClone(story);
  edit(copy);
  writeFileSync(join(dir, 'story.json'), JSON.stringify(copy));
  const build = spawnSync('npx', ['vite', 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, STORY: join(dir, 'story.json') },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  return join(dir, 'dist');
}

/** Serves a built folder at `origin` (e.g. `http://copy.test/`) to this page only. */
export async function serveBuilt(page: Page, origin: string, dist: string): Promise<void> {
  await page.route(`${origin}**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = join(dist, path === '/' ? 'index.html' : path);
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
}
