/** Where the reader is in the story, for the chapter navigator: pure functions of the story and the active step. */
import type { SceneName, Story } from '../content/schema';

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
  return Math.max(
    0,
    links.findIndex((c) => c.scene === scene),
  );
}
