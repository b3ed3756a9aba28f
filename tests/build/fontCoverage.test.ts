/**
 * Every character of every edition's story file is in the font subsets the page ships: a reader
 * never sees a fallback glyph (á é í ó ú ñ ü ¿ ¡ « » in the Spanish edition).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { editionFiles } from '../../src/content/editions';

const require = createRequire(import.meta.url);
const FONTS = resolve(import.meta.dirname, '../../src/styles/fonts.ts');

/** The code points of every subset the page imports (`@fontsource/<family>/<subset>-<weight>.css`), from the package's own table. */
function shippedRanges(): { face: string; ranges: [number, number][] }[] {
  const imports = [
    ...readFileSync(FONTS, 'utf8').matchAll(/^import '(@fontsource\/[^/]+)\/([a-z-]+?)-\d+(?:-italic)?\.css';/gm),
  ];
  expect(imports.length).toBeGreaterThan(0);
  return imports.map(([face, pkg, subset]) => {
    const table = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
    const ranges = table[subset!]!.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    });
    return { face: face!, ranges };
  });
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

it("every character of every edition is in the shipped fonts' subsets", () => {
  const faces = shippedRanges();
  const editions = editionFiles(resolve(import.meta.dirname, '../../data'));
  expect(editions.length).toBeGreaterThan(1);
  for (const { file } of editions) {
    const chars = new Set(strings(JSON.parse(readFileSync(file, 'utf8'))).join(''));
    // Any text may be set in any of the faces (body, italic quotes, display labels): each must cover it all.
    for (const { face, ranges } of faces) {
      const missing = [...chars].filter(
        (c) => !ranges.some(([from, to]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to),
      );
      expect(missing, `${file}: characters ${face} does not ship`).toEqual([]);
    }
  }
  // The Spanish letters and marks are among them.
  const spanish = new Set(strings(JSON.parse(readFileSync(editions[1]!.file, 'utf8'))).join(''));
  for (const c of 'áéíóúñ«»') expect(spanish.has(c), c).toBe(true);
});
