/**
 * Preloads the faces the first screen sets (headline, dek, first card), so they arrive with the CSS
 * instead of after it and the text does not reflow when they swap in. The rest load on use.
 */
import type { Plugin } from 'vite';

// The first step's card, with its italic title, already shows at the foot of the first screen.
const FIRST_SCREEN_FACES = [
  /barlow-condensed-latin-600-normal/,
  /source-serif-4-latin-400-normal/,
  /source-serif-4-latin-400-italic/,
];

export function fontPreload(): Plugin {
  let base = './';
  return {
    name: 'story:font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const fonts = Object.values(bundle ?? {}).filter(
          (file) => file.fileName.endsWith('.woff2') && FIRST_SCREEN_FACES.some((face) => face.test(file.fileName)),
        );
        if (fonts.length !== FIRST_SCREEN_FACES.length)
          throw new Error(
            `font preload: expected ${FIRST_SCREEN_FACES.length} first-screen faces in the bundle, found ${fonts.map((f) => f.fileName).join(', ') || 'none'}`,
          );
        return fonts.map((font) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: base + font.fileName },
          injectTo: 'head-prepend' as const,
        }));
      },
    },
  };
}
