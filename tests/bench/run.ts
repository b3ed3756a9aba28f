/**
 * `npm run bench`: builds the site, serves it locally and measures it in headless Chromium.
 * Prints a table and writes .bench/results.json. Timings live here, never in tests: the machine
 * is shared and noisy, so read the figures as measurements, not verdicts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../support/chromium';
import { story } from '../support/story';
import { measure, PROFILES, RUNS } from './scenarios';
import { build, serve } from './server';
import { firstLoadBytes, firstScreenBytes } from './bytes';
import { heapAfterScrolling } from './heap';
import { startupTasks } from './startup';
import { lighthouseMobile } from './lighthouse';
import { breakdownRow } from './traceBreakdown';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;

async function main() {
  build();
  const stopServer = await serve(PORT);
  const kb = (n: number) => (n / 1024).toFixed(1);
  let results;
  try {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    let measured;
    try {
      console.log('measuring bytes…');
      const bytes = await firstLoadBytes(browser, BASE);
      const firstScreen = await firstScreenBytes(browser, BASE);
      console.log('measuring start-up…');
      const startup = await startupTasks(browser, BASE);
      console.log('measuring frames…');
      const frames = [];
      for (const profile of PROFILES) frames.push(...(await measure(browser, BASE, profile)));
      console.log('measuring the heap…');
      const heap = await heapAfterScrolling(browser, BASE, story.steps[0]!.id, story.steps.at(-1)!.id);
      measured = { bytes, firstScreen, startup, frames, heap };
    } finally {
      await browser.close();
    }
    console.log('running Lighthouse (mobile)…');
    results = { date: new Date().toISOString(), ...measured, lighthouse: await lighthouseMobile(BASE) };
  } finally {
    stopServer();
  }

  console.log('\nFirst load, bytes by type (KB)');
  console.table(results.bytes.map((r) => ({ type: r.type, files: r.files, raw: kb(r.raw), gzip: kb(r.gzip) })));
  console.log(
    `First screen: HTML ${kb(results.firstScreen.html)} KB + render-blocking CSS ${kb(results.firstScreen.css)} KB = ${kb(results.firstScreen.total)} KB gzip (budget 14)`,
  );
  const { startup } = results;
  console.log(
    `Start-up after first paint (unthrottled, 412×823, median of ${startup.runs}): longest task ${startup.longest.toFixed(0)} ms; ` +
      `at 4× its tasks would block ${startup.blockingAt4x.toFixed(0)} ms (roughly what Lighthouse's TBT simulates; its target is ≤ 100)`,
  );
  console.log(
    `\nFrame times while scrolling (rAF intervals; 16.7 ms = one 60 Hz frame); median of ${RUNS} runs by share of slow frames`,
  );
  console.table(
    results.frames.map((r) => ({
      profile: r.profile,
      scenario: r.scenario,
      frames: r.frames,
      'p50 ms': r.p50.toFixed(1),
      'p95 ms': r.p95.toFixed(1),
      '>25 ms': `${(r.over25 * 100).toFixed(1)}%`,
      [`>25 ms, ${RUNS} runs`]: r.over25Range.map((v) => `${(v * 100).toFixed(0)}%`).join('–'),
      'main thread ms/frame': `${r.mainThreadPerFrame.toFixed(1)} (JS ${r.scriptPerFrame.toFixed(1)})`,
      'flakes (max)': r.maxFlakes,
    })),
  );
  console.log('Where the main thread goes, ms per frame (a traced run of each scenario; elements styled per frame)');
  console.table(
    results.frames.map((r) => ({ profile: r.profile, scenario: r.scenario, ...breakdownRow(r.breakdown) })),
  );
  console.log('Where the frames over 25 ms were (median run, step: frames)');
  for (const r of results.frames)
    console.log(
      `  ${r.profile}, ${r.scenario}: ${
        r.slowAt
          .slice(0, 4)
          .map((s) => `${s.step} ${s.frames}`)
          .join(', ') || 'none'
      }`,
    );
  const { heap, lighthouse } = results;
  console.log(
    `JS heap after the story down and up once: ${heap.onceMB.toFixed(2)} MB; after five times: ${heap.fiveMB.toFixed(2)} MB (growth ${heap.growthMB.toFixed(2)} MB)`,
  );
  console.log('\nLighthouse, mobile profile');
  console.table({
    ...lighthouse.scores,
    ...Object.fromEntries(Object.entries(lighthouse.metrics).map(([k, m]) => [k, m.display])),
  });
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('written to .bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
