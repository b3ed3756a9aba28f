/** Where the reader is in the story, for the progress bar and the chapter navigator: pure functions of the scroll state. */
import type { SceneName, Story } from '../content/schema';
import { clamp } from '../lib/math';

export interface ChapterLink {
  label: string;
  scene: SceneName;
  /** the first step of the chapter's scene: the deep link the navigator jumps to */
  stepId: string;
}

export function chapterLinks(story: Story): ChapterLink[] {
  return story.chapters.flatMap((chapter) => {
    const first = story.steps.find((s) => s.scene === chapter.scene);
    return first ? [{ label: chapter.label, scene: chapter.scene, stepId: first.id }] : [];
  });
}

/** Index into `links` of the chapter the active step belongs to. */
export function currentChapter(links: readonly ChapterLink[], scene: SceneName | undefined): number {
  return Math.max(0, links.findIndex((c) => c.scene === scene));
}

/** Share of the story read, 0..1: each step counts the same, whatever its height. */
export function readingProgress(stepCount: number, stepIndex: number, progress: number): number {
  return stepCount === 0 ? 0 : clamp((stepIndex + progress) / stepCount);
}
