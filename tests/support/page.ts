/** Helpers for driving the story page the way a reader does, and for waiting until it is settled. */
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import {
  ATTR_ACTIVE_STEP,
  ATTR_ANIMATING,
  ATTR_PAINTING,
  ATTR_PROGRESS,
  STORY_ELEMENT_ID,
} from '../../src/scroll/domContract';
import { hasOwnScript, STAGE_CHUNK_PATTERN, type StageName } from '../../src/scenes/registry';
import { READY_SELECTOR } from '../../src/scroll/visualStates';
import { printedStages } from '../../src/scenes/stills';
import { story } from './story';

export const storySelector = `#${STORY_ELEMENT_ID}`;

/**
 * Two animation frames (the scroll handler has run and Svelte has flushed); then, on a page whose
 * clock stands still (a frozen URL, reduced motion), until the paint worker has drawn every
 * canvas's newest frame, and one more frame for the compositor to show it. (While the clock runs
 * a new frame is asked for every frame, and a busy worker may always be one behind.)
 */
export const nextFrames = (page: Page) =>
  page.evaluate(
    async ([painting, animating]) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const owed = () => document.querySelector(`canvas[${painting}]`) !== null;
      await frame();
      await frame();
      if (!owed() || document.querySelector(`[${animating}]`)) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          observer.disconnect();
          resolve();
        };
        const observer = new MutationObserver(() => owed() || done());
        observer.observe(document.body, { subtree: true, attributeFilter: [painting] });
        setTimeout(done, 5000);
      });
      await frame();
    },
    [ATTR_PAINTING, ATTR_ANIMATING] as const,
  );

/** Waits until scrolling (a touch fling, a smooth scroll) has come to rest. */
export async function settleScroll(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve(null);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

export async function openStory(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(READY_SELECTOR).waitFor();
  await nextFrames(page);
}

/** The stages whose scripts the page has fetched so far (the stages beyond the city load as the story comes near them). */
export const stageScripts = (page: Page): Promise<StageName[]> =>
  page.evaluate(
    (pattern) =>
      performance
        .getEntriesByType('resource')
        .flatMap((r) => (new RegExp(pattern).exec(r.name)?.[1] as StageName) ?? []),
    STAGE_CHUNK_PATTERN.source,
  );

/**
 * Waits until every stage a printout needs is loaded: printing draws its stills at once, it cannot
 * wait. (A loop, not `expect.poll`: the bench uses it outside the test runner.)
 */
export async function printable(page: Page, timeout = 15_000): Promise<void> {
  for (const end = Date.now() + timeout; ; await page.waitForTimeout(100)) {
    const loaded = await stageScripts(page);
    if (
      printedStages(story)
        .filter(hasOwnScript)
        .every((stage) => loaded.includes(stage))
    )
      return;
    if (Date.now() > end)
      throw new Error(
        `the stages a printout needs did not load in ${timeout} ms (loaded: ${loaded.join(', ') || 'none'})`,
      );
  }
}

export const activeStep = (page: Page) => page.locator(storySelector).getAttribute(ATTR_ACTIVE_STEP);
export const progress = async (page: Page) => Number(await page.locator(storySelector).getAttribute(ATTR_PROGRESS));

export async function expectStep(page: Page, stepId: string): Promise<void> {
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ACTIVE_STEP, stepId);
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpFor = (page: Page) => {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page));
  return sessions.get(page)!;
};

/** One scroll gesture as a reader makes it: the mouse wheel on desktop, a finger swipe on touch screens. */
export async function scrollGesture(page: Page, dy: number): Promise<void> {
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  if (!touch) return page.mouse.wheel(0, dy);
  const { width, height } = page.viewportSize()!;
  const x = Math.round(width / 2);
  const from = Math.round(dy > 0 ? height * 0.75 : height * 0.25);
  const cdp = await cdpFor(page);
  // The finger moves for 8 frames, then holds still before lifting: no fling, so each gesture moves
  // the page by about dy. The events carry their own times (just past), so that a busy machine
  // delivering them late cannot turn the swipe into a fling.
  const start = Date.now() / 1000 - 0.5;
  const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', timestamp: number, y?: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, timestamp, touchPoints: y === undefined ? [] : [{ x, y }] });
  await finger('touchStart', start, from);
  for (let i = 1; i <= 8; i++) await finger('touchMove', start + i * 0.016, from - (dy * i) / 8);
  await finger('touchMove', start + 0.4, from - dy);
  await finger('touchEnd', start + 0.4);
}

/**
 * Scrolls in small gestures, recording every step that becomes active on the way; `onSample`
 * sees the state after each gesture, for checks that ride along.
 */
export async function wheelThrough(
  page: Page,
  direction: 1 | -1,
  stepPx = 400,
  onSample?: (stepId: string, progress: number) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 400; i++) {
    const before = await page.evaluate(() => window.scrollY);
    await scrollGesture(page, direction * stepPx);
    await page.waitForFunction((y) => window.scrollY !== y, before, { timeout: 2000 }).catch(() => undefined);
    await nextFrames(page);
    const id = (await activeStep(page))!;
    if (seen.at(-1) !== id) seen.push(id);
    await onSample?.(id, await progress(page));
    const after = await page.evaluate(() => window.scrollY);
    if (after === before) break;
  }
  return seen;
}

type FramesAsked = { framesAsked: { count: number } };

/** Counts the animation frames the page asks for (the page's main thread); call before opening the page. */
export async function watchFrameRequests(page: Page) {
  await page.addInitScript(() => {
    const asked = { count: 0 };
    (window as unknown as FramesAsked).framesAsked = asked;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => (asked.count++, request(callback));
  });
  return {
    reset: () => page.evaluate(() => void ((window as unknown as FramesAsked).framesAsked.count = 0)),
    count: () => page.evaluate(() => (window as unknown as FramesAsked).framesAsked.count),
  };
}

/** True when the canvas has been handed to the paint worker: the page can no longer draw on it. */
export const paintedOffThread = (canvas: Locator) =>
  canvas.evaluate((c: HTMLCanvasElement) => {
    try {
      c.getContext('2d');
      return false;
    } catch {
      return true;
    }
  });
