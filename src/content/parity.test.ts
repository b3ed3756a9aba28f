import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from './schema';
import { parityProblems } from './parity';
import { editionHref, editionOf } from './editions';

const read = (name: string): Story => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const main = read('story.json');
const spanish = read('story.es.json');

describe('parityProblems', () => {
  it('finds none between the English and the Spanish editions', () => {
    expect(parityProblems(main, spanish)).toEqual([]);
  });

  it('names a step the other edition lacks, and a changed figure', () => {
    const other = structuredClone(spanish);
    other.steps.splice(3, 1);
    other.chart.series[1]!.relativeTime = 0.2;
    const paths = parityProblems(main, other).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['/steps', '/chart/series']));
    expect(parityProblems(main, other).find((p) => p.path === '/steps')!.message).toContain('a-first-for-netflix');
  });

  it('names a sentence left in the main edition’s words, but not a quote’s original or a cited title', () => {
    const other = structuredClone(spanish);
    other.steps[2]!.text = [...main.steps[2]!.text];
    other.ui.noscript = main.ui.noscript;
    expect(parityProblems(main, other).map((p) => p.path)).toEqual(['/ui/noscript', '/steps/2/text/0']);
    expect(parityProblems(main, other)[0]!.message).toMatch(/^expected a translation into es-AR/);
  });

  it('names an original quote changed in translation', () => {
    const other = structuredClone(spanish);
    other.quotes[0]!.text = other.quotes[0]!.translation!;
    expect(parityProblems(main, other).map((p) => p.path)).toEqual(['/quotes']);
  });
});

describe('editions', () => {
  it('are published at the root and under their language code', () => {
    expect(editionOf('data/story.json').path).toBe('');
    expect(editionOf('data/story.es.json').path).toBe('es/');
  });

  it('link to each other relatively', () => {
    expect(editionHref('', 'es/')).toBe('es/');
    expect(editionHref('es/', '')).toBe('../');
    expect(editionHref('', '')).toBe('./');
  });
});
