/**
 * The host page's loader, built to `embed.js` (`embedScripts.ts`): embeds the story so that it
 * scrolls with the page, sticky graphic and all. No dependencies. Usage:
 *
 *   <div data-eternauta-embed data-hide="header"></div>
 *   <script src="https://<where the story is>/embed.js" async></script>
 *
 * Builds a container as tall as the story (the story reports its height) holding a sticky,
 * viewport-tall iframe, and streams the host page's scroll offset into it; the story scrolls its
 * own document to that offset. Options (data attributes): data-src (the story's URL; default:
 * beside this script), data-hide="header", data-bg="transparent", data-title (the iframe's
 * accessible name), data-sandbox (runs the story with sandbox="allow-scripts allow-popups").
 */
import { EMBED_PARAMS, LOADER_ATTRS as ATTRS, NAMESPACE, parseStoryMessage, type ScrollMessage } from './embedContract';

/** Where the editions other than the main one are published (`es/`): the build fills it in from the story files. */
declare const EDITION_PATHS: readonly string[];

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src ? new URL('./', script.src).href : location.href;

/** The page of the edition in `lang` (its primary language: `es`, `es-AR`), or the main edition's. */
const editionPage = (lang: string | null) => {
  const path = EDITION_PATHS.find((p) => p === `${(lang ?? '').split('-')[0]!.toLowerCase()}/`);
  return new URL(path ?? '', base).href;
};

function mount(placeholder: Element): void {
  if (placeholder.hasAttribute(ATTRS.mounted)) return;
  placeholder.setAttribute(ATTRS.mounted, '');
  const src = new URL(
    placeholder.getAttribute(ATTRS.src) || editionPage(placeholder.getAttribute(ATTRS.lang)),
    location.href,
  );
  src.searchParams.set(EMBED_PARAMS.embed, '1');
  src.searchParams.set(EMBED_PARAMS.mode, 'sticky');
  for (const key of ['hide', 'bg'] as const) {
    const value = placeholder.getAttribute(ATTRS[key]);
    if (value) src.searchParams.set(EMBED_PARAMS[key], value);
  }
  const sandboxed = placeholder.hasAttribute(ATTRS.sandbox);

  const container = document.createElement('div');
  container.className = NAMESPACE;
  container.style.cssText = 'position:relative;height:100vh;height:100dvh;';
  const iframe = document.createElement('iframe');
  iframe.title = placeholder.getAttribute(ATTRS.title) || 'Interactive story';
  iframe.style.cssText = 'position:sticky;top:0;display:block;width:100%;height:100vh;height:100dvh;border:0;';
  if (sandboxed) iframe.setAttribute('sandbox', 'allow-scripts allow-popups');
  iframe.src = src.href;
  container.appendChild(iframe);
  placeholder.appendChild(container);

  // A sandboxed story has an opaque origin: it can only be told apart by its window.
  const target = sandboxed ? '*' : src.origin;
  let sent = -1;
  let frame = 0;
  const offset = () => {
    const max = Math.max(0, container.offsetHeight - iframe.offsetHeight);
    return Math.round(Math.min(max, Math.max(0, -container.getBoundingClientRect().top)));
  };
  const send = () => {
    frame = 0;
    const now = offset();
    if (now === sent || !iframe.contentWindow) return;
    sent = now;
    iframe.contentWindow.postMessage({ ns: NAMESPACE, type: 'scroll', offset: now } satisfies ScrollMessage, target);
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(send);
  };
  const resend = () => {
    sent = -1;
    schedule();
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', resend);
  iframe.addEventListener('load', resend);
  window.addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== (sandboxed ? 'null' : src.origin)) return;
    const message = parseStoryMessage(event.data);
    if (message?.type === 'height') {
      container.style.height = `${message.height}px`;
      resend();
    } else if (message?.type === 'scrolled') {
      // The story moved itself (a chapter link, keyboard focus): the page follows.
      window.scrollTo(0, container.getBoundingClientRect().top + window.scrollY + message.offset);
    }
  });
}

document.querySelectorAll(`[${ATTRS.placeholder}]`).forEach(mount);
