/** What the print and unrolled stills share: which steps print a still, and putting a still into its step. */
import type { Story } from '../content/schema';
import { STAGE_OF, type StageName } from './registry';

/** The steps whose stills a printout shows: each chapter's key step. */
export const printedSteps = (story: Story): string[] => story.chapters.flatMap((c) => (c.keyStep ? [c.keyStep] : []));

/** The stages a printout needs. */
export const printedStages = (story: Story): StageName[] =>
  printedSteps(story).map((id) => STAGE_OF[story.steps.find((s) => s.id === id)!.scene]);

/** A Svelte action: moves a still into step `stepIndex`, after the step's text and overlays. */
export const intoStep = (steps: readonly HTMLElement[]) => (node: HTMLElement, stepIndex: number) =>
  void steps[stepIndex]?.append(node);
