import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
type StoryJson = { steps: { scene: string }[]; overlays: { exit: string }[] };

/**
 * Builds one edition, as `npm run build` does for each, from copies of the story files in a
 * folder of their own, the named ones changed by `edit`; returns the build's exit status and output.
 */
function buildWith(edits: Record<string, (story: StoryJson) => void>, files = ['story.json']) {
  const dir = mkdtempSync(join(tmpdir(), 'broken-story-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of files) {
    const story = JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));
    edits[name]?.(story);
    writeFileSync(join(dir, name), JSON.stringify(story, null, 2));
  }
  const result = spawnSync('npx', ['vite', 'build', '--outDir', join(dir, 'dist'), '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, STORY: join(dir, 'story.json') },
    encoding: 'utf8',
  });
  return { dir, status: result.status, output: result.stdout + result.stderr };
}

it('a build with a broken story file fails and names the JSON path', () => {
  const { dir, status, output } = buildWith({ 'story.json': (story) => (story.steps[7]!.scene = 'colapse') });
  expect(status).not.toBe(0);
  expect(output).toContain(`${join(dir, 'story.json')} /steps/7/scene: expected one of title, snow, news, collapse`);
});

it('a change to the main edition’s structure that the other edition lacks fails the build, naming what is missing', () => {
  // Valid on its own: the second overlay now leaves a step earlier, in English only.
  const { dir, status, output } = buildWith({ 'story.json': (story) => (story.overlays[1]!.exit = 'the-debris') }, [
    'story.json',
    'story.es.json',
  ]);
  expect(status).not.toBe(0);
  expect(output).toContain(
    `${join(dir, 'story.es.json')} /overlays: expected the overlays (ids, types, steps, places, quotes, sources) as in the main edition`,
  );
  expect(output).toContain('"exit":"the-debris"');
});
