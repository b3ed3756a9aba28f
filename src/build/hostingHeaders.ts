/**
 * What a host serves with the built site: a strict Content-Security-Policy (the page's two inline
 * scripts allowed by their hashes, nothing else inline) and cache rules, written as `_headers`
 * (the format Netlify, Cloudflare Pages and others read). The same rules reach `npm start` and the
 * test server (`hostingPlugin.ts`), so every end-to-end test runs under them.
 */
import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
export const sri = (content: string | Uint8Array): string =>
  `sha384-${createHash('sha384').update(content).digest('base64')}`;

export interface PolicyInput {
  /** the page's inline scripts, exactly as they stand between their tags */
  inlineScripts: readonly string[];
  /** the story file's `embed.allowedOrigins`: who may frame the story (any page when empty) */
  frameAncestors: readonly string[];
}

const directives = ({ inlineScripts }: PolicyInput): [string, string][] => [
  ['default-src', "'self'"],
  ['script-src', ["'self'", ...inlineScripts.map(sha256)].join(' ')],
  // Svelte sets a few style attributes in the prerendered page (sizes of the stage's layers).
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

const join = (list: [string, string][]) => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as an HTTP header: everything, `frame-ancestors` included. */
export const policyHeader = (input: PolicyInput): string =>
  join([...directives(input), ['frame-ancestors', input.frameAncestors.length ? input.frameAncestors.join(' ') : '*']]);

/** The policy as a `<meta http-equiv>` can carry it: `frame-ancestors` works only as a header. */
export const policyMeta = (input: PolicyInput): string => join(directives(input));

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Paths (from the site's root) and the headers each gets, most general first; later entries add to earlier ones. */
export function headerRules(
  policy: string,
  versionedLoader: string,
  /** where the editions other than the main one are published (`es/`) */
  editionPaths: readonly string[] = [],
): [string, Record<string, string>][] {
  const pages = ['', ...editionPaths];
  return [
    [
      '/*',
      {
        'Content-Security-Policy': policy,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        // A sandboxed embed has an opaque origin: its module script, CSS and fonts are CORS requests.
        'Access-Control-Allow-Origin': '*',
      },
    ],
    ...pages.map((page): [string, Record<string, string>] => [`/${page}assets/*`, { 'Cache-Control': IMMUTABLE }]),
    [`/${versionedLoader}`, { 'Cache-Control': IMMUTABLE }],
    ...[...pages.flatMap((page) => [`/${page}`, `/${page}index.html`]), '/embed.js', '/visual-states.json'].map(
      (path): [string, Record<string, string>] => [path, { 'Cache-Control': REVALIDATE }],
    ),
  ];
}

/** The rules in `_headers` syntax. */
export const headersFile = (rules: [string, Record<string, string>][]): string =>
  rules
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'))
    .join('\n') + '\n';

/** Parses `_headers` back into rules (the preview server reads the file the build wrote). */
export function parseHeadersFile(text: string): [string, Record<string, string>][] {
  const rules: [string, Record<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else {
      const at = line.indexOf(':');
      rules.at(-1)![1][line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers for `path` (from the site's root): every rule that matches, in order. */
export function headersFor(rules: [string, Record<string, string>][], path: string): Record<string, string> {
  const matches = (pattern: string) =>
    pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
  return Object.assign({}, ...rules.filter(([pattern]) => matches(pattern)).map(([, headers]) => headers));
}

/** Every inline script in `html`, as it stands between its tags. */
export const inlineScripts = (html: string): string[] =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
