/** Canvas resolution: the screen's, capped at 2 by default, since sharper gains nothing visible and costs fill rate. */
export const MAX_CANVAS_PIXEL_RATIO = 2;

export const canvasPixelRatio = (max = MAX_CANVAS_PIXEL_RATIO): number =>
  typeof window === 'undefined' ? 1 : Math.min(max, window.devicePixelRatio || 1);
