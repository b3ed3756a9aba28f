/**
 * The edition a project reads where a spec tests how the story works rather than what it says:
 * each engine reads the English edition at one size and the Spanish one at the other
 * (playwright.config.ts), so every spec runs on both editions in every engine, once. A spec about
 * the words themselves loops over `editions` instead and runs on both at every size.
 */
import type { Fixtures } from '@playwright/test';
import { editions, type Edition, type EditionPath } from './story';

export interface EditionOptions {
  editionPath: EditionPath;
}

export const editionFixtures: Fixtures<{ edition: Edition }, EditionOptions> = {
  editionPath: ['', { option: true, scope: 'worker' }],
  edition: async ({ editionPath }, use, testInfo) => {
    const edition = editions.find((e) => e.path === editionPath)!;
    testInfo.annotations.push({ type: 'edition', description: edition.story.meta.lang });
    await use(edition);
  },
};
