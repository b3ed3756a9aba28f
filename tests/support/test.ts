/**
 * The Chromium specs' `test`: Playwright's, with every page of the test's context listening for
 * Content-Security-Policy violations. The site ships a strict policy (`_headers`, and a meta tag in
 * the page), the test server sends it, and a test fails on any violation it provoked. A test that
 * serves the site through a route is not failed by a request still in flight when it ends (the story
 * keeps loading what it nears, and what a printout needs, after the test has its answer). Each
 * test gets the `edition` its project reads (`edition.ts`).
 */
import { expect, test as base } from '@playwright/test';
import { editionFixtures, type EditionOptions } from './edition';
import type { Edition } from './story';

declare global {
  interface Window {
    __reportCspViolation?: (violation: string) => void;
  }
}

export const test = base.extend<{ cspViolations: string[]; routesEnded: void; edition: Edition }, EditionOptions>({
  ...editionFixtures,
  routesEnded: [
    async ({ page }, use) => {
      await use();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding(
        '__reportCspViolation',
        (_source, violation: string) => void violations.push(violation),
      );
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportCspViolation?.(
            `${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
          ),
        ),
      );
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
