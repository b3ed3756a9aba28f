/**
 * `npm run build`: one Vite build per edition of the story (`src/content/editions.ts`), the main
 * edition into `dist/`, each other one into `dist/<code>/`. Each build prerenders its page from
 * its own story file; the main one also writes what the site has once (the embed loader, the
 * hosting rules, the visual-state manifest of every edition).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { editionFiles } from '../content/editions.ts';

const OUT_DIR = 'dist';

// The main edition last: its hosting rules allow the inline scripts of every edition's built page.
const [main, ...others] = editionFiles(resolve('data'));
rmSync(OUT_DIR, { recursive: true, force: true });
for (const edition of [...others, main!]) {
  process.env.STORY = edition.file;
  // Files served as they are (favicon, share card, robots.txt) are the site's, at its root: another
  // edition's page links them there, relative to itself so the site still works under a sub-path.
  const toRoot = '../'.repeat(edition.path.split('/').filter(Boolean).length);
  await build({
    build: { outDir: join(OUT_DIR, edition.path), emptyOutDir: false, copyPublicDir: edition === main },
    experimental: { renderBuiltUrl: (file, { type }) => (type === 'public' ? toRoot + file : undefined) },
  });
}
