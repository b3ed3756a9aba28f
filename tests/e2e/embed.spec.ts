import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Frame, type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { LOADER_ATTRS, NAMESPACE } from '../../src/embed/embedContract';
import { chapterLinks } from '../../src/navigation/readerPosition';
import { nextFrames, scrollGesture, storySelector } from '../support/page';
import { spanish, stepIds, story, type Edition } from '../support/story';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { buildStoryCopy, serveBuilt } from '../support/storyCopy';
import { ATTR_ACTIVE_STEP, ATTR_ANIMATING, ATTR_LAYOUT, ATTR_OVERLAY_ID } from '../../src/scroll/domContract';
import { READY_SELECTOR } from '../../src/scroll/visualStates';
import { inlineScripts, sha256 } from '../../src/build/hostingHeaders';

// The host page lives on another origin than the story, as on a news site: `localhost` against the
// story's `127.0.0.1` (a made-up public host name would be blocked by Chromium's private network rules).
const HOST = 'http://localhost:4999/';
test.use({
  launchOptions: {
    executablePath: chromiumExecutable(),
    // Both origins sit on this machine's loopback; Chromium's local-network permission prompt, which
    // a public news site embedding a public story never meets, would block the test host's requests.
    args: chromiumArgs('LocalNetworkAccessChecks'),
  },
});

const pymSource = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'));

async function openHost(page: Page, body: string): Promise<void> {
  await page.route(`${HOST}**`, (route) =>
    route.request().url().endsWith('pym.js')
      ? route.fulfill({ body: pymSource, contentType: 'text/javascript' })
      : route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0;font:18px/1.5 serif">${body}</body>`,
        }),
  );
  await page.goto(HOST);
}

/** The story's frame, once it is ready. */
async function storyFrame(page: Page, storyUrl: string): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith(storyUrl));
  await expect.poll(find).toBeTruthy();
  const frame = find()!;
  await frame.locator(READY_SELECTOR).waitFor();
  return frame;
}

/** How far the story's own scroll is from where the host page's scroll puts it. */
const offsetGap = async (page: Page, frame: Frame) =>
  Math.abs(
    (await frame.evaluate(() => window.scrollY)) +
      (await page.locator('.eternauta-embed').evaluate((e) => e.getBoundingClientRect().top)),
  );

const ABOVE = '<div id="above" style="height:900px;padding:1rem">The host article, above the story.</div>';
const BELOW = '<div id="below" style="height:1200px;padding:1rem">The host article, below the story.</div>';

test.describe('our loader', () => {
  // The story's own page, by its URL: the edition the project reads.
  const loaderPage = (baseURL: string, { path }: Edition) =>
    `${ABOVE}<div ${LOADER_ATTRS.placeholder} ${LOADER_ATTRS.src}="${baseURL}${path}" ${LOADER_ATTRS.hide}="header"></div>${BELOW}<script src="${baseURL}embed.js"></script>`;

  test("the host page's scroll drives every step in order, with the graphic in view", async ({
    page,
    baseURL,
    edition,
  }) => {
    await openHost(page, loaderPage(baseURL!, edition));
    const frame = await storyFrame(page, baseURL! + edition.path);
    const container = page.locator('.eternauta-embed');
    const contentHeight = () => frame.evaluate(() => document.documentElement.scrollHeight);
    await expect
      .poll(async () =>
        Math.abs((await container.evaluate((e) => e.getBoundingClientRect().height)) - (await contentHeight())),
      )
      .toBeLessThanOrEqual(2);
    await expect(frame.locator('.masthead')).toBeHidden();

    const seen: string[] = [];
    const { height: vh } = page.viewportSize()!;
    for (let y = 0; ; y += Math.round(vh / 3)) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await nextFrames(page);
      await nextFrames(page);
      const box = await container.evaluate((e) => e.getBoundingClientRect().toJSON());
      if (box.top <= 0 && box.bottom >= vh) {
        const iframe = await page
          .locator('.eternauta-embed iframe')
          .evaluate((e) => e.getBoundingClientRect().toJSON());
        expect([Math.round(iframe.top), Math.round(iframe.bottom)]).toEqual([0, vh]);
        const step = await frame.locator(storySelector).getAttribute(ATTR_ACTIVE_STEP);
        if (seen.at(-1) !== step) seen.push(step!);
      }
      if (y > (await page.evaluate(() => document.documentElement.scrollHeight))) break;
    }
    expect(seen).toEqual(stepIds);
    await expect(page.locator('#below')).toBeInViewport();
  });

  test('wheel and touch over the story scroll the host page', async ({ page, baseURL, edition }) => {
    await openHost(page, loaderPage(baseURL!, edition));
    const frame = await storyFrame(page, baseURL! + edition.path);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await nextFrames(page);
    const before = await page.evaluate(() => window.scrollY);
    const { width, height } = page.viewportSize()!;
    await page.mouse.move(width / 2, height / 2);
    await scrollGesture(page, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    await expect.poll(() => offsetGap(page, frame)).toBeLessThanOrEqual(1);
  });

  test('a chapter link inside the story moves the host page with it', async ({ page, baseURL, edition }) => {
    await openHost(page, loaderPage(baseURL!, edition));
    const frame = await storyFrame(page, baseURL! + edition.path);
    await page.evaluate(() => window.scrollTo(0, 1500));
    const link = chapterLinks(edition.story).at(-2)!;
    await frame.locator('.reader-nav summary').click();
    await frame.getByRole('link', { name: link.label }).click();
    await expect.poll(() => offsetGap(page, frame)).toBeLessThanOrEqual(1);
    await page.waitForTimeout(200);
    await expect(frame.locator(storySelector)).toHaveAttribute(ATTR_ACTIVE_STEP, link.stepId);
  });

  test("the container follows the story's height after a resize", async ({ page, baseURL, edition }) => {
    await openHost(page, loaderPage(baseURL!, edition));
    const frame = await storyFrame(page, baseURL! + edition.path);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: Math.round(size.width * 0.8), height: Math.round(size.height * 0.9) });
    const gap = async () =>
      Math.abs(
        (await page.locator('.eternauta-embed').evaluate((e) => e.getBoundingClientRect().height)) -
          (await frame.evaluate(() => document.documentElement.scrollHeight)),
      );
    await expect.poll(gap).toBeLessThanOrEqual(2);
  });

  test('forged messages change nothing and log no errors', async ({ page, baseURL, edition }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // A sibling frame from yet another origin tries to drive the story.
    const sibling = `<iframe id="sibling" srcdoc="<script>onmessage=(e)=>parent.frames[0].postMessage(e.data,'*')</script>"></iframe>`;
    await openHost(page, loaderPage(baseURL!, edition) + sibling);
    const frame = await storyFrame(page, baseURL! + edition.path);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await nextFrames(page);
    await expect.poll(() => frame.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const settled = await frame.evaluate(() => window.scrollY);

    const forged: unknown[] = [
      'pymxPYMxstoryxPYMxwidthxPYMx100',
      { ns: NAMESPACE, type: 'scroll', offset: -40 },
      { ns: NAMESPACE, type: 'scroll', offset: '4000' },
      { ns: NAMESPACE, type: 'scroll', offset: 4000, extra: '<img src=x onerror=alert(1)>' },
      { ns: 'someone-else', type: 'scroll', offset: 4000 },
      null,
    ];
    await page.evaluate((messages) => {
      const story = document.querySelector<HTMLIFrameElement>('.eternauta-embed iframe')!.contentWindow!;
      for (const m of messages) story.postMessage(m, '*');
    }, forged);
    // Well formed, but from another window than the parent.
    await page.evaluate(
      (ns) =>
        document
          .querySelector<HTMLIFrameElement>('#sibling')!
          .contentWindow!.postMessage({ ns, type: 'scroll', offset: 4000 }, '*'),
      NAMESPACE,
    );
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => window.scrollY)).toBe(settled);
    expect(errors).toEqual([]);
  });
});

test('a story that lists the origins allowed to drive it ignores an unlisted host', async ({ page }, info) => {
  test.skip(
    info.project.name !== 'desktop',
    'the rule comes from the build, not the viewport: one build and check is enough',
  );
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const storyOrigin = 'http://story-copy.test/';
  await serveBuilt(
    page,
    storyOrigin,
    buildStoryCopy((copy) => (copy.embed.allowedOrigins = ['https://news.example'])),
  );
  await openHost(
    page,
    `${ABOVE}<div ${LOADER_ATTRS.placeholder} ${LOADER_ATTRS.src}="${storyOrigin}"></div>${BELOW}<script src="${storyOrigin}embed.js"></script>`,
  );
  const frame = await storyFrame(page, storyOrigin);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await page.waitForTimeout(500);
  // The loader streamed the offset from this unlisted host; the story stayed where it was.
  expect(await page.locator('.eternauta-embed').evaluate((e) => e.getBoundingClientRect().top)).toBeLessThan(-1000);
  expect(await frame.evaluate(() => window.scrollY)).toBe(0);
  expect(errors).toEqual([]);
});

test('inside pym.js, the iframe follows the content and the story unrolls into text and stills', async ({
  page,
  baseURL,
}) => {
  await openHost(
    page,
    `${ABOVE}<div id="story-embed"></div>${BELOW}<script src="${HOST}pym.js"></script><script>new pym.Parent('story-embed', '${baseURL}', {})</script>`,
  );
  const frame = await storyFrame(page, baseURL!);
  await expect(frame.locator(storySelector)).toHaveAttribute(ATTR_LAYOUT, 'unrolled');
  await expect(frame.locator('.graphic')).toBeHidden();
  await expect(frame.locator('.unrolled-still')).toHaveCount(story.steps.length);
  for (const step of story.steps) await expect(frame.locator(`#${step.id} .unrolled-still .still`)).toBeVisible();
  const gap = async () =>
    Math.abs(
      (await page.locator('#story-embed iframe').evaluate((e) => e.getBoundingClientRect().height)) -
        (await frame.evaluate(() => document.body.offsetHeight)),
    );
  await expect.poll(gap).toBeLessThanOrEqual(2);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: Math.round(size.width * 0.75), height: size.height });
  await expect.poll(gap).toBeLessThanOrEqual(2);
  // Every quote and panel reads in place.
  for (const overlay of story.overlays)
    await expect(frame.locator(`[${ATTR_OVERLAY_ID}="${overlay.id}"]`)).toBeVisible();
});

test('in a plain fixed-height iframe, sandboxed, the story scrolls inside and works', async ({ page, baseURL }) => {
  // An opaque origin throws on any cookie or storage access: a clean console shows the story uses none.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openHost(
    page,
    `${ABOVE}<iframe title="story" src="${baseURL}" sandbox="allow-scripts" style="display:block;width:100%;height:600px;border:0"></iframe>${BELOW}`,
  );
  const frame = await storyFrame(page, baseURL!);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  const target = story.steps[6]!.id;
  await frame.evaluate((id) => document.getElementById(id)!.scrollIntoView(), target);
  await expect(frame.locator(storySelector)).toHaveAttribute(ATTR_ACTIVE_STEP, target);
  await expect(frame.locator('.graphic')).toBeVisible();
  await expect(frame.locator(storySelector)).toHaveAttribute(ATTR_ANIMATING, 'true');
  expect(errors).toEqual([]);
});

test('served from a deep sub-path on another origin, the loader finds the story beside itself, pinned or not', async ({
  page,
  baseURL,
  request,
}) => {
  // A CDN's copy of dist: every file, with the headers the build ships (_headers, sent by the test server).
  const cdn = 'http://localhost:4998/news/2026/eternauta/';
  await page.route(`${cdn}**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.slice(new URL(cdn).pathname.length);
    await route.fulfill({ response: await route.fetch({ url: `${baseURL}${path}${url.search}` }) });
  });
  const pinned = (await (await request.get('embed.json')).json()) as { src: string; integrity: string };
  for (const script of [
    `<script src="${cdn}embed.js" async></script>`,
    `<script src="${cdn}${pinned.src}" integrity="${pinned.integrity}" crossorigin="anonymous"></script>`,
  ]) {
    await openHost(
      page,
      `${ABOVE}<div ${LOADER_ATTRS.placeholder} ${LOADER_ATTRS.hide}="header"></div>${BELOW}${script}`,
    );
    const frame = await storyFrame(page, cdn);
    const container = page.locator('.eternauta-embed');
    await expect.poll(() => container.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(5000);
    const top = await container.evaluate((e) => e.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => window.scrollTo(0, y), top + 6000);
    await expect.poll(() => frame.locator(storySelector).getAttribute(ATTR_ACTIVE_STEP)).not.toBe(story.steps[0]!.id);
  }
});

test('the site is served with its strict policy and cache rules', async ({ request }) => {
  const page = await request.get('./');
  const policy = page.headers()['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+'){2,};/);
  // One policy for the site: it allows the inline scripts of every edition's page.
  for (const path of ['./', 'es/']) {
    const html = await (await request.get(path)).text();
    for (const script of inlineScripts(html))
      expect(policy, `${path}: ${script.slice(0, 40)}`).toContain(sha256(script));
  }
  expect(policy).toContain('frame-ancestors *');
  expect(page.headers()['cache-control']).toBe('no-cache');
  for (const path of ['embed.js', 'visual-states.json'])
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  const script = /"\.\/(assets\/index-[\w-]+\.js)"/.exec(await page.text())![1]!;
  expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the Spanish edition embeds by language with our loader, and by its URL with pym.js or a plain iframe', async ({
  page,
  baseURL,
}) => {
  const es = `${baseURL}es/`;
  // The loader beside the story, told the language only: it finds the edition's page itself.
  await openHost(
    page,
    `${ABOVE}<div ${LOADER_ATTRS.placeholder} ${LOADER_ATTRS.lang}="es"></div>${BELOW}<script src="${baseURL}embed.js"></script>`,
  );
  let frame = await storyFrame(page, es);
  await expect(frame.locator('html')).toHaveAttribute('lang', spanish.meta.lang);
  await expect(frame.locator(`#${spanish.steps[0]!.id} .card`)).toContainText(spanish.steps[0]!.text[0]!.slice(0, 20));

  await openHost(
    page,
    `${ABOVE}<div id="story-embed"></div>${BELOW}<script src="${HOST}pym.js"></script><script>new pym.Parent('story-embed', '${es}', {})</script>`,
  );
  frame = await storyFrame(page, es);
  await expect(frame.locator(storySelector)).toHaveAttribute(ATTR_LAYOUT, 'unrolled');
  await expect(frame.locator('html')).toHaveAttribute('lang', spanish.meta.lang);

  await openHost(
    page,
    `<iframe title="historia" src="${es}" style="display:block;width:100%;height:600px;border:0"></iframe>`,
  );
  frame = await storyFrame(page, es);
  await expect(frame.locator('h1')).toHaveText(spanish.meta.headline);
});
