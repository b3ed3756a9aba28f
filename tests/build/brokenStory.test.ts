import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

it('a build with a broken story file fails and names the JSON path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broken-story-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const story = JSON.parse(readFileSync(join(root, 'data/story.json'), 'utf8'));
  story.steps[7].scene = 'colapse';
  const file = join(dir, 'story.json');
  writeFileSync(file, JSON.stringify(story, null, 2));

  const result = spawnSync('npx', ['vite', 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, STORY: file },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(result.stdout + result.stderr).toContain(
    `${file} /steps/7/scene: expected one of title, snow, news, collapse`,
  );
});
