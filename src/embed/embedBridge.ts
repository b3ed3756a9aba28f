/**
 * The story's side of embedding: reports its content height to the page around it and, inside
 * our loader, scrolls its own document to the offset the host page streams in. Messages are
 * accepted only in the formats of `embedContract.ts`, from the parent window and listed origins.
 */
import {
  fromTrustedParent,
  NAMESPACE,
  parsePymMessage,
  parseScrollMessage,
  pymMessage,
  type EmbedOptions,
  type StoryMessage,
} from './embedContract';

/** Connects to the embedding page; returns the function that disconnects. */
export function connectEmbed({ layout, pymId }: EmbedOptions, allowedOrigins: readonly string[]): () => void {
  if (layout === 'standalone' || window.parent === window) return () => {};
  const post = (message: StoryMessage | string) => window.parent.postMessage(message, '*');

  // pym.js measures the body, our loader the scrollable document: each gets what it expects.
  const contentHeight = () =>
    Math.ceil(layout === 'pym' ? document.body.offsetHeight : document.documentElement.scrollHeight);
  let reported = -1;
  const reportHeight = (always = false) => {
    const height = contentHeight();
    if (height === reported && !always) return;
    reported = height;
    post(layout === 'pym' ? pymMessage(pymId!, 'height', String(height)) : { ns: NAMESPACE, type: 'height', height });
  };

  let hostOffset = -1;
  const onMessage = (event: MessageEvent) => {
    if (!fromTrustedParent(event, window.parent, allowedOrigins)) return;
    if (layout === 'pym') {
      if (parsePymMessage(event.data, pymId!)?.type === 'width') reportHeight(true);
      return;
    }
    const message = parseScrollMessage(event.data);
    if (!message) return;
    hostOffset = Math.round(message.offset);
    if (Math.abs(window.scrollY - hostOffset) >= 1) window.scrollTo({ top: hostOffset, behavior: 'instant' });
    // Chromium pauses rendering, and with it the ResizeObserver, in a cross-origin frame that is
    // off screen; the host's messages still arrive, so each one re-checks the height.
    reportHeight();
  };
  // The story moved itself (a chapter link, a focused link): ask the host to follow.
  const onScroll = () => {
    if (hostOffset >= 0 && Math.abs(window.scrollY - hostOffset) > 1)
      post({ ns: NAMESPACE, type: 'scrolled', offset: Math.round(window.scrollY) });
  };

  const sizes = new ResizeObserver(() => reportHeight());
  sizes.observe(document.body);
  window.addEventListener('message', onMessage);
  // Only our loader follows the story; a pym.js frame never scrolls itself.
  if (layout === 'sticky') window.addEventListener('scroll', onScroll, { passive: true });
  document.fonts.ready.then(() => reportHeight());
  reportHeight(true);
  return () => {
    sizes.disconnect();
    window.removeEventListener('message', onMessage);
    window.removeEventListener('scroll', onScroll);
  };
}
