import { describe, expect, it } from 'vitest';
import {
  cardPresence,
  overlayPresence,
  phoneOverlayPresence,
  PHONE_GONE_BY,
  PHONE_TURN,
  OVERLAY_FADE,
} from './overlayPresence';

const steps = ['a', 'b', 'c', 'd'];
const indexOf = (id: string) => steps.indexOf(id);
const span = { enter: 'b', exit: 'c' };

describe('overlayPresence', () => {
  it('is hidden outside its steps', () => {
    expect(overlayPresence(span, indexOf, 0, 1, false)).toBe(0);
    expect(overlayPresence(span, indexOf, 3, 0, false)).toBe(0);
  });

  it('fades in at the start of its first step and out at the end of its last', () => {
    expect(overlayPresence(span, indexOf, 1, 0, false)).toBe(0);
    expect(overlayPresence(span, indexOf, 1, 0.075, false)).toBeCloseTo(0.5);
    expect(overlayPresence(span, indexOf, 1, 0.5, false)).toBe(1);
    expect(overlayPresence(span, indexOf, 2, 0.5, false)).toBe(1);
    expect(overlayPresence(span, indexOf, 2, 1, false)).toBe(0);
  });

  it('leaves by the progress it is given, before a hand-over of the graphic', () => {
    expect(overlayPresence(span, indexOf, 2, 0.65, false, 0.8)).toBe(1);
    expect(overlayPresence(span, indexOf, 2, 0.725, false, 0.8)).toBeCloseTo(0.5);
    expect(overlayPresence(span, indexOf, 2, 0.8, false, 0.8)).toBe(0);
    expect(overlayPresence(span, indexOf, 2, 0.9, false, 0.8)).toBe(0);
  });

  it('simply appears with reduced motion', () => {
    expect(overlayPresence(span, indexOf, 1, 0, true)).toBe(1);
    expect(overlayPresence(span, indexOf, 2, 1, true)).toBe(1);
    expect(overlayPresence(span, indexOf, 3, 0, true)).toBe(0);
  });

  it('works for an overlay on a single step', () => {
    expect(overlayPresence({ enter: 'b', exit: 'b' }, indexOf, 1, 0.5, false)).toBe(1);
  });
});

describe('on phones, card and overlay take turns', () => {
  const shown = PHONE_TURN + OVERLAY_FADE + 0.05;

  it('shows the overlay on its first step only, after the card has yielded', () => {
    expect(phoneOverlayPresence(span, indexOf, 1, 0.1, false)).toBe(0);
    expect(cardPresence(true, 1, 1, 0.1, false)).toBe(1);
    expect(phoneOverlayPresence(span, indexOf, 1, PHONE_TURN + OVERLAY_FADE / 2, false)).toBeCloseTo(0.5);
    expect(cardPresence(true, 1, 1, PHONE_TURN + OVERLAY_FADE / 2, false)).toBeCloseTo(0.5);
    expect(phoneOverlayPresence(span, indexOf, 1, shown, false)).toBe(1);
    expect(cardPresence(true, 1, 1, shown, false)).toBe(0);
    // The overlay's later steps belong to their own cards.
    expect(phoneOverlayPresence(span, indexOf, 2, 0.5, false)).toBe(0);
  });

  it('never shows the card and the overlay fully at once', () => {
    for (let p = 0; p <= 1; p += 0.01)
      expect(phoneOverlayPresence(span, indexOf, 1, p, false) + cardPresence(true, 1, 1, p, false)).toBeLessThanOrEqual(
        1,
      );
  });

  it('leaves before the next card rises into its place, or before a hand-over', () => {
    expect(phoneOverlayPresence(span, indexOf, 1, PHONE_GONE_BY, false)).toBe(0);
    expect(phoneOverlayPresence(span, indexOf, 1, 0.8, false, 0.8)).toBe(0);
    expect(phoneOverlayPresence(span, indexOf, 1, 0.7, false, 0.8)).toBeGreaterThan(0);
  });

  it('keeps a yielded card away for the rest of its step, and leaves other cards alone', () => {
    expect(cardPresence(true, 1, 1, 0.95, false)).toBe(0);
    expect(cardPresence(true, 1, 2, 0.2, false)).toBe(0);
    expect(cardPresence(true, 1, 0, 0.9, false)).toBe(1);
    expect(cardPresence(false, 2, 2, 0.9, false)).toBe(1);
  });

  it('cuts instead of fading with reduced motion', () => {
    expect(phoneOverlayPresence(span, indexOf, 1, PHONE_TURN - 0.01, true)).toBe(0);
    expect(cardPresence(true, 1, 1, PHONE_TURN - 0.01, true)).toBe(1);
    expect(phoneOverlayPresence(span, indexOf, 1, PHONE_TURN, true)).toBe(1);
    expect(cardPresence(true, 1, 1, PHONE_TURN, true)).toBe(0);
  });
});
