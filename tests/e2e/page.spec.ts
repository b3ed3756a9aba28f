import { expect, test } from '../support/test';
import { BRIEF_PAUSE_MS } from '../../src/scroll/readerPause';
import { formatDate } from '../../src/content/localeFormat';
import { plainText } from '../../src/content/inlineMarkup';
import { STAGE_CHUNK_PATTERN, STAGE_OF, type StageName } from '../../src/scenes/registry';
import { nextFrames, openStory, printable, settleScroll, storySelector, watchFrameRequests } from '../support/page';
import { keySteps } from '../support/story';
import { ATTR_ACTIVE_STEP, ATTR_STAGE } from '../../src/scroll/domContract';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole story text is on the page', async ({ page, edition: { path, story } }) => {
    await page.goto(path);
    const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
    const expected = [
      story.meta.headline,
      story.meta.dek,
      ...story.steps.flatMap((s) => s.text.map(plainText)),
      ...story.quotes
        .filter((q) => story.overlays.some((o) => o.type === 'quote' && o.quote === q.id))
        .flatMap((q) => [q.text, q.translation ?? []].flat()),
      ...story.sources.map((s) => s.title),
      ...story.credits.map((c) => c.role),
    ];
    for (const snippet of expected) expect(text, snippet).toContain(snippet.replace(/\s+/g, ' '));
    await expect(page.locator('h1')).toHaveCount(1);
  });
});

test('the page logs no errors and asks no other host for anything', async ({ page, baseURL, edition }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) problems.push(`request to ${r.url()}`);
  });
  await openStory(page, edition.path);
  // Every scene on screen once, fast: this test is about errors and requests, not gestures.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await nextFrames(page);
  }
  expect(problems).toEqual([]);
});

test('the collapse and the chart are loaded as the story nears them, not with the page', async ({
  page,
  edition: { path, story },
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const loaded = (stage: StageName) => scripts.some((path) => STAGE_CHUNK_PATTERN.exec(path)?.[1] === stage);
  await openStory(page, path);
  await page.waitForTimeout(500);
  expect(loaded('collapse')).toBe(false);
  expect(loaded('chart')).toBe(false);

  // Two steps before the collapse's first step: close enough to load it ahead of the reader.
  const firstCollapse = story.steps.findIndex((s) => STAGE_OF[s.scene] === 'collapse');
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), story.steps[firstCollapse - 2]!.id);
  await settleScroll(page);
  await expect.poll(() => loaded('collapse')).toBe(true);
  expect(loaded('chart')).toBe(false);
});

test('once the reader pauses, the text ahead is laid out: a jump and a scroll later lay out less than without the pause', async ({
  page,
  browser,
  edition: { path, story },
}) => {
  const collapse = story.steps.filter((s) => s.scene === 'collapse');
  /** Scrolls through the collapse's steps, tracing: the most layout objects any one layout had to redo. */
  const largestLayout = async (pause: boolean) => {
    await openStory(page, path);
    if (pause) {
      // The pause, then one idle moment per step: chained idle callbacks run one per idle period, as the page's do.
      // (The pause's scheduling itself is unit-tested with fake timers: readerPause.test.ts.)
      await page.waitForTimeout(BRIEF_PAUSE_MS + 100);
      await page.evaluate(
        (n) =>
          new Promise<void>((done) => {
            const next = (left: number) => (left ? requestIdleCallback(() => next(left - 1)) : done());
            next(n);
          }),
        story.steps.length + 10,
      );
    }
    // A jump far ahead (a chapter link), then on at once, a scroll every frame: no pause there.
    await page.evaluate(async (firstId) => {
      document.getElementById(firstId)!.scrollIntoView();
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    }, collapse[0]!.id);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    await page.evaluate(async (lastId) => {
      const end = document.getElementById(lastId)!.getBoundingClientRect().top + scrollY - innerHeight / 2;
      while (scrollY < end) {
        scrollBy(0, 60);
        await new Promise(requestAnimationFrame);
      }
    }, collapse.at(-1)!.id);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: { name: string; args?: { beginData?: { dirtyObjects?: number } } }[];
    };
    return Math.max(
      0,
      ...traceEvents.flatMap((e) => (e.name === 'Layout' ? (e.args?.beginData?.dirtyObjects ?? []) : [])),
    );
  };
  const straightAway = await largestLayout(false);
  const afterAPause = await largestLayout(true);
  // A card's text laid out as it nears: some 40 objects at once here; laid out ahead, what remains is its box.
  expect(
    afterAPause,
    `largest layout while scrolling: ${afterAPause} objects after a pause, ${straightAway} straight away`,
  ).toBeLessThan(straightAway / 2);
});

test('social-card meta comes from the story file', async ({ page, edition: { path, story } }) => {
  await page.goto(path);
  await expect(page).toHaveTitle(new RegExp(story.meta.headline));
  await expect(page.locator('html')).toHaveAttribute('lang', story.meta.lang);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', story.meta.headline);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', story.meta.description);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    new URL(story.meta.shareImage.src, story.meta.canonicalUrl).href,
  );
});

test('the site works when served from a sub-path', async ({ page, baseURL, edition: { path, story } }) => {
  const prefix = `${baseURL}news/2026/eternauta/`;
  const failed: string[] = [];
  await page.route(`${prefix}**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(prefix, baseURL!) });
    await route.fulfill({ response });
  });
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  await page.route(
    (url) => url.href.startsWith(baseURL!) && !url.href.startsWith(prefix),
    (route) => {
      failed.push(route.request().url());
      return route.abort();
    },
  );
  await openStory(page, `${prefix}${path}?step=${story.steps[3]!.id}&progress=0.5`);
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ACTIVE_STEP, story.steps[3]!.id);
  expect(failed).toEqual([]);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing overflows sideways, at any scene', async ({ page, edition: { path, story } }) => {
    for (const scene of new Set(story.steps.map((s) => s.scene))) {
      const step = story.steps.find((s) => s.scene === scene)!;
      await openStory(page, `${path}?step=${step.id}&progress=0.5`);
      const { scrollWidth, innerWidth, innerHeight } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
      }));
      expect(scrollWidth, scene).toBeLessThanOrEqual(innerWidth);
      expect(innerHeight, scene).toBe(640);
    }
  });
});

test('nothing shifts while the page loads: fonts and graphics have their space reserved', async ({ page, edition }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as { shifts: number[] }).shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openStory(page, edition.path);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

// The first Intl formatter a page creates is one of the largest single costs of a phone's first load.
test('the page shows the dates and numbers the build formatted, without creating a formatter itself', async ({
  page,
  edition: { path, story },
}) => {
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { formatters: string[] }).formatters = made;
    const spy = <T extends object>(name: string, formatter: T): T =>
      new Proxy(formatter, {
        construct: (target, args) => (made.push(name), Reflect.construct(target as never, args)),
        apply: (target, self, args) => (made.push(name), Reflect.apply(target as never, self, args)),
      });
    Intl.DateTimeFormat = spy('DateTimeFormat', Intl.DateTimeFormat);
    Intl.NumberFormat = spy('NumberFormat', Intl.NumberFormat);
  });
  // At the chart: its axis, its bars and its quote are labelled too.
  await openStory(page, `${path}?step=${Object.keys(story.chart.phases)[0]}`);
  await expect(page.locator('header time')).toHaveText(formatDate(story.meta.published, story.meta.lang));
  await expect(page.locator(`.layer[${ATTR_STAGE}="chart"] svg text`).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { formatters: string[] }).formatters)).toEqual([]);
});

test('a page standing still asks for no animation frames (reduced motion, mid-collapse)', async ({
  page,
  edition: { path, story },
}) => {
  const frames = await watchFrameRequests(page);
  const collapseStep = story.steps.find((s) => s.scene === 'collapse')!;
  await openStory(page, `${path}?step=${collapseStep.id}&progress=0.5&motion=reduce`);
  // Including after printing drew its stills (the collapse among them).
  await printable(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-still')).toHaveCount(keySteps.length);
  await page.waitForTimeout(300);
  await frames.reset();
  await page.waitForTimeout(1000);
  expect(await frames.count()).toBe(0);
});
