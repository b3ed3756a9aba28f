import { expect, test } from '../support/test';
import { stateUrl } from '../../src/scroll/urlContract';
import { openStory, storySelector } from '../support/page';
import { editions, scenes, stepIds, story } from '../support/story';
import { buildStoryCopy, serveBuilt } from '../support/storyCopy';
import { ATTR_ACTIVE_STEP } from '../../src/scroll/domContract';

const phaseStep = (phase: string) => Object.entries(story.chart.phases).find(([, p]) => p === phase)![0];

test('the chart draws its figures from the story file', async ({ page }, info) => {
  test.skip(
    info.project.name !== 'desktop',
    'the figures come from the build, not the viewport: one build and check is enough',
  );
  test.setTimeout(90_000);
  const dist = buildStoryCopy((copy) => {
    copy.chart.reportedSpeedup.value = 8;
    copy.chart.series[1]!.relativeTime = 0.125;
  });
  const origin = 'http://chart-copy.test/';
  await serveBuilt(page, origin, dist);
  await openStory(page, origin + stateUrl(phaseStep('ai-assisted'), 1));
  await expect(page.locator('.graphic svg.chart')).toContainText('≈ 12.5%');
  await openStory(page, origin + stateUrl(phaseStep('repeats'), 1));
  await expect(page.locator('.graphic svg.chart')).toContainText('about 8 sequences');
  await expect(page.locator('table')).toContainText('12.5%');
});

test('the chart unfolds with the steps and is the same when reached backwards', async ({
  page,
  edition: { path, story },
}) => {
  await openStory(page, path + stateUrl(phaseStep('traditional'), 1));
  await expect(page.locator('.graphic svg.chart .bar.ai rect')).toHaveCount(0);
  await openStory(page, path + stateUrl(phaseStep('repeats'), 1));
  await expect(page.locator('.graphic svg.chart .bar.ai rect')).toHaveCount(story.chart.reportedSpeedup.value);
  const forwards = await page.locator('.graphic svg.chart').innerHTML();
  await openStory(page, path + stateUrl(phaseStep('annotation'), 0.5));
  await openStory(page, path + stateUrl(phaseStep('repeats'), 1));
  expect(await page.locator('.graphic svg.chart').innerHTML()).toBe(forwards);
});

for (const { path, story: edition } of editions)
  test(`the chart has a title, a description and its figures as a table (${edition.meta.lang})`, async ({ page }) => {
    await openStory(page, path + stateUrl(phaseStep('traditional'), 0.5));
    await expect(page.locator('.graphic svg.chart title')).toHaveText(edition.chart.title);
    await expect(page.locator('.graphic svg.chart desc')).toHaveText(edition.chart.description);
    const table = page.locator(`#${phaseStep('traditional')} table`);
    await expect(table.locator('tbody tr')).toHaveCount(2);
    for (const series of edition.chart.series) await expect(table).toContainText(series.label);
  });

test("the chart's first mount is rehearsed once the reader pauses, not between the frames of a scroll towards it", async ({
  page,
  edition,
}) => {
  await openStory(page, edition.path);
  const lastBefore = stepIds[scenes.indexOf('chart') - 1]!;
  // Scrolled in the page, a few pixels every frame, from the top to the step before the chart
  // (past the steps from which the chart's stage loads): the reader never pauses on the way.
  const duringScroll = await page.evaluate(async (targetId) => {
    const rehearsals: number[] = [];
    // The rehearsal mounts the chart in a hidden box of its own, outside the graphic (and takes it down in the same task).
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            node instanceof SVGElement &&
            node.matches('svg.chart') &&
            !(record.target as Element).closest('.graphic')
          )
            rehearsals.push(performance.now());
    }).observe(document.body, { childList: true, subtree: true });
    (window as unknown as { rehearsals: number[] }).rehearsals = rehearsals;
    const target = document.getElementById(targetId)!.getBoundingClientRect().top + window.scrollY;
    await new Promise<void>((done) => {
      const frame = () => {
        window.scrollBy(0, 40);
        if (window.scrollY + 40 < target) requestAnimationFrame(frame);
        else done();
      };
      requestAnimationFrame(frame);
    });
    return rehearsals.length;
  }, lastBefore);
  await expect(page.locator(storySelector)).toHaveAttribute(ATTR_ACTIVE_STEP, lastBefore);
  expect(duringScroll).toBe(0);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { rehearsals: number[] }).rehearsals.length))
    .toBe(1);
});
