/** What the bench scrolls, and how: the device profiles, the stretches of story, and one measured run. */
import type { Browser } from '@playwright/test';
import { story } from '../support/story';
import { printable } from '../support/page';
import { scrollFrames, type FrameSummary } from './frames';
import { READY_SELECTOR } from '../../src/scroll/visualStates';

export interface Profile {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  mobile: boolean;
  cpuThrottle: number;
}
export const PROFILES: Profile[] = [
  {
    name: 'phone 390×844, 4× CPU throttle',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    mobile: true,
    cpuThrottle: 4,
  },
  {
    name: 'desktop 1280×800',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    mobile: false,
    cpuThrottle: 1,
  },
];

/** Stretches of the story to scroll through, from the first step of a scene to the last. */
export const SCENARIOS = [
  { name: 'snow scene', scenes: ['title', 'snow'] },
  { name: 'collapse scene', scenes: ['collapse'] },
  { name: 'whole story', scenes: [...new Set(story.steps.map((s) => s.scene))] },
];

export function stepRange(scenes: string[]): [string, string] {
  const steps = story.steps.filter((s) => scenes.includes(s.scene));
  return [steps[0]!.id, steps.at(-1)!.id];
}

/** Runs per scenario (and one traced run more): the machine is shared, and one run can land in a busy stretch. */
export const RUNS = 3;

/**
 * How a run loads the page: as a reader gets it, traced (one run more, for the breakdown), or with
 * the page's own script blocked: the same HTML and CSS scrolled with no graphic drawn and no
 * overlay moved, the control that a run less gives the share of the page's script.
 */
export type RunMode = 'reader' | 'traced' | 'scriptBlocked';

/** The page's own script (the scenes' and the worker's load from it, so they are blocked with it). */
const PAGE_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/** One run: a fresh page, loaded and settled (fonts, first paints, idle work done), then scrolled. */
export async function runOnce(
  browser: Browser,
  base: string,
  profile: Profile,
  from: string,
  to: string,
  mode: RunMode = 'reader',
): Promise<FrameSummary> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
  });
  try {
    const page = await context.newPage();
    if (mode === 'scriptBlocked') await page.route(PAGE_SCRIPT, (route) => route.abort());
    await page.goto(base);
    if (mode !== 'scriptBlocked') await page.locator(READY_SELECTOR).waitFor();
    // A reader starts scrolling after the page has loaded; load itself is Lighthouse's part.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    // What the page loads once the reader pauses (the stages a printout needs) is settling, not scrolling.
    if (mode !== 'scriptBlocked') await printable(page);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
    return await scrollFrames(page, cdp, from, to, { trace: mode === 'traced' });
  } finally {
    await context.close();
  }
}

export async function measure(browser: Browser, base: string, profile: Profile) {
  const rows: (FrameSummary & { profile: string; scenario: string; over25Range: [number, number] })[] = [];
  for (const scenario of SCENARIOS) {
    const [from, to] = stepRange(scenario.scenes);
    const runs: FrameSummary[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(browser, base, profile, from, to));
    // The median run by share of slow frames stands for the scenario; the range shows the spread.
    const sorted = [...runs].sort((a, b) => a.over25 - b.over25);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    // One more run, traced, says where the main thread's time goes (tracing costs time of its own).
    const { breakdown } = await runOnce(browser, base, profile, from, to, 'traced');
    rows.push({
      profile: profile.name,
      scenario: scenario.name,
      ...median,
      breakdown,
      over25Range: [sorted[0]!.over25, sorted.at(-1)!.over25],
    });
  }
  return rows;
}
