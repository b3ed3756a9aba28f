/**
 * Build-time plugin: validates the story file (a bad one fails the build with its JSON paths),
 * serves it to the app as `virtual:story` (with its dates and numbers already formatted), and
 * prerenders the whole page into index.html so the story reads without JavaScript and paints
 * before scripts run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { loadStoryFile } from '../content/validate.ts';
import type { Story } from '../content/schema.ts';
import { editionFiles, editionHref, editionOf, loadEditions, type LoadedEdition } from '../content/editions.ts';
import type { EditionLink } from '../content/editionLink.ts';
import { storyLabels } from './storyLabels.ts';
import { visualManifest } from '../scroll/visualStates.ts';
import { visualManifestJsonSchema } from '../scroll/visualManifestSchema.ts';

const VIRTUAL_ID = 'virtual:story';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const ENTRY_SERVER = '/src/entry-server.ts';

/** `STORY=data/story.es.json vite build` builds one edition from its own file (`npm run build` builds them all). */
export const storyFileFromEnv = (root: string): string => resolve(root, process.env.STORY ?? 'data/story.json');

/** Whether the story file is the main edition's: its build writes what the site has once. */
export const isMainEdition = (storyFile: string): boolean => editionOf(storyFile).path === '';

/**
 * Every edition beside the story file (each validated, and checked against the main one), or the
 * file alone where it has no siblings (a story file kept elsewhere, a test's broken one).
 */
function editionsOf(storyFile: string): LoadedEdition[] {
  const dir = dirname(storyFile);
  if (!editionFiles(dir).some((e) => e.file === storyFile))
    return [{ file: storyFile, path: '', story: loadStoryFile(storyFile) }];
  return loadEditions(dir);
}

/** The links from this edition's page to every edition, itself included (for `hreflang`). */
function editionLinks(storyFile: string): EditionLink[] {
  const editions = editionsOf(storyFile);
  const here = editions.find((e) => e.file === storyFile)!;
  return editions.map((e) => ({
    lang: e.story.meta.lang,
    label: e.story.meta.editionLink,
    href: editionHref(here.path, e.path),
    canonicalUrl: e.story.meta.canonicalUrl,
    current: e === here,
  }));
}

interface RenderedPage {
  head: string;
  body: string;
}
type EntryServer = { renderPage(): RenderedPage; story: Story };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only the virtual module: what the prerender's own small server needs. */
function storyModule(storyFile: string): Plugin {
  return {
    name: 'story:module',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return;
      this.addWatchFile(storyFile);
      const story = loadStoryFile(storyFile);
      return [
        `export default ${JSON.stringify(story)};`,
        `export const labels = ${JSON.stringify(storyLabels(story))};`,
        `export const editions = ${JSON.stringify(editionLinks(storyFile))};`,
      ].join('\n');
    },
  };
}

async function renderWith(server: ViteDevServer): Promise<EntryServer> {
  return (await server.ssrLoadModule(ENTRY_SERVER)) as EntryServer;
}

/** A throw-away SSR server for the production build, which has no dev server to borrow. */
async function renderForBuild(root: string, storyFile: string): Promise<EntryServer> {
  const server = await createServer({
    configFile: false,
    root,
    mode: 'production',
    // Its own cache, so builds running side by side (the tests do) never share a half-written one.
    cacheDir: mkdtempSync(join(tmpdir(), 'story-prerender-')),
    logLevel: 'error',
    appType: 'custom',
    plugins: [svelte({ configFile: false }), storyModule(storyFile)],
    server: { middlewareMode: true, hmr: false, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await renderWith(server);
  } finally {
    await server.close();
    rmSync(server.config.cacheDir, { recursive: true, force: true });
  }
}

export function storyPlugin(): Plugin[] {
  let root = process.cwd();
  let storyFile = storyFileFromEnv(root);
  let devServer: ViteDevServer | undefined;

  return [
    storyModule(storyFile),
    {
      name: 'story:prerender',
      configResolved(config) {
        root = config.root;
        storyFile = storyFileFromEnv(root);
      },
      buildStart() {
        // Fail before any work is done, with every problem listed: this edition's, then how it departs from the main one.
        loadStoryFile(storyFile);
        editionsOf(storyFile);
      },
      generateBundle() {
        // The manifest lists every edition's states; the main edition's build writes it, once.
        if (!isMainEdition(storyFile)) return;
        this.emitFile({
          type: 'asset',
          fileName: 'visual-states.json',
          source: JSON.stringify(visualManifest(editionsOf(storyFile)), null, 2) + '\n',
        });
        this.emitFile({ type: 'asset', fileName: 'visual-states.schema.json', source: visualManifestJsonSchema() });
      },
      configureServer(server) {
        devServer = server;
      },
      transformIndexHtml: {
        order: 'pre',
        async handler(html) {
          const entry = devServer ? await renderWith(devServer) : await renderForBuild(root, storyFile);
          const { head, body } = entry.renderPage();
          const { lang } = entry.story.meta;
          return html
            .replace('%story-lang%', escapeHtml(lang))
            .replace('<!--story-head-->', head)
            .replace(
              '<!--story-noscript-->',
              `<noscript><p class="noscript">${escapeHtml(entry.story.ui.noscript)}</p></noscript>`,
            )
            .replace('<!--story-body-->', body);
        },
      },
    },
  ];
}
