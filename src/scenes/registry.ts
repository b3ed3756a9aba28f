/**
 * Which stages exist: the scenes each draws, whether it moves on its own with the clock, and the
 * name the build gives its script (`vite.config.ts`), by which tests and tools find it. The
 * stages' components are `stageLoader.svelte.ts`'s, typed against this list.
 */
import type { SceneName } from '../content/schema';

export const STAGES = {
  city: { scenes: ['title', 'snow', 'news', 'strikes', 'outlook'], animated: true },
  collapse: { scenes: ['collapse'], animated: true, entry: 'src/scenes/collapse/CollapseStage.svelte' },
  chart: { scenes: ['chart'], animated: false, entry: 'src/scenes/chart/ChartStage.ts' },
} as const satisfies Record<string, { scenes: readonly SceneName[]; animated: boolean; entry?: string }>;

export type StageName = keyof typeof STAGES;
const stageNames = Object.keys(STAGES) as StageName[];

export const STAGE_OF = Object.fromEntries(
  stageNames.flatMap((stage) => STAGES[stage].scenes.map((scene) => [scene, stage])),
) as Record<SceneName, StageName>;

/** Stages that move on their own with the clock (the rest only follow the scroll). */
export const ANIMATED_STAGES: ReadonlySet<StageName> = new Set(stageNames.filter((stage) => STAGES[stage].animated));

/** A stage loaded apart from the page's script is built as `assets/stage-<name>-<hash>.js`. */
export const stageChunk = (stage: StageName): string => `stage-${stage}`;
export const STAGE_CHUNK_PATTERN = /\/stage-(\w+)-[\w-]+\.js$/;

/** Whether the stage comes in a script of its own (the city comes with the page's). */
export const hasOwnScript = (stage: StageName): boolean => 'entry' in STAGES[stage];

/** The stage whose own script `moduleId` is the entry of, if any. */
export const stageOfModule = (moduleId: string | null | undefined): StageName | undefined =>
  stageNames.find((stage) => {
    const entry = (STAGES[stage] as { entry?: string }).entry;
    return entry !== undefined && moduleId?.endsWith(entry);
  });
