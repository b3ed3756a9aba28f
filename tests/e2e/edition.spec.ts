import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '../support/test';
import { expectStep, openStory } from '../support/page';
import { spanish, story } from '../support/story';
import { stateUrl } from '../../src/scroll/urlContract';
import { formatDate, formatPercent } from '../../src/content/localeFormat';
import { ATTR_QUOTE_ID, ATTR_QUOTE_ORIGINAL } from '../../src/scroll/domContract';

// The source reporting lives beside the repository (where CI has it), not in it.
const ARTICLE = new URL('../../../shared/source-article.txt', import.meta.url);
const article = existsSync(ARTICLE) ? readFileSync(ARTICLE, 'utf8') : undefined;
const ES = 'es/';
const [open, close] = spanish.ui.quoteMarks;

test('the Spanish edition is its own page: language, title, description, canonical URL, share card', async ({
  page,
}) => {
  await openStory(page, ES);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-AR');
  await expect(page).toHaveTitle(`${spanish.meta.headline} | ${spanish.meta.siteName}`);
  const content = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await content('meta[name="description"]')).toBe(spanish.meta.description);
  expect(await content('meta[property="og:locale"]')).toBe('es_AR');
  expect(await content('meta[property="og:locale:alternate"]')).toBe(story.meta.lang.replace('-', '_'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', spanish.meta.canonicalUrl);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
  expect(alternates).toEqual([
    [story.meta.lang, story.meta.canonicalUrl],
    ['es-AR', spanish.meta.canonicalUrl],
    ['x-default', story.meta.canonicalUrl],
  ]);
  // The English page links back the same way.
  await openStory(page, '/');
  await expect(page.locator('link[rel="alternate"][hreflang="es-AR"]')).toHaveAttribute(
    'href',
    spanish.meta.canonicalUrl,
  );
});

test('/es/ reads entirely in Spanish: every step, heading and label from the Spanish file, none from the English', async ({
  page,
}) => {
  await openStory(page, ES);
  // (textContent: cards far off screen skip rendering, and innerText leaves unrendered text out.)
  const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
  for (const [i, step] of spanish.steps.entries()) {
    const words = step.text[0]!.replace(/\*/g, '');
    expect(text, step.id).toContain(words.slice(0, 40));
    expect(text, step.id).not.toContain(story.steps[i]!.text[0]!.replace(/\*/g, '').slice(0, 40));
  }
  await expect(page.locator('h1')).toHaveText(spanish.meta.headline);
  await expect(page.locator('#sources-heading')).toHaveText(spanish.ui.sourcesHeading);
  await expect(page.locator('.reader-nav')).toHaveAttribute('aria-label', spanish.ui.chaptersLabel);
  await expect(page.locator('.skip-link')).toHaveText(spanish.ui.skipToStory);
});

test('the language switch goes to the same step in the other edition, both ways', async ({ page }) => {
  const step = spanish.steps[7]!.id;
  await openStory(page, `${ES}#${step}`);
  await expectStep(page, step);
  await page.locator('.reader-nav summary').click();
  await page.locator('.reader-nav .edition-link').click();
  await expect(page).toHaveURL(new RegExp(`/#${step}$`));
  await expectStep(page, step);
  await expect(page.locator('html')).toHaveAttribute('lang', story.meta.lang);

  await page.locator('.reader-nav summary').click();
  await page.locator('.reader-nav .edition-link').click();
  await expect(page).toHaveURL(new RegExp(`/${ES}#${step}$`));
  await expectStep(page, step);
  // Without a step (at the top, or without JavaScript) the masthead's link goes to the other edition's start.
  await expect(page.locator('.masthead .edition-link')).toHaveAttribute('href', '../');
  await expect(page.locator('.masthead .edition-link')).toHaveAttribute('hreflang', story.meta.lang);
});

test('quotes are marked Spanish translations, their English originals a click away and word for word', async ({
  page,
}) => {
  for (const quote of spanish.quotes) {
    // Where the quote shows (its step, once the card has had its turn on a phone), then opened by a click.
    const overlay = spanish.overlays.find((o) => o.type === 'quote' && o.quote === quote.id)!;
    await openStory(page, `${ES}${stateUrl(overlay.enter, 0.6)}`);
    const figure = page.locator(`figure[${ATTR_QUOTE_ID}="${quote.id}"]`);
    await expect(figure.locator(`blockquote:not([${ATTR_QUOTE_ORIGINAL}])`)).toHaveText(
      `${open}${quote.translation}${close}`,
    );
    // Marked as a translation right under it, where the original opens.
    await expect(figure.locator('details.original summary')).toHaveText(
      `${spanish.ui.translationLabel} · ${spanish.ui.originalLabel}`,
    );
    const original = figure.locator(`blockquote[${ATTR_QUOTE_ORIGINAL}]`);
    await expect(original).toHaveAttribute('lang', 'en');
    await expect(original).toBeHidden();
    await figure.locator('details.original summary').click();
    await expect(original).toBeVisible();
    const words = (await original.textContent())!.trim().slice(open.length, -close.length);
    expect(words).toBe(story.quotes.find((q) => q.id === quote.id)!.text);
    if (article) expect(article, quote.id).toContain(words);
  }
  // The chart's annotation quotes the translation, and says so.
  await openStory(
    page,
    `${ES}${stateUrl(spanish.steps.find((s) => spanish.chart.phases[s.id] === 'annotation')!.id, 0.5)}`,
  );
  await expect(page.locator('.graphic svg.chart .phrase')).toHaveText(
    `${open}${spanish.chart.annotation.phrase}${close}`,
  );
  await expect(page.locator('.graphic svg.chart .attribution')).toContainText(`(${spanish.ui.translationLabel})`);
});

test('numbers and dates are written the Buenos Aires way', async ({ page }) => {
  await openStory(page, ES);
  const date = formatDate('2025-07', 'es-AR');
  expect(date).toBe('julio de 2025');
  await expect(page.locator(`figure[${ATTR_QUOTE_ID}="sarandos-speed"] time`)).toHaveText(date);
  // The chart's table and its labels in es-AR's numbers: a decimal comma where there are decimals.
  expect(formatPercent(0.105, 'es-AR', 1)).toBe('10,5%');
  const share = formatPercent(spanish.chart.series[1]!.relativeTime, 'es-AR', 1);
  await expect(page.locator('table')).toContainText(share);
  await openStory(
    page,
    `${ES}${stateUrl(spanish.steps.find((s) => spanish.chart.phases[s.id] === 'ai-assisted')!.id, 1)}`,
  );
  await expect(page.locator('.graphic svg.chart')).toContainText(share);
});

test('no Spanish card overflows a 320 × 568 screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  for (const step of spanish.steps) {
    await openStory(page, `${ES}${stateUrl(step.id, 0.2)}`);
    const card = await page.locator(`#${step.id} .card`).boundingBox();
    expect(card!.height, step.id).toBeLessThanOrEqual(568);
    expect(card!.x + card!.width, step.id).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), step.id).toBe(true);
  }
});
