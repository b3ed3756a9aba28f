/**
 * The visual-state manifest: every frozen state worth capturing, with its URL under the URL
 * contract, and how to capture it. The build writes it to `dist/visual-states.json` for any
 * visual regression tool; the project's own visual suite and Playwright projects read the same
 * fields (viewports, ready selector, capture), so the two never drift.
 */
import type { Story } from '../content/schema.ts';
import { ATTR_READY, STORY_ELEMENT_ID } from './domContract.ts';
import { stateUrl } from './urlContract.ts';

export const MANIFEST_VERSION = 2;

export interface VisualState {
  /**
   * stable, file-name-safe name: the step's id and the state, so inserting a step renames nothing;
   * an edition other than the main one prefixes its code (`es.the-debris@0.5`)
   */
  name: string;
  /** the edition's language (its story file's `meta.lang`) */
  edition: string;
  /** relative URL under the URL contract, from the main edition's page */
  url: string;
  step: string;
  progress: number;
  reducedMotion: boolean;
}

export interface Viewport {
  name: string;
  width: number;
  height: number;
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
}

export interface VisualManifest {
  $schema: string;
  version: typeof MANIFEST_VERSION;
  /** wait for this before capturing: fonts in, page where the URL asked, canvases drawn */
  readySelector: string;
  /**
   * Capture the viewport only. A full-page capture stretches the viewport to the page's height,
   * which puts the sticky graphic and the cards somewhere no reader ever sees them.
   */
  capture: 'viewport';
  /** the sizes the project's own baselines are made at */
  viewports: Viewport[];
  /** the engines the project's own baselines are made in (pixels differ between engines) */
  engines: { name: string; build: string }[];
  states: VisualState[];
}

export const VIEWPORTS: Viewport[] = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { name: 'mobile', width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];
export const READY_SELECTOR = `#${STORY_ELEMENT_ID}[${ATTR_READY}]`;
export const CAPTURED_PROGRESS = [0, 0.5, 1] as const;

/** An edition of the story: its story and where it is published (`''` the main one, `es/`). */
export interface EditionStory {
  path: string;
  story: Story;
}

export function visualStates({ story, path }: EditionStory): VisualState[] {
  const prefix = path ? `${path.replace(/\/$/, '')}.` : '';
  const at = (url: string) => path + url;
  return story.steps.flatMap((step) => {
    const moving = CAPTURED_PROGRESS.map((progress) => ({
      name: `${prefix}${step.id}@${progress}`,
      edition: story.meta.lang,
      url: at(stateUrl(step.id, progress)),
      step: step.id,
      progress,
      reducedMotion: false,
    }));
    const still = {
      name: `${prefix}${step.id}@0.5-reduced-motion`,
      edition: story.meta.lang,
      url: at(stateUrl(step.id, 0.5, { reduceMotion: true })),
      step: step.id,
      progress: 0.5,
      reducedMotion: true,
    };
    return [...moving, still];
  });
}

export const visualManifest = (editions: readonly EditionStory[]): VisualManifest => ({
  $schema: './visual-states.schema.json',
  version: MANIFEST_VERSION,
  readySelector: READY_SELECTOR,
  capture: 'viewport',
  viewports: VIEWPORTS,
  engines: [{ name: 'chromium', build: "Debian's chromium package on Linux, headless, --disable-gpu" }],
  states: editions.flatMap(visualStates),
});
