/** No module under src/ reaches itself through value imports (type-only imports vanish at build). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const SOURCE = /\.(ts|svelte)$/;
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => SOURCE.test(f) && !f.endsWith('.test.ts'))
  .map((f) => join(SRC, f));

/** The relative modules a file imports as values. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const [, clause, spec] of text.matchAll(/import\s+([^'"]*?)\s*from\s*'(\.[^']+)'/g)) {
    const names =
      /\{([^}]*)\}/
        .exec(clause!)?.[1]
        ?.split(',')
        .map((n) => n.trim())
        .filter(Boolean) ?? [];
    const typeOnly =
      clause!.startsWith('type ') ||
      (names.length > 0 && names.every((n) => n.startsWith('type ')) && !/^\w+\s*,/.test(clause!));
    if (typeOnly) continue;
    const target = resolve(dirname(file), spec!);
    const candidates = [target, `${target}.ts`, `${target}.svelte`, join(target, 'index.ts')];
    const hit = candidates.find((c) => files.includes(c));
    if (hit) found.push(hit);
  }
  for (const [, spec] of text.matchAll(/import\s*'(\.[^']+)'/g)) {
    const target = resolve(dirname(file), spec!);
    const hit = [target, `${target}.ts`].find((c) => files.includes(c));
    if (hit) found.push(hit);
  }
  return found;
}

describe('imports', () => {
  it('form no cycle of value imports', () => {
    const graph = new Map(files.map((f) => [f, valueImports(f)]));
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file)!) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
