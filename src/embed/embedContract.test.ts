import { describe, expect, it } from 'vitest';
import {
  fromTrustedParent,
  NAMESPACE,
  parsePymMessage,
  parseStoryMessage,
  parseScrollMessage,
  pymMessage,
  readEmbedOptions,
} from './embedContract';

describe('embed options', () => {
  it('is standalone by default, sticky in our loader, pym when pym.js names the child', () => {
    expect(readEmbedOptions('')).toEqual({ layout: 'standalone', pymId: null });
    expect(readEmbedOptions('?embed=1&mode=sticky')).toEqual({ layout: 'sticky', pymId: null });
    expect(readEmbedOptions('?initialWidth=600&childId=story-1&parentTitle=x')).toEqual({
      layout: 'pym',
      pymId: 'story-1',
    });
    expect(readEmbedOptions('?childId=<script>')).toEqual({ layout: 'standalone', pymId: null });
  });
});

describe('messages', () => {
  it('accepts exactly a scroll message', () => {
    expect(parseScrollMessage({ ns: NAMESPACE, type: 'scroll', offset: 120 })).toEqual({
      ns: NAMESPACE,
      type: 'scroll',
      offset: 120,
    });
    for (const bad of [
      null,
      'scroll',
      { ns: NAMESPACE, type: 'scroll', offset: -1 },
      { ns: NAMESPACE, type: 'scroll', offset: Number.NaN },
      { ns: NAMESPACE, type: 'scroll', offset: '120' },
      { ns: NAMESPACE, type: 'scroll', offset: 1e12 },
      { ns: 'other', type: 'scroll', offset: 120 },
      { ns: NAMESPACE, type: 'height', offset: 120 },
      { ns: NAMESPACE, type: 'scroll', offset: 120, html: '<img>' },
    ])
      expect(parseScrollMessage(bad), JSON.stringify(bad)).toBeNull();
  });

  it('trusts only the parent window, and only listed origins when there is a list', () => {
    const parent = {};
    expect(fromTrustedParent({ source: parent, origin: 'https://news.example' }, parent, [])).toBe(true);
    expect(fromTrustedParent({ source: {}, origin: 'https://news.example' }, parent, [])).toBe(false);
    expect(
      fromTrustedParent({ source: parent, origin: 'https://news.example' }, parent, ['https://news.example']),
    ).toBe(true);
    expect(
      fromTrustedParent({ source: parent, origin: 'https://evil.example' }, parent, ['https://news.example']),
    ).toBe(false);
  });

  it('speaks pym.js: pymxPYMx<id>xPYMx<type>xPYMx<value>', () => {
    expect(pymMessage('a1', 'height', '900')).toBe('pymxPYMxa1xPYMxheightxPYMx900');
    expect(parsePymMessage('pymxPYMxa1xPYMxwidthxPYMx640', 'a1')).toEqual({ type: 'width', value: '640' });
    expect(parsePymMessage('pymxPYMxb2xPYMxwidthxPYMx640', 'a1')).toBeNull();
    expect(parsePymMessage({ type: 'width' }, 'a1')).toBeNull();
    expect(parsePymMessage('pymxPYMxa1xPYMxwidth', 'a1')).toBeNull();
  });

  it("lets the loader take only the story's own messages: a height or a scroll offset, exactly", () => {
    expect(parseStoryMessage({ ns: NAMESPACE, type: 'height', height: 5000 })).toEqual({
      ns: NAMESPACE,
      type: 'height',
      height: 5000,
    });
    expect(parseStoryMessage({ ns: NAMESPACE, type: 'scrolled', offset: 12 })).toEqual({
      ns: NAMESPACE,
      type: 'scrolled',
      offset: 12,
    });
    expect(parseStoryMessage({ ns: NAMESPACE, type: 'height', height: -1 })).toBeNull();
    expect(parseStoryMessage({ ns: NAMESPACE, type: 'height', height: 5, extra: 1 })).toBeNull();
    expect(parseStoryMessage({ ns: 'other', type: 'height', height: 5 })).toBeNull();
    expect(parseStoryMessage('height')).toBeNull();
  });
});
