import { expect, test } from '../support/test';
import { openStory } from '../support/page';
import { editions } from '../support/story';
import { textCoverage } from '../support/textCoverage';
import { stateUrl } from '../../src/scroll/urlContract';

/** At most this share of a phone's screen is text at any step's middle: the rest is the graphic's. */
const MAX_TEXT_SHARE = 0.45;
const PHONES = [
  { width: 390, height: 844 },
  { width: 375, height: 667 },
];

for (const { path, story } of editions)
  for (const viewport of PHONES) {
    test(`at ${viewport.width}×${viewport.height} the text covers at most 45 % of the screen at every step's middle (${story.meta.lang})`, async ({
      browser,
    }, info) => {
      test.skip(
        info.project.name !== 'mobile',
        'a phone layout: the mobile project makes its own contexts at both sizes',
      );
      const context = await browser.newContext({ ...info.project.use, viewport, baseURL: info.project.use.baseURL });
      const page = await context.newPage();
      const shares: Record<string, number> = {};
      for (const step of story.steps) {
        await openStory(page, path + stateUrl(step.id, 0.5));
        shares[step.id] = Math.round((await textCoverage(page)) * 100) / 100;
      }
      await context.close();
      await info.attach('text shares', { body: JSON.stringify(shares, null, 1), contentType: 'application/json' });
      const crowded = Object.entries(shares).filter(([, share]) => share > MAX_TEXT_SHARE);
      expect(crowded, 'steps whose text covers more than 45 % of the screen').toEqual([]);
    });
  }
