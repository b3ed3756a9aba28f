/**
 * How the story runs inside another page, and the messages it exchanges with it. Pure, and the
 * one definition: the story's bridge (`embedBridge.ts`), the host's loader (`embedLoader.ts`,
 * built to `embed.js`) and the page's head script (`headScript.ts`) are all built from it.
 *
 *   standalone  its own page, or a plain fixed-height iframe: the story scrolls itself
 *   sticky      inside our loader: the host page scrolls, the loader streams the offset in
 *   pym         inside a pym.js parent: an auto-height iframe, so the story unrolls
 */
export type EmbedLayout = 'standalone' | 'sticky' | 'pym';

export interface EmbedOptions {
  layout: EmbedLayout;
  /** pym.js's id for this child (its `childId` parameter) */
  pymId: string | null;
}

/** The loader's placeholder attributes: its API for host pages (`data-hide` and `data-bg` pass the parameters of the same names on). */
export const LOADER_ATTRS = {
  placeholder: 'data-eternauta-embed',
  src: 'data-src',
  hide: 'data-hide',
  bg: 'data-bg',
  title: 'data-title',
  sandbox: 'data-sandbox',
  /** the edition to show, by its language (`es`); the main edition without it */
  lang: 'data-lang',
  /** set by the loader once it has built the placeholder's frame */
  mounted: 'data-embed-mounted',
} as const;

/** The story URL's embed parameters (the URL contract's embed part). */
export const EMBED_PARAMS = {
  /** `1`: embed mode (also on inside any iframe) */
  embed: 'embed',
  /** `header`: drop the headline block */
  hide: 'hide',
  /** `transparent`: a transparent page background */
  bg: 'bg',
  /** `sticky`: set by our loader, the host page's scroll drives the story */
  mode: 'mode',
  /** set by pym.js */
  childId: 'childId',
} as const;

export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const pymId = params.get(EMBED_PARAMS.childId);
  if (pymId !== null && /^[\w-]{1,64}$/.test(pymId)) return { layout: 'pym', pymId };
  return { layout: params.get(EMBED_PARAMS.mode) === 'sticky' ? 'sticky' : 'standalone', pymId: null };
}

/** Our own protocol: plain objects tagged with this namespace. */
export const NAMESPACE = 'eternauta-embed';

/** host → story: the host page has scrolled the story's container this far past the viewport top. */
export interface ScrollMessage {
  ns: typeof NAMESPACE;
  type: 'scroll';
  offset: number;
}
/** story → host */
export type StoryMessage =
  | { ns: typeof NAMESPACE; type: 'height'; height: number }
  /** the story moved itself (a chapter link, keyboard focus): the host should follow */
  | { ns: typeof NAMESPACE; type: 'scrolled'; offset: number };

const MAX_PX = 1e7;
export const isPx = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_PX;

/** Anything that is not exactly a scroll message is null. */
export function parseScrollMessage(data: unknown): ScrollMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { ns, type, offset } = data as Record<string, unknown>;
  if (ns !== NAMESPACE || type !== 'scroll' || !isPx(offset) || Object.keys(data).length !== 3) return null;
  return { ns, type, offset };
}

/** Anything that is not exactly one of the story's messages is null. */
export function parseStoryMessage(data: unknown): StoryMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { ns, type, height, offset } = data as Record<string, unknown>;
  if (ns !== NAMESPACE || Object.keys(data).length !== 3) return null;
  if (type === 'height' && isPx(height)) return { ns, type, height };
  if (type === 'scrolled' && isPx(offset)) return { ns, type, offset };
  return null;
}

/** Only the parent window, and when the story lists origins, only from one of them. */
export function fromTrustedParent(
  event: { source: unknown; origin: string },
  parent: unknown,
  allowedOrigins: readonly string[],
): boolean {
  return event.source === parent && (allowedOrigins.length === 0 || allowedOrigins.includes(event.origin));
}

const PYM = 'xPYMx';
export const pymMessage = (id: string, type: string, value: string): string => ['pym', id, type, value].join(PYM);

/** A pym.js message for this child, or null. */
export function parsePymMessage(data: unknown, id: string): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id || !/^[\w-]+$/.test(parts[2]!)) return null;
  return { type: parts[2]!, value: parts[3]! };
}
