import { describe, expect, it } from 'vitest';
import { parseInline, plainText } from './inlineMarkup';

describe('parseInline', () => {
  it('splits emphasis and links from plain text', () => {
    expect(parseInline('In *El Eternauta*, see [the report](https://example.org/a).')).toEqual([
      { kind: 'text', text: 'In ' },
      { kind: 'em', text: 'El Eternauta' },
      { kind: 'text', text: ', see ' },
      { kind: 'link', text: 'the report', href: 'https://example.org/a' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps HTML as inert text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('drops the target of a link with an unsafe scheme but keeps its words', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '[click](javascript:alert(1))' },
    ]);
    expect(parseInline('[click](javascript:void)')).toEqual([{ kind: 'text', text: 'click' }]);
  });

  it('leaves a lone asterisk alone', () => {
    expect(parseInline('5 * 2')).toEqual([{ kind: 'text', text: '5 * 2' }]);
  });

  it('gives the plain words for meta tags', () => {
    expect(plainText('A *toxic* [snow](#snow-begins)')).toBe('A toxic snow');
  });
});
