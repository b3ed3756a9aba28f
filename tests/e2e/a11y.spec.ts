import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import type { AxeResults } from 'axe-core';
import { expectStep, nextFrames, openStory } from '../support/page';
import type { Story } from '../../src/content/schema';
import { editions } from '../support/story';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core at every step, scrolled to in one page load. axe is injected once and run directly:
 * AxeBuilder re-injects its half-megabyte source on every run, which made this suite minutes long.
 */
async function axeAtEveryStep(page: Page, story: Story): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's Content-Security-Policy rightly refuses an injected script tag.
  await page.evaluate(axeSource);
  const problems: string[] = [];
  for (const step of story.steps) {
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }),
      step.id,
    );
    await expectStep(page, step.id);
    await nextFrames(page);
    const violations = await page.evaluate(
      async (tags) =>
        (
          await (window as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe.run({
            runOnly: { type: 'tag', values: tags },
          })
        ).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      TAGS,
    );
    problems.push(...violations.map((v) => `${step.id}: ${v}`));
  }
  return problems;
}

for (const { path, story } of editions)
  test.describe(`axe-core finds no violations (${story.meta.lang})`, () => {
    test('at any step, with motion', async ({ page }) => {
      await openStory(page, path || '/');
      expect(await axeAtEveryStep(page, story)).toEqual([]);
    });

    test('at any step, with reduced motion', async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openStory(page, path || '/');
      expect(await axeAtEveryStep(page, story)).toEqual([]);
    });
  });
