/**
 * A reader's story in Firefox and WebKit (Debian's firefox-esr and WebKitGTK), at a desktop and a
 * phone size: what the Chromium suite checks in depth, checked here for what an engine can break.
 * Pixels are never compared across engines (they anti-alias differently); each run writes a
 * screenshot of every step's middle state to the test output, to be looked at.
 */
import { writeFileSync } from 'node:fs';
import { stateUrl } from '../../src/scroll/urlContract';
import {
  ATTR_ANIMATING,
  ATTR_PAINTING,
  ATTR_PASS,
  ATTR_QUOTE_ORIGINAL,
  ATTR_REDUCED_MOTION,
  ATTR_STEP_ID,
} from '../../src/scroll/domContract';
import { chapterLinks } from '../../src/navigation/readerPosition';
import { cardIsRead, expectedOverlays, textLayoutOf, TURNS_QUERY } from '../support/overlays';
import { denseSnowStep as snowStep, editions, fallingStep, stepIds, story } from '../support/story';
import type { TestInfo } from '@playwright/test';
import type { EnginePage } from './enginePage';
import { expect, test } from './fixtures';
import {
  activeStepIn,
  isReady,
  openStory,
  paintedOffThread,
  readerState,
  scrollBy,
  scrollToState,
  settle,
  until,
  waitUntil,
} from './reader';
import { LOADER_ATTRS } from '../../src/embed/embedContract';

const chartStep = Object.entries(story.chart.phases).find(([, phase]) => phase === 'repeats')![0];
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Two screenshots of the graphic 400 ms apart: whether the scene moved (both are written out when
 * it did). The text is hidden meanwhile: WebKitGTK may re-rasterise a card's text a moment after
 * a scroll, with other anti-aliasing.
 */
async function sceneMoves(reader: EnginePage, info: TestInfo): Promise<boolean> {
  const hideText = (hidden: boolean) =>
    reader.evaluate(
      (h: boolean) => {
        for (const e of document.querySelectorAll<HTMLElement>('.steps, .reader-nav'))
          e.style.visibility = h ? 'hidden' : '';
        return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      },
      [hidden],
    );
  await hideText(true);
  const before = await reader.screenshot();
  await pause(400);
  const after = await reader.screenshot();
  await hideText(false);
  const moved = !after.equals(before);
  if (moved)
    for (const [name, body] of Object.entries({ before, after })) {
      writeFileSync(info.outputPath(`${name}.png`), body);
      await info.attach(name, { path: info.outputPath(`${name}.png`), contentType: 'image/png' });
    }
  return moved;
}

test('every step renders, and its middle state is written out as a screenshot', async ({
  reader,
  site,
  edition,
}, info) => {
  test.setTimeout(120_000);
  await openStory(reader, `${site.storyUrl}${edition.path}?time=0`);
  for (const id of stepIds) {
    await scrollToState(reader, id, 0.5);
    const state = await readerState(reader);
    expect([state.step, Math.abs(state.progress - 0.5) < 0.02], id).toEqual([id, true]);
    writeFileSync(
      info.outputPath(`${String(stepIds.indexOf(id)).padStart(2, '0')}-${id}.png`),
      await reader.screenshot(),
    );
  }
  expect(await reader.pageErrors()).toEqual([]);
});

for (const { path, story: edition } of editions)
  test(`scrolling down visits every step in order and back up; each step is readable while active, its overlays with it (${edition.meta.lang})`, async ({
    reader,
    site,
  }) => {
    test.setTimeout(180_000);
    await openStory(reader, site.storyUrl + path);
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe(edition.meta.lang);
    const layout = textLayoutOf(await reader.evaluate((query) => matchMedia(query).matches, [TURNS_QUERY]));
    const readable = new Set<string>();
    const cardText = (id: string) =>
      reader.evaluate((stepId: string) => document.getElementById(stepId)!.querySelector('.card')!.textContent!, [id]);
    const visit = async (direction: 1 | -1) => {
      const seen: string[] = [];
      // A third of a screen a scroll: every step is sampled while its card is read.
      const by = direction * Math.round(reader.viewport.height / 3);
      do {
        const state = await readerState(reader);
        if (seen.at(-1) !== state.step) seen.push(state.step);
        if (cardIsRead(layout, state.step, state.progress)) {
          // The card rests on screen while its step is read (it may fade from 0.5 on as the next pushes it up).
          expect([state.cardOpacity, state.cardOnScreen >= 0.5], `${state.step} at ${state.progress}`).toEqual([
            1,
            true,
          ]);
          // In this edition's words.
          if (!readable.has(state.step))
            expect(await cardText(state.step), state.step).toContain(
              edition.steps[stepIds.indexOf(state.step)]!.text[0]!.replace(/\*/g, '').slice(0, 30),
            );
          readable.add(state.step);
        }
        const overlays = expectedOverlays(layout, state.step, state.progress);
        if (state.progress >= 0.2 && overlays)
          expect(state.shownOverlays.sort(), `${state.step} at ${state.progress}`).toEqual(overlays.sort());
      } while (await scrollBy(reader, by));
      return seen;
    };
    expect(await visit(1)).toEqual(stepIds);
    expect(await visit(-1)).toEqual([...stepIds].reverse());
    expect([...readable].sort()).toEqual([...stepIds].sort());
    // A quote in translation keeps its original on the page, in its own language.
    const originals = await reader.evaluate(
      (attr: string) => [...document.querySelectorAll(`blockquote[${attr}]`)].map((q) => q.getAttribute('lang')),
      [ATTR_QUOTE_ORIGINAL],
    );
    expect(originals).toEqual(edition.quotes.filter((q) => q.translation).map((q) => q.lang));
    expect(await reader.pageErrors()).toEqual([]);
  });

test('the snow falls on a live page, painted in the worker where the engine allows, and stands still with ?time=', async ({
  reader,
  site,
  engine,
  edition,
}, info) => {
  await openStory(reader, `${site.storyUrl}${edition.path}#${snowStep}`);
  // WebKit paints on the main thread (src/scenes/canvas/workerPainting.ts).
  expect(await paintedOffThread(reader, '.graphic canvas.snow')).toBe(engine !== 'webkit');
  expect(await sceneMoves(reader, info)).toBe(true);

  await openStory(reader, `${site.storyUrl}${edition.path}?time=2#${snowStep}`);
  expect(await sceneMoves(reader, info)).toBe(false);
});

test('the collapse and the chart draw at their steps', async ({ reader, site, edition }) => {
  await openStory(reader, site.storyUrl + edition.path + stateUrl(fallingStep, 0.5));
  // A frozen page paints on the main thread, so its canvas can be read.
  const inked = await reader.evaluate(
    (pass: string) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`.graphic canvas[${pass}]`)!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
      return count / (canvas.width * canvas.height);
    },
    [ATTR_PASS],
  );
  expect(inked).toBeGreaterThan(0.02);

  await openStory(reader, site.storyUrl + edition.path + stateUrl(chartStep, 1));
  const chart = await reader.evaluate(() => {
    const svg = document.querySelector('.graphic svg.chart')!;
    return { bars: svg.querySelectorAll('.bar.ai rect').length, text: svg.textContent ?? '' };
  });
  expect(chart.bars).toBe(edition.story.chart.reportedSpeedup.value);
  expect(chart.text).toContain(edition.story.chart.title);
});

test('deep links and the chapter navigator land on their steps', async ({ reader, site, edition }) => {
  await openStory(reader, `${site.storyUrl}${edition.path}#${fallingStep}`);
  expect((await readerState(reader)).step).toBe(fallingStep);
  for (const link of chapterLinks(edition.story).slice(-2)) {
    await reader.evaluate(() => document.querySelector<HTMLElement>('.reader-nav summary')!.click());
    expect(await reader.evaluate(() => document.querySelector('.reader-nav details')!.hasAttribute('open'))).toBe(true);
    await reader.evaluate(
      (id: string) => document.querySelector<HTMLElement>(`.reader-nav a[href="#${id}"]`)!.click(),
      [link.stepId],
    );
    await until(async () => (await activeStepIn(reader)) === link.stepId, `step ${link.stepId}`);
    expect(await reader.evaluate(() => location.hash)).toBe(`#${link.stepId}`);
  }
});

test('reduced motion: nothing moves, every card reads', async ({ reader, site, edition }, info) => {
  await openStory(reader, `${site.storyUrl}${edition.path}?motion=reduce#${snowStep}`);
  expect(
    await reader.evaluate(
      (a: string, b: string) => [
        document.documentElement.hasAttribute(a),
        document.getElementById('story')!.hasAttribute(b),
      ],
      [ATTR_REDUCED_MOTION, ATTR_ANIMATING],
    ),
  ).toEqual([true, false]);
  expect(await sceneMoves(reader, info)).toBe(false);
  // At 0.2 every card is being read, also on a phone's step whose card later yields to a quote.
  for (const id of [snowStep, fallingStep, chartStep]) {
    await scrollToState(reader, id, 0.2);
    expect(await readerState(reader)).toMatchObject({ step: id, cardOpacity: 1 });
  }
});

test('embed.js drives the story from a host page on another origin', async ({ reader, site, edition }) => {
  test.setTimeout(90_000);
  const host = site.hostPage(
    'loader',
    `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">
<div style="height:900px">The host article.</div>
<div ${LOADER_ATTRS.placeholder} ${LOADER_ATTRS.src}="${site.storyUrl}${edition.path}" ${LOADER_ATTRS.hide}="header"></div>
<div style="height:1200px">More of the article.</div>
<script src="${site.storyUrl}embed.js"></script>`,
  );
  await reader.goto(host);
  await waitUntil(
    reader,
    () => (document.querySelector('.eternauta-embed')?.getBoundingClientRect().height ?? 0) > 5000,
    [],
    'the story to report its height',
  );
  const frame = '.eternauta-embed iframe';
  await until(() => isReady(reader, frame), 'the embedded story to be ready');
  const seen: string[] = [];
  const containerTop = await reader.evaluate(
    () => document.querySelector('.eternauta-embed')!.getBoundingClientRect().top + scrollY,
  );
  for (const id of [stepIds[2]!, fallingStep, chartStep]) {
    // Where the host page must be for the story to sit at the middle of `id`.
    const inStory = await reader.evaluate(
      (stepAttr: string, stepId: string) => {
        const box = document.querySelector(`[${stepAttr}="${stepId}"]`)!.getBoundingClientRect();
        return box.top + scrollY + box.height / 2 - innerHeight / 2;
      },
      [ATTR_STEP_ID, id],
      frame,
    );
    await reader.evaluate((top: number) => window.scrollTo(0, top), [containerTop + inStory]);
    await pause(300);
    await settle(reader);
    seen.push((await activeStepIn(reader, frame))!);
  }
  expect(seen).toEqual([stepIds[2], fallingStep, chartStep]);
});

test('a reader who leaves the collapse and comes back finds it as they left it', async ({ reader, site, edition }) => {
  test.setTimeout(90_000);
  const elsewhere = site.hostPage('elsewhere', '<!doctype html><title>Elsewhere</title><p>Another page.</p>');
  await openStory(reader, `${site.storyUrl}${edition.path}#${fallingStep}`);
  for (let visit = 0; visit < 3; visit++) {
    await reader.goto(elsewhere);
    await reader.back();
    await until(() => isReady(reader), 'the story after coming back');
    await scrollBy(reader, 40);
    const state = await readerState(reader);
    expect(state.step, `visit ${visit + 1}`).toBe(fallingStep);
    expect(state.cardOpacity).toBe(1);
    // The stage still paints: nothing waits for a worker frame that never comes.
    expect(
      await reader.evaluate(
        (painting: string) => document.querySelector(`.graphic canvas[${painting}]`) === null,
        [ATTR_PAINTING],
      ),
    ).toBe(true);
  }
  expect(await reader.pageErrors()).toEqual([]);
});
