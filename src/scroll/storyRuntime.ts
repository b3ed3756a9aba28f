/**
 * The story's start-up, top to bottom: what the URL and the embedding page ask for, then the
 * scroll engine, the stage watch, overlay focus and the embed bridge, then the ready sequence and
 * the work that waits for the reader to pause. Each piece is a `start…` that returns its own
 * cleanup; this returns the one that runs them all.
 */
import type { Story } from '../content/schema';
import { connectEmbed } from '../embed/embedBridge';
import { readEmbedOptions, type EmbedLayout } from '../embed/embedContract';
import type { Clock } from '../motion/clock.svelte';
import { startOverlayFocus } from '../overlays/overlayController.svelte';
import { startPaintWorker } from '../scenes/canvas/canvasSurface';
import type { StageSize } from '../scenes/sceneInput';
import type { StageName } from '../scenes/stageLayers';
import type { LoadAndPrepare } from '../scenes/stagePreparation';
import { startStageWatch } from '../scenes/stageWatch';
import { printedStages } from '../scenes/stills';
import { ATTR_EMBED_LAYOUT, ATTR_FROZEN } from './domContract';
import { layOutTextAhead } from './layOutAhead';
import { startPageSignals } from './pageSignals';
import { settleForReady } from './readiness';
import { READER_PAUSE_MS, type ReaderPause } from './readerPause';
import { positionNow, scrollToPosition, startScrollEngine } from './scrollEngine';
import type { ScrollState } from './scrollState.svelte';
import type { UrlContract } from './urlContract';

export interface StoryRuntimeDeps {
  story: Story;
  url: UrlContract;
  steps: readonly HTMLElement[];
  graphic: HTMLElement;
  scroll: ScrollState;
  clock: Clock;
  pause: ReaderPause;
  loadAndPrepare: LoadAndPrepare;
  /** the stages the graphic shows now */
  shownStages(): StageName[];
  onLayout(layout: EmbedLayout): void;
  onReducedMotion(reduce: boolean): void;
  onTurns(turns: boolean): void;
  onGraphicVisible(onScreen: boolean): void;
  onStageSize(size: StageSize): void;
  onReady(): void;
}

export function startStory(deps: StoryRuntimeDeps): () => void {
  const { story, url, steps, graphic, scroll, clock, pause, loadAndPrepare } = deps;
  const embed = readEmbedOptions(location.search);
  deps.onLayout(embed.layout);
  document.documentElement.setAttribute(ATTR_EMBED_LAYOUT, embed.layout);
  clock.freezeAt(url.frozenTime);
  if (url.frozenTime !== null) document.documentElement.setAttribute(ATTR_FROZEN, '');
  const signals = { onReducedMotion: deps.onReducedMotion, onTurns: deps.onTurns, onVisibility: clock.sync };
  const stops = [pause.stop, startPageSignals(url.reduceMotion, signals)];
  let sized = () => {};
  const stageSized = new Promise<void>((resolve) => (sized = resolve));

  // Wiring the scroll (it lays the page out), starting the paint worker and mounting the stage
  // (its first size) each run in a task of their own: a slow phone answers input between them.
  const wire = () => {
    const container = steps[0]!.parentElement!;
    const jumpTo = (position: Parameters<typeof scrollToPosition>[1]) => {
      scrollToPosition(steps, position);
      scroll.set(positionNow(steps));
    };
    stops.push(
      startScrollEngine({ steps, container, onPosition: scroll.set, onMove: pause.moved }),
      startStageWatch(graphic, {
        onVisible: deps.onGraphicVisible,
        onSize: (size) => (deps.onStageSize(size), sized()),
      }),
      startOverlayFocus(container, steps, jumpTo),
      connectEmbed(embed, story.embed.allowedOrigins),
    );
    const loadShownStages = () => loadAndPrepare(deps.shownStages());
    void settleForReady({
      url,
      steps,
      stepIds: story.steps.map((s) => s.id),
      stageSized,
      show: scroll.set,
      loadShownStages,
    }).then(() => {
      deps.onReady();
      pause.moved();
      layOutTextAhead(pause, steps, scroll.stepIndex);
      // What a printout needs loads (and prepares) once the reader has paused to read.
      pause.after(READER_PAUSE_MS, () => void loadAndPrepare(printedStages(story)));
    });
  };
  const unrolled = embed.layout === 'pym';
  const timers = [setTimeout(wire), url.frozenTime === null && !unrolled ? setTimeout(startPaintWorker) : 0];
  return () => {
    timers.forEach(clearTimeout);
    stops.forEach((stop) => stop());
  };
}
