import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { ATTR_FLAKES } from '../../scroll/domContract';
import Snow from './Snow.canvas.svelte';

// (happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root)
const story: Story = JSON.parse(readFileSync(resolve('data/story.json'), 'utf8'));

describe('the snow’s canvas', () => {
  let snow: ReturnType<typeof mount> | undefined;
  afterEach(() => snow && unmount(snow));

  /** Mounts the snow with props the test can change, and returns them with the canvas it drew on. */
  function mountSnow(density: number) {
    const props = $state({
      settings: story.sceneSettings.snow,
      weather: { density, wind: 0, cityLight: 1 },
      time: 1,
      width: 390,
      height: 844,
    });
    snow = mount(Snow, { target: document.body, props });
    flushSync();
    return { props, canvas: document.querySelector('canvas') };
  }

  it('keeps its canvas while the weather changes with the scroll', () => {
    const { props, canvas } = mountSnow(0.2);
    const before = canvas?.getAttribute(ATTR_FLAKES);
    props.weather = { density: 0.9, wind: 0.3, cityLight: 0.5 };
    props.time = 2;
    flushSync();
    // A new canvas would be a new surface: in the paint worker, a transfer and a fresh painter every scroll frame.
    expect(document.querySelectorAll('canvas')).toHaveLength(1);
    expect(document.querySelector('canvas')).toBe(canvas);
    expect(canvas?.getAttribute(ATTR_FLAKES)).not.toBe(before);
  });

  it('starts a new canvas when its settings change', () => {
    const { props, canvas } = mountSnow(0.5);
    props.settings = { ...story.sceneSettings.snow, seed: story.sceneSettings.snow.seed + 1 };
    flushSync();
    expect(document.querySelector('canvas')).not.toBe(canvas);
  });
});
