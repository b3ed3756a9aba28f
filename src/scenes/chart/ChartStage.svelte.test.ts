import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../content/schema';
import { prepare } from './ChartStage';

// (happy-dom's import.meta.url is not a file URL; vitest runs from the repository's root)
const story: Story = JSON.parse(readFileSync(resolve('data/story.json'), 'utf8'));

describe('the chart stage’s rehearsal', () => {
  it('mounts the chart once, at the stage size, and leaves nothing behind', () => {
    const watch = new MutationObserver(() => {});
    watch.observe(document.body, { childList: true, subtree: true });
    prepare(story, { width: 390, height: 844 });
    const added = watch.takeRecords().flatMap((r) => Array.from(r.addedNodes));
    watch.disconnect();
    const chart = added.find((n): n is SVGSVGElement => n instanceof Element && n.matches('svg.chart'));
    expect(chart?.getAttribute('width')).toBe('390');
    expect(document.body.childElementCount).toBe(0);
  });

  it('does nothing before the stage has a size', () => {
    const watch = new MutationObserver(() => {});
    watch.observe(document.body, { childList: true, subtree: true });
    prepare(story, { width: 0, height: 0 });
    expect(watch.takeRecords()).toEqual([]);
    watch.disconnect();
  });
});
