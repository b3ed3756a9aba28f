/** Frame-time measurement while the page scrolls at a steady reader's pace, recorded inside the page. */
import type { Page } from '@playwright/test';

export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  /** share of frames longer than 25 ms */
  over25: number;
  maxFlakes: number;
}

type BenchScroll = (args: { from: string; to: string; pxPerSecond: number }) => Promise<{ deltas: number[]; maxFlakes: number }>;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Scrolls from the top of step `from` to the end of step `to` at `pxPerSecond`, one scroll per frame. */
export async function scrollFrames(page: Page, from: string, to: string, pxPerSecond = 900): Promise<FrameSummary> {
  await page.addScriptTag({ path: new URL('./scrollRecorder.js', import.meta.url).pathname });
  const { deltas, maxFlakes } = await page.evaluate(
    (args) => (window as unknown as { benchScroll: BenchScroll }).benchScroll(args),
    { from, to, pxPerSecond },
  );
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: deltas.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    over25: deltas.filter((d) => d > 25).length / Math.max(1, deltas.length),
    maxFlakes,
  };
}
