/**
 * The page's script is fetched once the first screen has painted, not with the HTML. The page
 * reads without it (it is prerendered), and on a slow connection the script would take bandwidth
 * from the CSS and fonts that the first screen waits for. A frame that paints nothing (a
 * cross-origin iframe out of view, a background tab) still gets its script shortly after it has
 * loaded: an auto-height embed reports its height before the reader reaches it.
 */
import type { Plugin } from 'vite';

const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const AFTER_LOAD_MS = 1000;

/** A classic inline script: imports `src` at the first paint, or a moment after the load event. */
export const entryLoader = (src: string): string =>
  `<script>(function(s){function go(){s&&import(s);s=0}` +
  `try{new PerformanceObserver(function(l,o){o.disconnect();go()}).observe({type:"paint",buffered:true})}catch(e){go()}` +
  `addEventListener("load",function(){setTimeout(go,${AFTER_LOAD_MS})})})(${JSON.stringify(src)})</script>`;

export function scriptAfterFirstPaint(): Plugin {
  return {
    name: 'story:script-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entries = html.match(ENTRY_TAG) ?? [];
        if (entries.length !== 1)
          throw new Error(`script after first paint: expected the page's one module script, found ${entries.length}`);
        return html.replace(ENTRY_TAG, (_tag, src: string) => entryLoader(src));
      },
    },
  };
}
