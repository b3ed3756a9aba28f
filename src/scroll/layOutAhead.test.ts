import { describe, expect, it } from 'vitest';
import { layOutAhead, nearestFirst } from './layOutAhead';

/** A stand-in element that records the content-visibility it was laid out with. */
function fakeElement(name: string, log: string[]) {
  const style = { contentVisibility: '' };
  return {
    style,
    get offsetHeight() {
      log.push(`${name}:${style.contentVisibility}`);
      return 100;
    },
  } as unknown as HTMLElement;
}

function idleQueue() {
  const tasks: (() => void)[] = [];
  return { whenIdle: (run: () => void) => void tasks.push(run), runOne: () => tasks.shift()?.(), pending: () => tasks.length };
}

describe('layOutAhead', () => {
  it('lays out one element per idle slice, in order, made visible for the read and put back', () => {
    const log: string[] = [];
    const elements = ['a', 'b', 'c'].map((n) => fakeElement(n, log));
    const idle = idleQueue();
    layOutAhead(elements, idle.whenIdle);
    expect(log).toEqual([]);
    idle.runOne();
    expect(log).toEqual(['a:visible']);
    idle.runOne();
    idle.runOne();
    expect(log).toEqual(['a:visible', 'b:visible', 'c:visible']);
    expect(elements.map((e) => e.style.contentVisibility)).toEqual(['', '', '']);
    expect(idle.pending()).toBe(0);
  });

  it('stops when told to, even with a slice already asked for', () => {
    const log: string[] = [];
    const idle = idleQueue();
    const stop = layOutAhead(['a', 'b', 'c'].map((n) => fakeElement(n, log)), idle.whenIdle);
    idle.runOne();
    stop();
    while (idle.pending()) idle.runOne();
    expect(log).toEqual(['a:visible']);
  });

  it('asks for no idle time with nothing to lay out', () => {
    const idle = idleQueue();
    layOutAhead([], idle.whenIdle);
    expect(idle.pending()).toBe(0);
  });
});

describe('nearestFirst', () => {
  it('orders by distance from the index, what lies ahead first', () => {
    expect(nearestFirst(['s0', 's1', 's2', 's3', 's4', 's5'], 2)).toEqual(['s2', 's3', 's1', 's4', 's0', 's5']);
    expect(nearestFirst(['s0', 's1', 's2'], 0)).toEqual(['s0', 's1', 's2']);
  });
});
