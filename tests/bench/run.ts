/**
 * `npm run bench`: builds the site, serves it locally and measures it in headless Chromium.
 * Prints a table and writes .bench/results.json. Timings live here, never in tests: the machine
 * is shared and noisy, so read the figures as measurements, not verdicts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../support/chromium';
import { story } from '../support/story';
import { printable } from '../support/page';
import { scrollFrames, type FrameSummary } from './frames';
import { firstLoadBytes, firstScreenBytes } from './bytes';
import { heapAfterScrolling } from './heap';
import { startupTasks } from './startup';
import { lighthouseMobile } from './lighthouse';
import { READY_SELECTOR } from '../../src/scroll/visualStates';

const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}/`;

interface Profile {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  mobile: boolean;
  cpuThrottle: number;
}
const PROFILES: Profile[] = [
  {
    name: 'phone 390×844, 4× CPU throttle',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    mobile: true,
    cpuThrottle: 4,
  },
  {
    name: 'desktop 1280×800',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    mobile: false,
    cpuThrottle: 1,
  },
];

/** Stretches of the story to scroll through, from the first step of a scene to the last. */
const SCENARIOS = [
  { name: 'snow scene', scenes: ['title', 'snow'] },
  { name: 'collapse scene', scenes: ['collapse'] },
  { name: 'whole story', scenes: [...new Set(story.steps.map((s) => s.scene))] },
];

function stepRange(scenes: string[]): [string, string] {
  const steps = story.steps.filter((s) => scenes.includes(s.scene));
  return [steps[0]!.id, steps.at(-1)!.id];
}

/** Runs per scenario: the machine is shared, and one run can land in a busy stretch. */
const RUNS = 3;

/** One run: a fresh page, loaded and settled (fonts, first paints, idle work done), then scrolled. */
async function runOnce(browser: Browser, profile: Profile, from: string, to: string): Promise<FrameSummary> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
  });
  try {
    const page = await context.newPage();
    await page.goto(BASE);
    await page.locator(READY_SELECTOR).waitFor();
    // A reader starts scrolling after the page has loaded; load itself is Lighthouse's part.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    // What the page loads once the reader pauses (the stages a printout needs) is settling, not scrolling.
    await printable(page);
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuThrottle });
    return await scrollFrames(page, cdp, from, to);
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, profile: Profile) {
  const rows: (FrameSummary & { profile: string; scenario: string; over25Range: [number, number] })[] = [];
  for (const scenario of SCENARIOS) {
    const [from, to] = stepRange(scenario.scenes);
    const runs: FrameSummary[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(browser, profile, from, to));
    // The median run by share of slow frames stands for the scenario; the range shows the spread.
    const sorted = [...runs].sort((a, b) => a.over25 - b.over25);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    rows.push({
      profile: profile.name,
      scenario: scenario.name,
      ...median,
      over25Range: [sorted[0]!.over25, sorted.at(-1)!.over25],
    });
  }
  return rows;
}

async function main() {
  if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stopServer = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stopServer);
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }

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
      for (const profile of PROFILES) frames.push(...(await measure(browser, profile)));
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
