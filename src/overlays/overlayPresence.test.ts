import { describe, expect, it } from 'vitest';
import { overlayPresence } from './overlayPresence';

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
