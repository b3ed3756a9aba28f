/**
 * How the story runs inside another page, and the messages it exchanges with it. Pure: the
 * bridge (`embedBridge.ts`) and the loader (`static/embed.js`) speak exactly these formats.
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

export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const pymId = params.get('childId');
  if (pymId !== null && /^[\w-]{1,64}$/.test(pymId)) return { layout: 'pym', pymId };
  return { layout: params.get('mode') === 'sticky' ? 'sticky' : 'standalone', pymId: null };
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
const isPx = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_PX;

/** Anything that is not exactly a scroll message is null. */
export function parseScrollMessage(data: unknown): ScrollMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { ns, type, offset } = data as Record<string, unknown>;
  if (ns !== NAMESPACE || type !== 'scroll' || !isPx(offset) || Object.keys(data).length !== 3) return null;
  return { ns, type, offset };
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
