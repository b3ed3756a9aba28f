/** Frame-time measurement while the page scrolls at a steady reader's pace, recorded inside the page. */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { breakdown, type Breakdown, type TraceEvent } from './traceBreakdown';

export interface FrameSummary {
  frames: number;
  p50: number;
  p95: number;
  /** share of frames longer than 25 ms */
  over25: number;
  maxFlakes: number;
  /** the main thread's busy time (tasks) per frame, ms: what the page asks of it, against the 16.7 ms of a frame */
  mainThreadPerFrame: number;
  /** of which script */
  scriptPerFrame: number;
  /** the steps the frames over 25 ms ended on, most first */
  slowAt: { step: string; frames: number }[];
  /** where the main thread's time went, from a traced run */
  breakdown?: Breakdown;
}

interface Recorded {
  deltas: number[];
  steps: string[];
  maxFlakes: number;
}
type BenchWindow = {
  benchPrepare(args: { from: string; to: string }): Promise<void>;
  benchRun(args: { pxPerSecond: number }): Promise<Recorded>;
};

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The main thread's cumulative busy and script time, in seconds (Chromium's Performance domain). */
async function mainThreadTime(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: metric('TaskDuration'), script: metric('ScriptDuration') };
}

/** Chromium's trace categories for a DevTools-like timeline of the main thread. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Records a Chromium trace around `run`; the events come back with its result. */
async function traced<T>(cdp: CDPSession, run: () => Promise<T>): Promise<[T, TraceEvent[]]> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return [result, events];
}

/**
 * Scrolls from the top of step `from` to the end of step `to` at `pxPerSecond`, one scroll per
 * frame. With `trace`, the main thread's time is also broken down by what it was spent on (tracing
 * slows the page a little: a traced run's timings are not compared with untraced ones).
 */
export async function scrollFrames(
  page: Page,
  cdp: CDPSession,
  from: string,
  to: string,
  { pxPerSecond = 900, trace = false } = {},
): Promise<FrameSummary> {
  // Evaluated over the DevTools protocol: the page's Content-Security-Policy rightly refuses an injected script tag.
  await page.evaluate(readFileSync(new URL('./scrollRecorder.js', import.meta.url), 'utf8'));
  await cdp.send('Performance.enable');
  await page.evaluate((args) => (window as unknown as BenchWindow).benchPrepare(args), { from, to });
  const before = await mainThreadTime(cdp);
  const scroll = () => page.evaluate((args) => (window as unknown as BenchWindow).benchRun(args), { pxPerSecond });
  const [{ deltas, steps, maxFlakes }, events] = trace ? await traced(cdp, scroll) : [await scroll(), undefined];
  const after = await mainThreadTime(cdp);
  const sorted = [...deltas].sort((a, b) => a - b);
  const slow = new Map<string, number>();
  deltas.forEach((d, i) => d > 25 && slow.set(steps[i]!, (slow.get(steps[i]!) ?? 0) + 1));
  const perFrame = (seconds: number) => (seconds * 1000) / Math.max(1, deltas.length);
  return {
    frames: deltas.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    over25: deltas.filter((d) => d > 25).length / Math.max(1, deltas.length),
    maxFlakes,
    mainThreadPerFrame: perFrame(after.task - before.task),
    scriptPerFrame: perFrame(after.script - before.script),
    slowAt: [...slow].map(([step, frames]) => ({ step, frames })).sort((a, b) => b.frames - a.frames),
    breakdown: events && breakdown(events, deltas.length),
  };
}
