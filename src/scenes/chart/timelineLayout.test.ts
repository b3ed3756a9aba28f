import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { chartState, repeatCount } from './chartState';
import { timelineLayout, type LabelBox } from './timelineLayout';

const read = (name: string): Story =>
  JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'));
const story = read('story.json');
const chart = story.chart;
const layoutIn = ({ chart, meta, ui }: Story, width: number) =>
  timelineLayout(chart, width, 800, meta.lang, {
    phrase: `${ui.quoteMarks[0]}${chart.annotation.phrase}${ui.quoteMarks[1]}`,
    attribution: 'Ted Sarandos, julio de 2025 (traducción)',
  });
const layoutAt = (width: number) => layoutIn(story, width);

const span = (b: LabelBox) => {
  const x0 = b.anchor === 'start' ? b.x : b.x - b.width;
  return { x0, x1: x0 + b.width, y0: b.y, y1: b.y + b.height };
};
const overlap = (a: LabelBox, b: LabelBox) => {
  const [p, q] = [span(a), span(b)];
  return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1;
};

describe('timelineLayout', () => {
  // Both editions: Spanish labels run longer.
  for (const edition of [story, read('story.es.json')])
    for (const width of [320, 390, 768, 1280, 1440]) {
      it(`places every label on the stage without collisions at ${width}px (${edition.meta.lang})`, () => {
        const layout = layoutIn(edition, width);
        const labels = [
          ...layout.bars.flatMap((b) => [b.label, b.value]),
          layout.axisLabel,
          layout.repeats,
          layout.note,
          layout.annotation,
          layout.annotation.attribution,
        ];
        for (const label of labels) {
          const s = span(label);
          expect(s.x0, label.text).toBeGreaterThanOrEqual(0);
          expect(s.x1, label.text).toBeLessThanOrEqual(width);
          expect(s.y1, label.text).toBeLessThanOrEqual(800);
        }
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++)
            expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
      });
    }

  it('keeps the bars clear of the labels', () => {
    for (const width of [320, 1280]) {
      const layout = layoutAt(width);
      for (const bar of layout.bars) {
        expect(bar.label.y + bar.label.height).toBeLessThanOrEqual(bar.y);
        expect(layout.annotation.attribution.y + layout.annotation.attribution.height).toBeLessThan(
          layout.bars[0]!.label.y,
        );
      }
    }
  });

  it('draws the bars in the reported ratio and labels them from the data', () => {
    const [slow, fast] = layoutAt(1280).bars;
    expect(slow!.length / fast!.length).toBeCloseTo(chart.reportedSpeedup.value);
    expect(slow!.value.text).toBe('100%');
    expect(fast!.value.text).toBe('≈ 10%');
  });

  it('says on screen when a figure is illustrative', () => {
    const illustrative = { ...chart, series: [chart.series[0]!, { ...chart.series[1]!, illustrative: true }] };
    expect(timelineLayout(illustrative, 390, 800, 'en', { phrase: '', attribution: '' }).bars[1]!.value.text).toContain(
      chart.illustrativeLabel,
    );
  });
});

describe('chartState', () => {
  const ids = Object.keys(chart.phases);
  const at = (id: string, progress: number) =>
    chartState({ story, stepIndex: story.steps.findIndex((s) => s.id === id), progress });

  it('unfolds phase by phase, and is empty before the first', () => {
    expect(at(ids[0]!, 0)).toEqual({ traditional: 0, ai: 0, repeats: 0, annotation: 0 });
    expect(at(ids[0]!, 1)).toEqual({ traditional: 1, ai: 0, repeats: 0, annotation: 0 });
    expect(at(ids[2]!, 1)).toEqual({
      traditional: 1,
      ai: 1,
      repeats: repeatCount(chart),
      annotation: 0,
    });
    expect(at(ids[3]!, 1)).toEqual({ traditional: 1, ai: 1, repeats: 10, annotation: 1 });
  });

  it('is reversible: the same step and progress give the same state whatever came before', () => {
    expect(at(ids[1]!, 0.35)).toEqual(at(ids[1]!, 0.35));
    expect(at(ids[1]!, 0.35).ai).toBeGreaterThan(0);
    expect(at(ids[1]!, 0.35).ai).toBeLessThan(1);
  });
});
