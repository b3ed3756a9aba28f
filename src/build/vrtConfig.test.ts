import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Story } from '../content/schema';
import { visualManifest } from '../scroll/visualStates';
import { backstopConfig } from './vrtConfig';

const story: Story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
const manifest = visualManifest([{ path: '', story }]);

it('gives BackstopJS every state at every viewport, captured as the manifest says', () => {
  const config = backstopConfig(manifest, { baseUrl: 'http://127.0.0.1:4173', chromium: '/usr/bin/chromium' });
  expect(config.viewports.map((v) => v.label)).toEqual(manifest.viewports.map((v) => v.name));
  expect(config.scenarios.map((s) => s.label)).toEqual(manifest.states.map((s) => s.name));
  for (const scenario of config.scenarios) {
    expect(scenario.selectors).toEqual(['viewport']);
    expect(scenario.readySelector).toBe(manifest.readySelector);
    expect(scenario.url.startsWith('http://127.0.0.1:4173/?step=')).toBe(true);
  }
  expect(config.engineOptions).toMatchObject({ executablePath: '/usr/bin/chromium' });
});
