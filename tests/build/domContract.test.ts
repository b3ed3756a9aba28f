/**
 * Every `data-*` attribute the code, the CSS and the tests name is one the DOM contract declares
 * (`src/scroll/domContract.ts`, and the loader's placeholder attributes in `embedContract.ts`):
 * CSS cannot import a constant, so a renamed attribute fails here until every file follows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as contract from '../../src/scroll/domContract';
import { LOADER_ATTRS } from '../../src/embed/embedContract';

const ROOT = resolve(import.meta.dirname, '../..');
const declared = new Set<string>([...Object.values(contract), ...Object.values(LOADER_ATTRS)]);
const files = ['src', 'tests', 'static']
  .flatMap((dir) => (readdirSync(join(ROOT, dir), { recursive: true }) as string[]).map((f) => join(dir, f)))
  .concat('index.html')
  .filter(
    (f) => /\.(ts|svelte|css|html|js)$/.test(f) && !f.includes('__screenshots__') && !f.endsWith('domContract.test.ts'),
  );

describe('the DOM contract', () => {
  it('declares every data attribute that code, CSS and tests name', () => {
    const undeclared = files.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bdata-[a-z][a-z-]*/g)]
        .map(([name]) => name)
        .filter((name) => !declared.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect([...new Set(undeclared)]).toEqual([]);
  });
});
