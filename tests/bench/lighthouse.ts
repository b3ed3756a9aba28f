/** Lighthouse's default (mobile, simulated slow 4G and 4× CPU) run against the served story. */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumExecutable, CHROMIUM_ARGS } from '../support/chromium';

const DEBUG_PORT = 9337;
const METRICS = {
  LCP: 'largest-contentful-paint',
  CLS: 'cumulative-layout-shift',
  TBT: 'total-blocking-time',
  FCP: 'first-contentful-paint',
  'Speed Index': 'speed-index',
} as const;

export interface LighthouseSummary {
  scores: Record<string, number>;
  metrics: Record<keyof typeof METRICS, { value: number; display: string }>;
}

export async function lighthouseMobile(url: string): Promise<LighthouseSummary> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(Object.values(categories).map((c) => [c.title, Math.round((c.score ?? 0) * 100)])),
      metrics: Object.fromEntries(
        Object.entries(METRICS).map(([name, id]) => [
          name,
          { value: audits[id]?.numericValue ?? NaN, display: audits[id]?.displayValue ?? '' },
        ]),
      ) as LighthouseSummary['metrics'],
    };
  } finally {
    await browser.close();
  }
}
