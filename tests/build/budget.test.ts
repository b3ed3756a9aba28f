import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Bytes are deterministic, so their budgets are tests; timings live in `npm run bench`.
const KB = 1024;
const root = new URL('../..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'budget-'));
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const assets = () => readdirSync(join(out, 'assets')).map((f) => join(out, 'assets', f));

beforeAll(() => {
  const build = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('byte budgets of the built story', () => {
  it('ships at most 100 KB of JavaScript, gzipped, and no validator', () => {
    const js = assets().filter((f) => f.endsWith('.js'));
    expect(js.reduce((sum, f) => sum + gz(f), 0)).toBeLessThanOrEqual(100 * KB);
    for (const f of js) expect(readFileSync(f, 'utf8')).not.toMatch(/ZodError|toJSONSchema/);
  });

  it("fits the first screen's HTML and render-blocking CSS in 14 KB gzipped (one round trip)", () => {
    const css = assets().filter((f) => f.endsWith('.css'));
    expect(gz(join(out, 'index.html')) + css.reduce((sum, f) => sum + gz(f), 0)).toBeLessThanOrEqual(14 * KB);
  });

  it('keeps the embed loader to a few KB', () => {
    expect(readFileSync(join(out, 'embed.js')).length).toBeLessThanOrEqual(5 * KB);
  });

  it('preloads exactly the fonts the first screen sets', () => {
    const preloads = [
      ...readFileSync(join(out, 'index.html'), 'utf8').matchAll(
        /<link rel="preload" as="font"[^>]*href="\.\/assets\/([^"]+)"/g,
      ),
    ].map((m) => m[1]);
    expect(preloads.map((f) => f!.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual([
      'barlow-condensed-latin-600-normal',
      'source-serif-4-latin-400-italic',
      'source-serif-4-latin-400-normal',
    ]);
  });

  it("fetches the page's script after the first paint, not with the HTML", () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+type="module"/);
    const [, src] = /import\(s\).*\}\)\("([^"]+)"\)<\/script>/.exec(html) ?? [];
    expect(src).toMatch(/^\.\/assets\/index-[\w-]+\.js$/);
    expect(assets()).toContain(join(out, src!));
  });

  it('keeps the fonts a browser downloads (woff2) within 100 KB', () => {
    const fonts = assets().filter((f) => f.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.reduce((sum, f) => sum + readFileSync(f).length, 0)).toBeLessThanOrEqual(100 * KB);
  });
});
