/**
 * `npm run bench:compare -- <git ref> [scenario …] [--runs=N] [--profile=phone|desktop] [--control]`:
 * the bench's frame scenarios on this checkout against the build of an earlier commit, in one run
 * and interleaved (old, new, new, old, …) on the same browser, so that the shared machine's noise
 * falls on both alike. Prints each side's median run and the ratios new / old. The earlier commit
 * is checked out in a git worktree under `.bench/` and built with this checkout's node_modules.
 * `--control` adds, in each round, the same scroll with the page's script blocked (`RunMode`). It
 * moves with the machine's load as the builds do, so the share of the page's script (a run's time
 * less its round's control) stays comparable across runs and days.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from '../support/chromium';
import type { FrameSummary } from './frames';
import { PROFILES, RUNS, runOnce, SCENARIOS, stepRange } from './scenarios';
import { build, serve } from './server';
import { breakdownRow } from './traceBreakdown';

const [NEW_PORT, OLD_PORT] = [4190, 4191];
const WORKTREE = resolve('.bench/against');

function checkOut(ref: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  if (existsSync(WORKTREE)) execFileSync('git', ['worktree', 'remove', '--force', WORKTREE]);
  rmSync(WORKTREE, { recursive: true, force: true });
  mkdirSync('.bench', { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', WORKTREE, commit], { stdio: 'ignore' });
  symlinkSync(resolve('node_modules'), `${WORKTREE}/node_modules`, 'dir');
  return commit;
}

const median = (runs: FrameSummary[], of: (r: FrameSummary) => number) => {
  const sorted = runs.map(of).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** The lowest and highest run: how far one build moves on this machine, next to its median. */
const range = (runs: FrameSummary[], of: (r: FrameSummary) => number) => {
  const values = runs.map(of);
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
};

type Side = 'old' | 'new' | 'control';

/** A side's runs, each less the control run of the same round. */
const pageShare = (runs: FrameSummary[], controls: FrameSummary[]): FrameSummary[] =>
  runs.map((r, i) => ({ ...r, mainThreadPerFrame: r.mainThreadPerFrame - controls[i]!.mainThreadPerFrame }));

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runCount = Number(option('runs') ?? RUNS);
  const control = args.includes('--control');
  const profiles = PROFILES.filter((p) => p.name.startsWith(option('profile') ?? ''));
  const [ref = 'HEAD', ...names] = args.filter((a) => !a.startsWith('--'));
  const scenarios = SCENARIOS.filter((s) => names.length === 0 || names.some((n) => s.name.includes(n)));
  const commit = checkOut(ref);
  build();
  build(WORKTREE);
  const stops = [await serve(NEW_PORT), await serve(OLD_PORT, WORKTREE)];
  const rows = [];
  try {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      for (const profile of profiles)
        for (const scenario of scenarios) {
          const [from, to] = stepRange(scenario.scenes);
          const runs: Record<Side, FrameSummary[]> = { old: [], new: [], control: [] };
          const sides: Side[] = control ? ['old', 'new', 'control'] : ['old', 'new'];
          for (let i = 0; i < runCount; i++) {
            // Alternate the order, so no side always runs on a warmer browser.
            for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
              const port = side === 'old' ? OLD_PORT : NEW_PORT;
              const mode = side === 'control' ? 'scriptBlocked' : 'reader';
              runs[side].push(await runOnce(browser, `http://127.0.0.1:${port}/`, profile, from, to, mode));
              console.log(`  ${profile.name}, ${scenario.name}, ${side} run ${i + 1}`);
            }
          }
          const traces = {
            old: (await runOnce(browser, `http://127.0.0.1:${OLD_PORT}/`, profile, from, to, 'traced')).breakdown,
            new: (await runOnce(browser, `http://127.0.0.1:${NEW_PORT}/`, profile, from, to, 'traced')).breakdown,
          };
          const figures = (side: 'old' | 'new') => ({
            main: median(runs[side], (r) => r.mainThreadPerFrame),
            script: median(runs[side], (r) => r.scriptPerFrame),
            over25: median(runs[side], (r) => r.over25),
            p95: median(runs[side], (r) => r.p95),
            mainRange: range(runs[side], (r) => r.mainThreadPerFrame),
            // Each run less the control of its own round: both ran within the same minute.
            own: control ? median(pageShare(runs[side], runs.control), (r) => r.mainThreadPerFrame) : undefined,
          });
          rows.push({
            profile: profile.name,
            scenario: scenario.name,
            old: figures('old'),
            new: figures('new'),
            control: control ? median(runs.control, (r) => r.mainThreadPerFrame) : undefined,
            traces,
          });
        }
    } finally {
      await browser.close();
    }
  } finally {
    for (const stop of stops) stop();
    execFileSync('git', ['worktree', 'remove', '--force', WORKTREE]);
  }
  console.log(`\nThis checkout against ${ref} (${commit}), interleaved, median of ${runCount} runs each`);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
  console.table(
    rows.map((r) => ({
      profile: r.profile,
      scenario: r.scenario,
      'main ms/frame old → new': `${r.old.main.toFixed(1)} → ${r.new.main.toFixed(1)} (×${ratio(r.new.main, r.old.main)})`,
      'main range old | new': `${r.old.mainRange} | ${r.new.mainRange}`,
      'JS ms/frame old → new': `${r.old.script.toFixed(1)} → ${r.new.script.toFixed(1)}`,
      ...(r.control === undefined
        ? {}
        : {
            'script blocked': r.control.toFixed(1),
            'page own old → new': `${r.old.own!.toFixed(1)} → ${r.new.own!.toFixed(1)}`,
          }),
      '>25 ms old → new': `${(r.old.over25 * 100).toFixed(1)}% → ${(r.new.over25 * 100).toFixed(1)}%`,
      'p95 ms old → new': `${r.old.p95.toFixed(1)} → ${r.new.p95.toFixed(1)}`,
    })),
  );
  console.log('Where the main thread goes, ms per frame (one traced run each)');
  console.table(
    rows.flatMap((r) =>
      (['old', 'new'] as const).map((side) => ({
        profile: r.profile,
        scenario: r.scenario,
        build: side,
        ...breakdownRow(r.traces[side]),
      })),
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
