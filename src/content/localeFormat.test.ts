import { expect, it } from 'vitest';
import { formatDate, formatPercent, useLabels } from './localeFormat';

it('formats full and month-only dates in the story language', () => {
  expect(formatDate('2025-07-18', 'en')).toBe('July 18, 2025');
  expect(formatDate('2025-07', 'en')).toBe('July 2025');
  expect(formatDate('2025-07-18', 'es')).toBe('18 de julio de 2025');
});

it('formats shares as percentages with the digits asked for', () => {
  expect(formatPercent(0.1, 'en', 1)).toBe('10%');
  expect(formatPercent(0.125, 'en', 1)).toBe('12.5%');
  expect(formatPercent(0.125, 'en', 0)).toBe('13%');
  expect(formatPercent(0.125, 'es', 1)).toBe('12,5\u00a0%');
});

it('answers from labels the build formatted, without formatting again', () => {
  useLabels({ 'date en 1999-12-31': 'the last day of 1999', 'percent en 0 0.5': 'half' });
  expect(formatDate('1999-12-31', 'en')).toBe('the last day of 1999');
  expect(formatPercent(0.5, 'en', 0)).toBe('half');
});
