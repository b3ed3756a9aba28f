/** Pixel comparison of two screenshots, decoded by the browser itself. */
import type { Page } from '@playwright/test';

/**
 * Pixels where any channel differs by more than `tolerance` (0..255). The same state reached by
 * two paths may blend a translucent layer one unit of 255 apart (composited or painted in), which
 * no eye sees; anything that moves or changes colour differs by far more.
 */
export async function differingPixels(page: Page, a: Buffer, b: Buffer, tolerance = 1): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const decode = async (base64: string) => {
        // From bytes, not a data: URL: the page's Content-Security-Policy allows it no such fetch.
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.width !== y.width || x.height !== y.height) return Number.POSITIVE_INFINITY;
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4)
        for (let c = 0; c < 4; c++)
          if (Math.abs(x.data[i + c]! - y.data[i + c]!) > tolerance) {
            count++;
            break;
          }
      return count;
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}
