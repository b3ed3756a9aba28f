/** How much of the screen the story's text covers: the reader's card and every overlay they can see. */
import type { Page } from '@playwright/test';

/**
 * The share (0..1) of the viewport covered by the union of the visible text blocks: cards and
 * overlay panels that are on screen and not faded out (opacity over 0.05, their own and their
 * ancestors'). Exact: the union of the boxes is measured on the grid their edges make.
 */
export const textCoverage = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const width = innerWidth;
    const height = innerHeight;
    const opacity = (el: Element | null): number =>
      el ? Number(getComputedStyle(el).opacity) * opacity(el.parentElement) : 1;
    const boxes = Array.from(document.querySelectorAll('.card, .overlay > figure, .overlay > aside'))
      .filter((el) => opacity(el) > 0.05 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => el.getBoundingClientRect())
      .map((r) => ({
        left: Math.max(0, r.left),
        right: Math.min(width, r.right),
        top: Math.max(0, r.top),
        bottom: Math.min(height, r.bottom),
      }))
      .filter((b) => b.right > b.left && b.bottom > b.top);
    const xs = [...new Set(boxes.flatMap((b) => [b.left, b.right]))].sort((a, b) => a - b);
    const ys = [...new Set(boxes.flatMap((b) => [b.top, b.bottom]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i + 1 < xs.length; i++)
      for (let j = 0; j + 1 < ys.length; j++) {
        const x = (xs[i]! + xs[i + 1]!) / 2;
        const y = (ys[j]! + ys[j + 1]!) / 2;
        if (boxes.some((b) => b.left <= x && x < b.right && b.top <= y && y < b.bottom))
          area += (xs[i + 1]! - xs[i]!) * (ys[j + 1]! - ys[j]!);
      }
    return area / (width * height);
  });
