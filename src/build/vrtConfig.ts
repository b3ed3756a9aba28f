/**
 * Ready-made configurations for visual regression tools, generated from the visual-state
 * manifest: every state at every viewport, captured as the manifest says (the viewport only,
 * once the ready selector is there). Pure; `vrtConfigCli.ts` writes them.
 */
import type { VisualManifest } from '../scroll/visualStates.ts';

export interface BackstopOptions {
  /** where the built story is served, e.g. http://127.0.0.1:4173/ */
  baseUrl: string;
  /** a Chromium for BackstopJS's Puppeteer (Debian's, say), where it cannot download its own */
  chromium?: string;
}

export function backstopConfig(manifest: VisualManifest, { baseUrl, chromium }: BackstopOptions) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    id: 'el-eternauta',
    viewports: manifest.viewports.map(({ name, width, height }) => ({ label: name, width, height })),
    scenarios: manifest.states.map((state) => ({
      label: state.name,
      url: new URL(state.url, base).href,
      readySelector: manifest.readySelector,
      // The viewport only: a full-page capture is a page no reader sees (see the manifest).
      selectors: [manifest.capture],
      misMatchThreshold: 0,
      requireSameDimensions: true,
    })),
    paths: {
      bitmaps_reference: 'backstop_data/bitmaps_reference',
      bitmaps_test: 'backstop_data/bitmaps_test',
      html_report: 'backstop_data/html_report',
      ci_report: 'backstop_data/ci_report',
    },
    report: ['CI'],
    engine: 'puppeteer',
    engineOptions: {
      headless: 'new',
      args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
      ...(chromium ? { executablePath: chromium } : {}),
    },
    asyncCaptureLimit: 2,
    asyncCompareLimit: 10,
  };
}
