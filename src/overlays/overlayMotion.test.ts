// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { overlayMotion } from './overlayMotion';
import { ATTR_FLOATING, ATTR_SHOWN } from '../scroll/domContract';

const overlays = (n: number) => Array.from({ length: n }, () => document.createElement('div'));

describe('overlayMotion', () => {
  it('floats each overlay by its presence: hidden, rising in, shown', () => {
    const [hidden, rising, shown] = overlays(3);
    overlayMotion([hidden, rising, shown])([0, 0.5, 1], true);
    expect(hidden!.hasAttribute(ATTR_SHOWN)).toBe(false);
    expect(hidden!.style.opacity).toBe('0');
    expect(rising!.getAttribute(ATTR_SHOWN)).toBe('true');
    expect(rising!.style.opacity).toBe('0.5');
    expect(rising!.style.transform).toBe('translate(0px, 7px)');
    expect(shown!.style.transform).toBe('translate(0px, 0px)');
    for (const el of [hidden, rising, shown]) expect(el!.getAttribute(ATTR_FLOATING)).toBe('true');
  });

  it('rests every overlay in the text when they do not float (the unrolled layout)', () => {
    const [el] = overlays(1);
    const move = overlayMotion([el]);
    move([0.3], true);
    move([1], false);
    expect(el!.hasAttribute(ATTR_FLOATING)).toBe(false);
    expect(el!.style.opacity).toBe('');
    expect(el!.style.transform).toBe('');
  });

  it('touches an overlay only when its presence changed', () => {
    const [still, moving] = overlays(2);
    const move = overlayMotion([still, moving]);
    move([1, 0.2], true);
    still!.style.opacity = '0.99';
    move([1, 0.4], true);
    expect(still!.style.opacity).toBe('0.99');
    expect(moving!.style.opacity).toBe('0.4');
  });

  it('skips an overlay the page lacks', () => {
    const [el] = overlays(1);
    expect(() => overlayMotion([undefined, el])([1, 1], true)).not.toThrow();
    expect(el!.style.opacity).toBe('1');
  });
});
