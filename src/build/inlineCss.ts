/**
 * Inlines the page's one stylesheet into index.html: the first paint then needs the HTML alone,
 * not a second request after it (a round trip on a phone's network). The styles are small (some
 * 4 KB gzipped) and the page is a single one, so nothing is lost to caching.
 */
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** The stylesheet's relative URLs (its fonts) resolved from the page instead of from the stylesheet. */
export const rebaseUrls = (css: string, cssDir: string): string =>
  css.replace(/url\((['"]?)\.\/([^'")]+)\1\)/g, (_, quote: string, path: string) => `url(${quote}./${posix.join(cssDir, path)}${quote})`);

export function inlineCss(): Plugin {
  return {
    name: 'story:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const sheets = Object.values(bundle ?? {}).flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [file] : []));
        if (sheets.length !== 1) throw new Error(`inline CSS: expected the page's one stylesheet, found ${sheets.map((f) => f.fileName).join(', ') || 'none'}`);
        const sheet = sheets[0]!;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${sheet.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`);
        if (!link.test(html)) throw new Error(`inline CSS: no <link> to ${sheet.fileName} in index.html`);
        const source = typeof sheet.source === 'string' ? sheet.source : new TextDecoder().decode(sheet.source);
        const css = rebaseUrls(source, posix.dirname(sheet.fileName));
        delete bundle![sheet.fileName];
        return html.replace(link, () => `<style>${css}</style>`);
      },
    },
  };
}
