/**
 * The timeline chart's geometry as a pure function of its data and the stage size: scales,
 * bars, ticks and label boxes. Labels are placed so they never collide or leave the stage,
 * which the unit tests check at phone to desktop widths.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartData } from '../../content/schema.ts';
import { repeatCount } from './chartState.ts';
import { formatPercent } from '../../content/localeFormat.ts';
import { formatShare } from './share.ts';
import { isWide } from '../../styles/tokens.ts';

export interface LabelBox {
  x: number;
  /** top of the box; lines are drawn from here down, one `lineHeight` apart */
  y: number;
  /** estimated width of the longest line, for collision checks */
  width: number;
  height: number;
  lineHeight: number;
  fontSize: number;
  anchor: 'start' | 'end';
  text: string;
  lines: string[];
}

export interface BarLayout {
  id: string;
  y: number;
  height: number;
  /** full length in px at relativeTime */
  length: number;
  label: LabelBox;
  value: LabelBox;
  illustrative: boolean;
}

export interface TimelineLayout {
  x0: number;
  x1: number;
  bars: BarLayout[];
  ticks: { x: number; label: string }[];
  axisY: number;
  axisLabel: LabelBox;
  repeats: LabelBox;
  note: LabelBox;
  annotation: LabelBox & { attribution: LabelBox };
  fontSize: number;
}

/** Rough text width for the display face: enough to keep labels apart, no DOM needed. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.5;

/** The axis ticks (as shares) on a wide or a narrow stage. */
export const axisTicks = (wide: boolean): number[] => scaleLinear().ticks(wide ? 5 : 4);

/** Greedy word wrap to a width, by the same width estimate. */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const line = lines.at(-1);
    if (line !== undefined && textWidth(`${line} ${word}`, fontSize) <= maxWidth)
      lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function box(
  text: string,
  x: number,
  y: number,
  fontSize: number,
  { anchor = 'start', maxWidth = Infinity }: { anchor?: 'start' | 'end'; maxWidth?: number } = {},
): LabelBox {
  const lines = wrapLines(text, maxWidth, fontSize);
  const lineHeight = Math.round(fontSize * 1.2);
  return {
    text,
    lines,
    x,
    y,
    width: Math.max(...lines.map((l) => textWidth(l, fontSize))),
    height: lines.length * lineHeight,
    lineHeight,
    fontSize,
    anchor,
  };
}

export function timelineLayout(
  chart: ChartData,
  width: number,
  height: number,
  lang: string,
  /** the annotation's words, in the edition's quotation marks, and who said them */
  quoted: { phrase: string; attribution: string },
): TimelineLayout {
  // Wide screens keep the left column for the text cards; phones use the top of the screen.
  const wide = isWide(width);
  const fontSize = wide ? 18 : width < 360 ? 14 : 15;
  const left = wide ? Math.round(width * 0.47) : 16;
  const right = wide ? Math.round(width * 0.06) : 16;
  const top = wide ? height * 0.28 : height * 0.07;
  const x = scaleLinear()
    .domain([0, 1])
    .range([left, width - right]);
  const maxWidth = x(1) - x(0);
  const barHeight = wide ? 34 : 26;
  const gap = Math.round(fontSize * (wide ? 1.6 : 1.2));

  // Top to bottom: the annotation (quote and attribution), the bars with their labels, the axis, the repeats line.
  const annotationSize = Math.round(fontSize * 1.25);
  const phrase = box(quoted.phrase, x(0), top, annotationSize, { maxWidth });
  const attributionBox = box(quoted.attribution, x(0), phrase.y + phrase.height + 4, Math.round(fontSize * 0.8), {
    maxWidth,
  });
  const annotation = { ...phrase, attribution: attributionBox };
  let cursor = attributionBox.y + attributionBox.height + gap * 1.5;

  const bars = chart.series.map((s): BarLayout => {
    const label = box(s.label, x(0), cursor, fontSize, { maxWidth });
    const y = label.y + label.height + 6;
    const length = x(s.relativeTime) - x(0);
    const valueText =
      formatShare(s.relativeTime, lang, s.approximate) + (s.illustrative ? ` (${chart.illustrativeLabel})` : '');
    // The value sits after the bar's end when there is room, otherwise inside its end.
    const outside = x(0) + length + 8 + textWidth(valueText, fontSize) <= width - 4;
    const valueTop = y + (barHeight - fontSize * 1.2) / 2;
    cursor = y + barHeight + gap;
    return {
      id: s.id,
      y,
      height: barHeight,
      length,
      label,
      value: outside
        ? box(valueText, x(0) + length + 8, valueTop, fontSize)
        : box(valueText, x(0) + length - 8, valueTop, fontSize, { anchor: 'end' }),
      illustrative: s.illustrative,
    };
  });

  const axisY = cursor - gap + 10;
  const ticks = axisTicks(wide).map((t) => ({ x: x(t), label: formatPercent(t, lang, 0) }));
  const axisLabel = box(chart.axisLabel, x(0), axisY + fontSize * 2.1, Math.round(fontSize * 0.85), { maxWidth });
  const repeatsText = chart.repeatsLabel.replace('{n}', String(repeatCount(chart)));
  const repeats = box(repeatsText, x(0), axisLabel.y + axisLabel.height + gap, fontSize, { maxWidth });
  const note = box(chart.note, x(0), repeats.y + repeats.height + gap, Math.round(fontSize * 0.8), { maxWidth });
  return { x0: x(0), x1: x(1), bars, ticks, axisY, axisLabel, repeats, note, annotation, fontSize };
}
