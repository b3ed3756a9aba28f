/** The visual baselines stay light: the repository carries every version of every one of them. */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const DIR = resolve(import.meta.dirname, '../e2e/__screenshots__');
/** Both editions' baselines: the English states, and the Spanish edition's key states. */
const BUDGET = 11 * 1024 * 1024;

it('the screenshot baselines weigh under 11 MiB in all, and are named by step id, not position', () => {
  const files = (readdirSync(DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
  const bytes = files.reduce((sum, f) => sum + statSync(join(DIR, f)).size, 0);
  expect(bytes).toBeLessThan(BUDGET);
  expect(files.filter((f) => /(^|\/)\d+-/.test(f))).toEqual([]);
});
