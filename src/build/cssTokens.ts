/**
 * Build-time plugin: gives CSS the constants of `src/styles/tokens.ts`. Custom media queries
 * (`@media (--phone)`, the Media Queries 5 syntax no browser ships yet) are written out, and
 * `@tokens;` becomes the custom properties' declarations. A CSS file naming a query that
 * `tokens.ts` does not define fails the build.
 */
import type { Plugin } from 'vite';
import { CUSTOM_MEDIA, CUSTOM_PROPERTIES } from '../styles/tokens.ts';

const QUERY = /\((--[\w-]+)\)/g;

export function expandTokens(css: string, file: string): string {
  return css
    .replace(/@media[^{]+/g, (prelude) =>
      prelude.replace(QUERY, (_, name: string) => {
        const query = CUSTOM_MEDIA[name];
        if (!query)
          throw new Error(
            `${file}: unknown custom media query (${name}); tokens.ts defines ${Object.keys(CUSTOM_MEDIA).join(', ')}`,
          );
        return query;
      }),
    )
    .replace(/@tokens;/g, () =>
      Object.entries(CUSTOM_PROPERTIES)
        .map(([k, v]) => `${k}: ${v};`)
        .join('\n  '),
    );
}

export function cssTokens(): Plugin {
  return {
    name: 'story:css-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css($|\?)|[?&]lang\.css/.test(id)) return;
      return { code: expandTokens(code, id), map: null };
    },
  };
}
