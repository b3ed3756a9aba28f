/**
 * The Chromium specs' `test`: Playwright's, with every page of the test's context listening for
 * Content-Security-Policy violations. The site ships a strict policy (`_headers`, and a meta tag in
 * the page), the test server sends it, and a test fails on any violation it provoked.
 */
import { expect, test as base } from '@playwright/test';

declare global {
  interface Window {
    __reportCspViolation?: (violation: string) => void;
  }
}

export const test = base.extend<{ cspViolations: string[] }>({
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
