/**
 * The chart as a stage: its component, and a rehearsal of its first mount. The first time the
 * chart mounts, its code runs for the first time, its template is parsed and its labels' text is
 * shaped, all in the frame of the collapse's hand-over, its longest. So, once the page is idle near the chart, it is mounted
 * once where nobody sees it, laid out and taken down again, in one task.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { Story } from '../../content/schema';
import type { StageSize } from '../sceneInput';
import TimelineChart from './TimelineChart.svelte';

export default TimelineChart;

export function prepare(story: Story, { width, height }: StageSize): void {
  const stepIndex = story.steps.findIndex((s) => s.scene === 'chart');
  if (stepIndex < 0 || width <= 0) return;
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // At the stage's size, for the same font sizes and lines as the real one.
  host.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;visibility:hidden;contain:strict;pointer-events:none`;
  document.body.append(host);
  const chart = mount(TimelineChart, {
    target: host,
    props: { story, stepIndex, progress: 0, time: 0, reducedMotion: false, width, height },
  });
  flushSync();
  // Reading a size is what makes the browser lay it out now.
  void host.offsetHeight;
  void unmount(chart);
  host.remove();
}
