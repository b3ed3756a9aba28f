import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readerPause, type PauseTimers } from './readerPause';

// An idle moment comes one fake millisecond after it is asked for.
const fakeTimers = (): PauseTimers => ({
  now: () => Date.now(),
  setTimeout: (run, ms) => void setTimeout(run, ms),
  whenIdle: (run) => void setTimeout(run, 1),
});

describe('readerPause', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs at the first idle moment when the reader has not moved yet', () => {
    const run = vi.fn();
    readerPause(fakeTimers()).after(500, run);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
  });

  it('waits until the reader has been still for the whole pause', () => {
    const pause = readerPause(fakeTimers());
    const run = vi.fn();
    pause.moved();
    pause.after(500, run);
    vi.advanceTimersByTime(300);
    pause.moved();
    vi.advanceTimersByTime(400);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(run).toHaveBeenCalledOnce();
  });

  it('keeps waiting while the reader keeps scrolling', () => {
    const pause = readerPause(fakeTimers());
    const run = vi.fn();
    pause.moved();
    pause.after(500, run);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(100);
      pause.moved();
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(502);
    expect(run).toHaveBeenCalledOnce();
  });

  it('drops what waits once stopped', () => {
    const pause = readerPause(fakeTimers());
    const run = vi.fn();
    pause.moved();
    pause.after(500, run);
    pause.stop();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
