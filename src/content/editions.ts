/**
 * The story's editions: one story file each in `data/` (`story.json` the main edition, at the site's
 * root; `story.<code>.json` another, at `<code>/`), each validated on its own and then against the
 * main edition (`parity.ts`). Build time and tests only.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Story } from './schema.ts';
import { loadStoryFile, StoryError } from './validate.ts';
import { parityProblems } from './parity.ts';

const EDITION_FILE = /^story(?:\.([a-z]{2}(?:-[a-z]{2})?))?\.json$/;

export interface Edition {
  file: string;
  /** where it is published, relative to the main edition: '' for the main one, else `<code>/` */
  path: string;
}

/** The edition a story file makes: its path from its name. */
export function editionOf(file: string): Edition {
  const code = EDITION_FILE.exec(basename(file))?.[1];
  return { file, path: code ? `${code}/` : '' };
}

/** Every edition in `dataDir`, the main one first. */
export function editionFiles(dataDir: string): Edition[] {
  return readdirSync(dataDir)
    .filter((name) => EDITION_FILE.test(name))
    .map((name) => editionOf(join(dataDir, name)))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface LoadedEdition extends Edition {
  story: Story;
}

/** Loads every edition and checks each against the main one; throws a StoryError naming the file and paths. */
export function loadEditions(dataDir: string): LoadedEdition[] {
  const editions = editionFiles(dataDir).map((e) => ({ ...e, story: loadStoryFile(e.file) }));
  const [main, ...others] = editions;
  if (!main || main.path !== '')
    throw new StoryError(join(dataDir, 'story.json'), [
      { path: '', message: 'expected the main edition’s story file' },
    ]);
  for (const other of others) {
    const problems = parityProblems(main.story, other.story);
    if (problems.length) throw new StoryError(other.file, problems);
  }
  return editions;
}

/** The href from one edition's page to another's, relative, so the site works under any sub-path. */
export function editionHref(from: string, to: string): string {
  const up = '../'.repeat(from.split('/').filter(Boolean).length);
  return up + to || './';
}
