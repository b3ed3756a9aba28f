/** What the cross-engine specs do and read on the story page, in any engine (`EnginePage`). */
import {
  ATTR_ACTIVE_STEP,
  ATTR_PAINTING,
  ATTR_PROGRESS,
  ATTR_READY,
  ATTR_STEP_ID,
  STORY_ELEMENT_ID,
} from '../../src/scroll/domContract';
import { TRIGGER } from '../../src/scroll/stepGeometry';
import type { EnginePage } from './enginePage';

export interface ReaderState {
  step: string;
  progress: number;
  /** The active step's card: its opacity as the reader sees it (its own times its ancestors'), and how much of it is on screen (0..1). */
  cardOpacity: number;
  cardOnScreen: number;
  /** Overlays a reader sees: nearly opaque and on screen. */
  shownOverlays: string[];
}

/** Polls `check` until it resolves true; fails, naming `what`, after `timeout`. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  for (const end = Date.now() + timeout; ; await new Promise((r) => setTimeout(r, 50))) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
  }
}

/** Polls `check` in the page until it returns true. */
export const waitUntil = <A extends unknown[]>(
  page: EnginePage,
  check: (...args: A) => boolean,
  args: A,
  what: string,
) => until(() => page.evaluate(check, args), what);

/** Two animation frames, then until no canvas waits for the paint worker. */
export const settle = (page: EnginePage) =>
  page.evaluate(
    async (painting: string) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      await frame();
      await frame();
      for (let i = 0; i < 100 && document.querySelector(`canvas[${painting}]`); i++)
        await new Promise((r) => setTimeout(r, 50));
    },
    [ATTR_PAINTING],
  );

export async function openStory(page: EnginePage, url: string): Promise<void> {
  await page.goto(url);
  await waitUntil(
    page,
    (selector: string) => document.querySelector(selector) !== null,
    [`#${STORY_ELEMENT_ID}[${ATTR_READY}]`],
    'the story to be ready',
  );
  await settle(page);
}

/** Whether the story (in the page, or in the iframe `frame` finds) is ready. */
export const isReady = (page: EnginePage, frame?: string) =>
  page.evaluate(
    (storyId: string, ready: string) => document.getElementById(storyId)?.hasAttribute(ready) ?? false,
    [STORY_ELEMENT_ID, ATTR_READY],
    frame,
  );

/** The active step (in the page, or in the iframe `frame` finds). */
export const activeStepIn = (page: EnginePage, frame?: string) =>
  page.evaluate(
    (storyId: string, active: string) => document.getElementById(storyId)?.getAttribute(active) ?? null,
    [STORY_ELEMENT_ID, ATTR_ACTIVE_STEP],
    frame,
  );

export const readerState = (page: EnginePage): Promise<ReaderState> =>
  page.evaluate(
    (storyId: string, activeAttr: string, progressAttr: string, stepAttr: string) => {
      const story = document.getElementById(storyId)!;
      const step = story.getAttribute(activeAttr)!;
      const seenOpacity = (element: Element | null) => {
        let opacity = 1;
        for (let e = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        return opacity;
      };
      const onScreen = (element: Element) => {
        const box = element.getBoundingClientRect();
        const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
        return box.height > 0 ? Math.max(0, visible) / Math.min(box.height, innerHeight) : 0;
      };
      const card = document.querySelector(`[${stepAttr}="${step}"] .card`)!;
      return {
        step,
        progress: Number(story.getAttribute(progressAttr)),
        cardOpacity: Math.round(seenOpacity(card) * 1000) / 1000,
        cardOnScreen: Math.round(onScreen(card) * 1000) / 1000,
        shownOverlays: [...document.querySelectorAll<HTMLElement>('.overlay')]
          .filter((o) => seenOpacity(o) > 0.9 && onScreen(o) > 0.5)
          .map((o) => o.dataset.overlayId!),
      };
    },
    [STORY_ELEMENT_ID, ATTR_ACTIVE_STEP, ATTR_PROGRESS, ATTR_STEP_ID],
  );

/** Scrolls to where `stepId` has `progress`, as the URL contract's `?step=` does, and waits for the page to follow. */
export async function scrollToState(page: EnginePage, stepId: string, progress: number): Promise<void> {
  await page.evaluate(
    (stepAttr: string, id: string, p: number, trigger: number) => {
      const box = document.querySelector(`[${stepAttr}="${id}"]`)!.getBoundingClientRect();
      window.scrollTo(0, box.top + scrollY + box.height * p - innerHeight * trigger);
    },
    [ATTR_STEP_ID, stepId, progress, TRIGGER],
  );
  await settle(page);
}

/** Scrolls by `dy` CSS pixels; false once the page can scroll no further that way. */
export async function scrollBy(page: EnginePage, dy: number): Promise<boolean> {
  // Two calls, each safe to repeat (the WebKit client retries a call whose result it lost).
  const before = await page.evaluate(() => scrollY);
  const after = await page.evaluate((top: number) => (window.scrollTo(0, top), scrollY), [before + dy]);
  await settle(page);
  return after !== before;
}

/** True when `canvas` was handed to the paint worker: the page can no longer draw on it. */
export const paintedOffThread = (page: EnginePage, selector: string) =>
  page.evaluate(
    (s: string) => {
      try {
        (document.querySelector(s) as HTMLCanvasElement).getContext('2d');
        return false;
      } catch {
        return true;
      }
    },
    [selector],
  );
