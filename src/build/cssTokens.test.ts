import { describe, expect, it } from 'vitest';
import { CUSTOM_MEDIA } from '../styles/tokens';
import { expandTokens } from './cssTokens';

describe('expandTokens', () => {
  it('writes out custom media queries from tokens.ts', () => {
    expect(expandTokens('@media (--phone) { a { b: c } }', 'x.css')).toBe(
      `@media ${CUSTOM_MEDIA['--phone']} { a { b: c } }`,
    );
    expect(expandTokens('@media print, (--short) {}', 'x.css')).toBe(`@media print, ${CUSTOM_MEDIA['--short']} {}`);
  });
  it('leaves custom properties outside media queries alone', () => {
    expect(expandTokens('a { width: var(--measure); }', 'x.css')).toBe('a { width: var(--measure); }');
  });
  it('puts the custom properties where @tokens; stands', () => {
    expect(expandTokens(':root { @tokens; }', 'x.css')).toContain('--accent: #a6f0c6;');
  });
  it('fails the build on a query tokens.ts does not define, naming the file', () => {
    expect(() => expandTokens('@media (--tablet) {}', 'src/styles/x.css')).toThrow(
      /src\/styles\/x\.css: unknown custom media query \(--tablet\)/,
    );
  });
});
