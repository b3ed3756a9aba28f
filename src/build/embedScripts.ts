/**
 * Build-time plugin: the two scripts built from the embed contract. The host's loader
 * (`src/embed/embedLoader.ts`) becomes `embed.js` at the site's root, the one stable URL hosts
 * paste; the head script (`src/embed/headScript.ts`) is inlined into the page where
 * `<!--head-script-->` stands, so that it runs before first paint.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { editionFiles } from '../content/editions.ts';
import type { Plugin } from 'vite';
import { isMainEdition, storyFileFromEnv } from './storyPlugin.ts';

const LOADER = 'src/embed/embedLoader.ts';
const HEAD_SCRIPT = 'src/embed/headScript.ts';
export const LOADER_FILE = 'embed.js';

/** One script, bundled and minified into a classic script's text. */
export async function bundleScript(root: string, entry: string): Promise<string> {
  // The loader picks an edition by language among those the story files make.
  const editionPaths = editionFiles(dirname(storyFileFromEnv(root)))
    .map((e) => e.path)
    .filter(Boolean);
  const result = await build({
    entryPoints: [resolve(root, entry)],
    define: { EDITION_PATHS: JSON.stringify(editionPaths) },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text.trim();
}

export function embedScripts(): Plugin {
  let root = process.cwd();
  return {
    name: 'story:embed-scripts',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${LOADER_FILE}`, (_req, res, next) => {
        bundleScript(root, LOADER).then((code) => res.setHeader('content-type', 'text/javascript').end(code), next);
      });
    },
    async generateBundle() {
      // The site's one loader: the main edition's build writes it (it takes the edition as `data-lang`).
      if (!isMainEdition(storyFileFromEnv(root))) return;
      this.emitFile({ type: 'asset', fileName: LOADER_FILE, source: `${await bundleScript(root, LOADER)}\n` });
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) =>
        html.replace('<!--head-script-->', `<script>${await bundleScript(root, HEAD_SCRIPT)}</script>`),
    },
  };
}
