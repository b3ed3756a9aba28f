/**
 * The story's inline markup, parsed into tokens that components render as elements.
 * Nothing from the story file is ever injected as HTML; this parser is the only reader of the syntax.
 */
export type InlineToken =
  { kind: 'text'; text: string } | { kind: 'em'; text: string } | { kind: 'link'; text: string; href: string };

// `*emphasis*` and `[text](href)`; anything else, including lone asterisks, stays text.
const PATTERN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^()\s]+)\)/g;
const SAFE_HREF = /^(?:https?:\/\/|#|mailto:)/i;

export function parseInline(source: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of source.matchAll(PATTERN)) {
    const [whole, em, linkText, href] = match;
    const at = match.index;
    if (at > last) tokens.push({ kind: 'text', text: source.slice(last, at) });
    if (em !== undefined) tokens.push({ kind: 'em', text: em });
    else if (SAFE_HREF.test(href!)) tokens.push({ kind: 'link', text: linkText!, href: href! });
    else tokens.push({ kind: 'text', text: linkText! });
    last = at + whole.length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** The words a reader sees, without markup: for meta tags, `aria-label`s and text comparisons. */
export const plainText = (source: string): string =>
  parseInline(source)
    .map((t) => t.text)
    .join('');
