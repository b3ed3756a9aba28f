import { describe, expect, it } from 'vitest';
import { readUrlContract, stateUrl } from './urlContract';

const ids = ['snow-begins', 'the-debris'];

describe('readUrlContract', () => {
  it('reads a frozen state and defaults its clock to 0', () => {
    expect(readUrlContract('?step=the-debris&progress=0.5', ids)).toEqual({
      step: 'the-debris',
      progress: 0.5,
      frozenTime: 0,
      reduceMotion: false,
    });
  });

  it('freezes time alone and leaves scrolling free', () => {
    expect(readUrlContract('?time=2.5', ids)).toEqual({
      step: null,
      progress: 0,
      frozenTime: 2.5,
      reduceMotion: false,
    });
  });

  it('is live with no parameters', () => {
    expect(readUrlContract('', ids)).toEqual({ step: null, progress: 0, frozenTime: null, reduceMotion: false });
  });

  it('ignores unknown steps and clamps or drops bad numbers', () => {
    expect(readUrlContract('?step=nope&progress=7', ids)).toEqual({
      step: null,
      progress: 1,
      frozenTime: null,
      reduceMotion: false,
    });
    expect(readUrlContract('?step=snow-begins&progress=abc&time=-3', ids)).toEqual({
      step: 'snow-begins',
      progress: 0,
      frozenTime: 0,
      reduceMotion: false,
    });
  });

  it('round-trips the URLs it writes', () => {
    expect(readUrlContract(stateUrl('the-debris', 0.25, { time: 3 }), ids)).toEqual({
      step: 'the-debris',
      progress: 0.25,
      frozenTime: 3,
      reduceMotion: false,
    });
    expect(readUrlContract(stateUrl('the-debris', 1, { reduceMotion: true }), ids).reduceMotion).toBe(true);
  });
});
