/**
 * The page's start-up on the main thread: its tasks from the first contentful paint until it is
 * ready and settled, traced unthrottled at Lighthouse's phone viewport. Lighthouse's TBT is the
 * same tasks simulated at 4×, and swings with whatever else the machine runs; the longest task
 * and the per-task sum below say what the page itself asks.
 */
import type { Browser } from '@playwright/test';
import { READY_SELECTOR } from '../../src/scroll/visualStates';

export interface StartupSummary {
  /** the longest task after first paint, ms */
  longest: number;
  /** what those tasks would block at 4×: the sum of 4 × duration − 50 ms over tasks that long */
  blockingAt4x: number;
  runs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { beginData?: { url?: string } };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function tasksAfterFirstPaint(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url);
    await page.locator(READY_SELECTOR).waitFor();
    await page.waitForTimeout(1000);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const parse = traceEvents.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
    const paint = traceEvents.find((e) => e.name === 'firstContentfulPaint');
    if (!parse || !paint) throw new Error('start-up trace: no page parse or first contentful paint recorded');
    return traceEvents
      .filter(
        (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts > paint.ts,
      )
      .map((e) => (e.dur ?? 0) / 1000);
  } finally {
    await context.close();
  }
}

export async function startupTasks(browser: Browser, url: string, runs = 5): Promise<StartupSummary> {
  const longest: number[] = [];
  const blocking: number[] = [];
  for (let i = 0; i < runs; i++) {
    const tasks = await tasksAfterFirstPaint(browser, url);
    longest.push(Math.max(0, ...tasks));
    blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, 4 * d - 50), 0));
  }
  return { longest: median(longest), blockingAt4x: median(blocking), runs };
}
