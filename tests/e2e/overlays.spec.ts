import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { hasOverlay, shownOverlays, textLayout } from '../support/overlays';
import { overlaps, visibleBoxesOf } from '../support/boxes';
import { stateUrl } from '../../src/scroll/urlContract';
import { OVERLAY_FADE, PHONE_TURN } from '../../src/overlays/overlayPresence';
import { HANDOVER_START, handsOver } from '../../src/scenes/stageLayers';
import { openStory } from '../support/page';
import { editions, scenes, stepIds, story } from '../support/story';
import { ATTR_OVERLAY_ID, ATTR_QUOTE_ID } from '../../src/scroll/domContract';

// The source reporting lives beside the repository (where CI has it), not in it: it is not ours to republish.
const ARTICLE = new URL('../../../shared/source-article.txt', import.meta.url);
const article = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : undefined;
// That overlays show exactly on their steps while scrolling down and back up is checked in
// scroll.spec.ts, riding along its scroll-through so the story is scrolled once per viewport.

test('an overlay reached by URL matches the one reached by scrolling', async ({ page, edition: { path } }) => {
  for (const overlay of story.overlays) {
    await openStory(page, path + stateUrl(overlay.enter, 0.5));
    expect(await shownOverlays(page)).toContain(overlay.id);
  }
});

test('an overlay fades and rises in with the scroll: half way through its fade it is half present', async ({
  page,
  edition: { path },
}) => {
  const overlay = story.overlays[0]!;
  const element = page.locator(`[${ATTR_OVERLAY_ID}="${overlay.id}"]`);
  await openStory(page, path);
  // On phones it comes in once the card has yielded to it.
  const fadeStart = (await textLayout(page)) === 'turns' ? PHONE_TURN : 0;
  const style = () =>
    element.evaluate((e) => ({
      opacity: Number(getComputedStyle(e).opacity),
      rise: new DOMMatrix(getComputedStyle(e).transform).m42,
    }));
  await openStory(page, path + stateUrl(overlay.enter, fadeStart + OVERLAY_FADE / 2));
  const half = await style();
  // (to the scroll position's pixel)
  expect(half.opacity).toBeCloseTo(0.5, 1);
  expect(half.rise).toBeCloseTo(7, 0);
  await openStory(page, path + stateUrl(overlay.enter, fadeStart + OVERLAY_FADE + 0.05));
  expect(await style()).toEqual({ opacity: 1, rise: 0 });
});

test('an overlay whose last step hands the graphic over leaves before the hand-over, so the two never fade across each other', async ({
  page,
  edition: { path },
}) => {
  await openStory(page, path);
  // On phones an overlay shows on its first step only: there it must leave before that step's hand-over.
  const lastStep = (await textLayout(page)) === 'turns' ? 'enter' : 'exit';
  const leaving = story.overlays.filter((o) => handsOver(scenes, stepIds.indexOf(o[lastStep])));
  expect(leaving.length).toBeGreaterThan(0);
  for (const overlay of leaving) {
    await openStory(page, path + stateUrl(overlay[lastStep], HANDOVER_START - OVERLAY_FADE - 0.05));
    expect(await shownOverlays(page)).toContain(overlay.id);
    await openStory(page, path + stateUrl(overlay[lastStep], HANDOVER_START + 0.05));
    await expect(page.locator(`[${ATTR_OVERLAY_ID}="${overlay.id}"]`)).toHaveCSS('opacity', '0');
  }
});

for (const { path, story: edition } of editions)
  test(`on phones the card yields to the overlay of its step, in the same place, and never shares the screen with it (${edition.meta.lang})`, async ({
    page,
  }, info) => {
    test.skip(info.project.name !== 'mobile', 'card and overlay take turns only on phones');
    const opacity = (selector: string) => page.locator(selector).evaluate((e) => Number(getComputedStyle(e).opacity));
    for (const overlay of edition.overlays) {
      const [card, panel] = [`section#${overlay.enter} .card`, `[${ATTR_OVERLAY_ID}="${overlay.id}"]`];
      await openStory(page, path + stateUrl(overlay.enter, PHONE_TURN - 0.05));
      expect([await opacity(card), await opacity(panel)], `${overlay.enter}: the card's turn`).toEqual([1, 0]);
      await openStory(page, path + stateUrl(overlay.enter, PHONE_TURN + OVERLAY_FADE + 0.05));
      expect([await opacity(card), await opacity(panel)], `${overlay.enter}: the overlay's turn`).toEqual([0, 1]);
      // In the card's place: both rest on the bottom of the screen, the overlay whole on it.
      const [cardBox, panelBox] = [await page.locator(card).boundingBox(), await page.locator(panel).boundingBox()];
      expect(Math.abs(cardBox!.y + cardBox!.height - (panelBox!.y + panelBox!.height))).toBeLessThanOrEqual(1);
      expect(panelBox!.y, `${overlay.id}'s top`).toBeGreaterThanOrEqual(0);
    }
  });

for (const { path, story: edition } of editions)
  test(`on phones, the card of a step that hands the graphic over has left before the hand-over (${edition.meta.lang})`, async ({
    page,
  }, info) => {
    test.skip(
      info.project.name !== 'mobile',
      'cards fade as they leave only on phones; wider screens scroll them away beside the graphic',
    );
    const steps = story.steps.filter((_, i) => handsOver(scenes, i));
    expect(steps.length).toBeGreaterThan(0);
    const opacity = (id: string) =>
      page.locator(`#${id} .card`).evaluate((card) => Number(getComputedStyle(card).opacity));
    for (const step of steps) {
      // (A card whose step brings an overlay has yielded to it long before.)
      // (At 0.5 the card begins to leave: the trigger line is where the step starts its exit.)
      await openStory(page, path + stateUrl(step.id, hasOverlay(step.id) ? PHONE_TURN - 0.05 : 0.4));
      expect(await opacity(step.id), `${step.id} while read`).toBe(1);
      await openStory(page, path + stateUrl(step.id, HANDOVER_START));
      expect(await opacity(step.id), `${step.id} at ${HANDOVER_START}`).toBeLessThan(0.01);
    }
  });

test("every quote on the page is the source article's wording, character for character", async ({ page }) => {
  test.skip(
    article === undefined,
    'the source article (../shared/source-article.txt, beside the checkout) is not on this machine',
  );
  await openStory(page, '/');
  const quotes = await page.locator('blockquote').allTextContents();
  expect(quotes.length).toBe(story.overlays.filter((o) => o.type === 'quote').length);
  for (const quote of quotes) {
    const words = quote.trim().replace(/^“/, '').replace(/”$/, '');
    expect(article, words).toContain(words);
  }
});

test('quotes are figures that name speaker, role, occasion and date, and link their source', async ({
  page,
  edition: { path, story },
}) => {
  await openStory(page, path);
  for (const overlay of story.overlays.filter((o) => o.type === 'quote')) {
    const quote = story.quotes.find((q) => overlay.type === 'quote' && q.id === overlay.quote)!;
    const figure = page.locator(`figure[${ATTR_QUOTE_ID}="${quote.id}"]`);
    await expect(figure.locator('figcaption')).toContainText(quote.speaker);
    await expect(figure.locator('figcaption')).toContainText(quote.role);
    await expect(figure.locator('figcaption')).toContainText(quote.occasion);
    await expect(figure.locator(`figcaption a[href="#source-${quote.source}"]`)).toHaveCount(1);
    await expect(page.locator(`#source-${quote.source}`)).toHaveCount(1);
  }
});

test('overlays sit in the story text in reading order', async ({ page, edition: { path } }) => {
  await openStory(page, path);
  for (const overlay of story.overlays) {
    await expect(page.locator(`section#${overlay.enter} [${ATTR_OVERLAY_ID}="${overlay.id}"]`)).toHaveCount(1);
  }
});

test('with reduced motion an overlay simply appears, fully, from the start of its turn', async ({
  page,
  edition: { path },
}) => {
  const overlay = story.overlays[0]!;
  await openStory(page, path);
  // On phones its turn comes when the card yields (with reduced motion the two cut, they do not fade).
  const from = (await textLayout(page)) === 'turns' ? PHONE_TURN : 0;
  // Just past the start, where a moving overlay would still be faint: a URL lands on the nearest whole
  // pixel, which may fall a hair before the start itself.
  await openStory(page, path + stateUrl(overlay.enter, from + 0.02, { reduceMotion: true }));
  expect(await shownOverlays(page)).toContain(overlay.id);
});

for (const { path, story: edition } of editions)
  test(`a shown overlay never covers a card the reader can see (${edition.meta.lang})`, async ({ page }) => {
    for (const overlay of edition.overlays) {
      for (const stepId of stepIds.slice(stepIds.indexOf(overlay.enter), stepIds.indexOf(overlay.exit) + 1)) {
        await openStory(page, path + stateUrl(stepId, 0.5));
        const [cards, panels] = [await visibleBoxesOf(page, '.card'), await visibleBoxesOf(page, '.overlay')];
        for (const panel of panels)
          for (const card of cards) expect(overlaps(panel, card), `an overlay over a card at ${stepId}`).toBe(false);
      }
    }
  });
