import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  headerRules,
  headersFile,
  headersFor,
  IMMUTABLE,
  inlineScripts,
  parseHeadersFile,
  policyHeader,
  policyMeta,
  REVALIDATE,
} from './hostingHeaders';

const input = { inlineScripts: ['a()', 'b()'], frameAncestors: [] };

describe('the Content-Security-Policy', () => {
  it("allows scripts from the site and the page's own inline scripts by hash, nothing else", () => {
    const hash = `'sha256-${createHash('sha256').update('a()').digest('base64')}'`;
    const policy = policyHeader(input);
    expect(policy).toContain(`script-src 'self' ${hash} 'sha256-`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "worker-src 'self'"])
      expect(policy).toContain(directive);
  });
  it("lets any page frame the story, or only the story file's allowed origins", () => {
    expect(policyHeader(input)).toContain('frame-ancestors *');
    expect(policyHeader({ ...input, frameAncestors: ['https://news.example'] })).toContain(
      'frame-ancestors https://news.example',
    );
  });
  it('leaves out of the meta tag what only a header can carry', () => {
    expect(policyMeta(input)).not.toContain('frame-ancestors');
    expect(policyMeta(input)).toContain('script-src');
  });
  it('finds the inline scripts of a page, not those with a src', () => {
    expect(
      inlineScripts('<script>one()</script><script type="module" src="x.js"></script><script>\ntwo()</script>'),
    ).toEqual(['one()', '\ntwo()']);
  });
});

describe('_headers', () => {
  const rules = headerRules(policyHeader(input), 'embed.abc.js');
  it('caches hashed assets and the versioned loader for good, and revalidates the stable URLs', () => {
    expect(headersFor(rules, '/assets/index-x1.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/embed.abc.js')['Cache-Control']).toBe(IMMUTABLE);
    for (const path of ['/', '/index.html', '/embed.js', '/visual-states.json'])
      expect(headersFor(rules, path)['Cache-Control'], path).toBe(REVALIDATE);
    expect(headersFor(rules, '/index.html')['Content-Security-Policy']).toBe(policyHeader(input));
  });
  it('reads back as it was written', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });
});
