/**
 * The stages' components. The city opens the story and comes with the page's script; the others
 * load when the story comes near them, so gsap (the collapse) and d3's scales (the chart) are
 * fetched and run only when a reader, a deep link or a still needs them, each in a task of its own.
 */
import type { Component } from 'svelte';
import type { Story } from '../content/schema';
import type { SceneInput, StageSize } from './sceneInput';
import type { StageName } from './stageLayers';
import CityStage from './snow/CityStage.svelte';

/** A stage's module: its component, and what it may build ahead of its first frame (see `prepareStage`). */
type SceneModule = { default: Component<SceneInput>; prepare?: (story: Story, size: StageSize) => void };

// One module per stage of the registry; each entry file is the one `registry.ts` names.
const IMPORTS: Record<StageName, () => Promise<SceneModule>> = {
  city: () => Promise.resolve({ default: CityStage }),
  collapse: () => import('./collapse/CollapseStage.svelte'),
  chart: () => import('./chart/ChartStage'),
};

let loaded: Partial<Record<StageName, Component<SceneInput>>> = $state.raw({ city: CityStage });
const loading = new Map<StageName, Promise<void>>();
const unprepared = new Map<StageName, NonNullable<SceneModule['prepare']>>();

/** The stage's component, once loaded (reactive); asking for one not loaded yet starts loading it. */
export function stageComponent(stage: StageName): Component<SceneInput> | undefined {
  const component = loaded[stage];
  if (!component) void loadStage(stage);
  return component;
}

/**
 * Loads the stage's component; resolves once it can render, or once loading failed: the stage
 * then shows its background, and the next call (the next step or frame that needs it) tries again.
 */
export function loadStage(stage: StageName): Promise<void> {
  let load = loading.get(stage);
  if (!load) {
    load = IMPORTS[stage]().then(
      (module) => {
        loaded = { ...loaded, [stage]: module.default };
        if (module.prepare) unprepared.set(stage, module.prepare);
      },
      () => void loading.delete(stage),
    );
    loading.set(stage, load);
  }
  return load;
}

/**
 * Lets a loaded stage do once what its first frame would otherwise do in the middle of a reader's
 * scroll (build the collapse's timeline, rehearse the chart's first mount). Call it while the page is idle.
 */
export function prepareStage(stage: StageName, story: Story, size: StageSize): void {
  const prepare = unprepared.get(stage);
  unprepared.delete(stage);
  prepare?.(story, size);
}
