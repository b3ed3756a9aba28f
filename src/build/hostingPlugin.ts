/**
 * Build-time plugin: the hosting rules (`hostingHeaders.ts`) shipped with the site. The built page
 * gets its Content-Security-Policy as a `<meta http-equiv>` (what a meta tag can carry), `_headers`
 * gets the full policy and the cache rules, and `embed.js` a versioned copy for hosts that pin one
 * with `integrity` (`embed.json` names it). `vite preview` (`npm start`, the test server) sends
 * the headers `_headers` lists, so every end-to-end test runs under them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadStoryFile } from '../content/validate.ts';
import { LOADER_FILE } from './embedScripts.ts';
import {
  headerRules,
  headersFile,
  headersFor,
  inlineScripts,
  parseHeadersFile,
  policyHeader,
  policyMeta,
  sri,
} from './hostingHeaders.ts';
import { isMainEdition, storyFileFromEnv } from './storyPlugin.ts';
import { editionFiles } from '../content/editions.ts';

export const HEADERS_FILE = '_headers';

export function hostingPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'story:hosting',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('hosting: index.html must be built first');
        const storyFile = storyFileFromEnv(root);
        const html = String(page.source);
        const frameAncestors = loadStoryFile(storyFile).embed.allowedOrigins;
        page.source = html.replace(
          /<meta charset="utf-8" \/>/,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policyMeta({ inlineScripts: inlineScripts(html), frameAncestors })}" />`,
        );
        // The loader and the headers are the site's, written once, by the main edition's build, the
        // last (buildEditions.ts): its policy allows the inline scripts of every edition's page.
        if (!isMainEdition(storyFile)) return;
        const loader = bundle[LOADER_FILE];
        if (loader?.type !== 'asset') throw new Error('hosting: embed.js must be built first');
        const editionPaths = editionFiles(dirname(storyFile))
          .map((e) => e.path)
          .filter(Boolean);
        // (A lone `vite build` of the main edition has no other pages beside it.)
        const otherPages = editionPaths
          .map((path) => join(outDir, path, 'index.html'))
          .filter((page) => existsSync(page))
          .map((page) => readFileSync(page, 'utf8'));
        const input = { inlineScripts: [...new Set([html, ...otherPages].flatMap(inlineScripts))], frameAncestors };
        const integrity = sri(loader.source);
        const versioned = `embed.${integrity.slice(7, 19).replace(/[+/]/g, '_')}.js`;
        this.emitFile({ type: 'asset', fileName: versioned, source: loader.source });
        this.emitFile({
          type: 'asset',
          fileName: 'embed.json',
          source: JSON.stringify({ src: versioned, integrity, crossorigin: 'anonymous' }, null, 2) + '\n',
        });
        this.emitFile({
          type: 'asset',
          fileName: HEADERS_FILE,
          source: headersFile(headerRules(policyHeader(input), versioned, editionPaths)),
        });
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const rules = parseHeadersFile(readFileSync(join(outDir, HEADERS_FILE), 'utf8'));
        const path = new URL(req.url ?? '/', 'http://preview').pathname;
        for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
        next();
      });
    },
  };
}
