import { expect, it } from 'vitest';
import { formatDate } from './formatDate';

it('formats full and month-only dates in the story language', () => {
  expect(formatDate('2025-07-18', 'en')).toBe('July 18, 2025');
  expect(formatDate('2025-07', 'en')).toBe('July 2025');
  expect(formatDate('2025-07-18', 'es')).toBe('18 de julio de 2025');
});
