/** Canvas resolution: the screen's, capped at 2, since sharper gains nothing visible and costs fill rate. */
export const MAX_CANVAS_PIXEL_RATIO = 2;

export const canvasPixelRatio = (): number =>
  typeof window === 'undefined' ? 1 : Math.min(MAX_CANVAS_PIXEL_RATIO, window.devicePixelRatio || 1);
