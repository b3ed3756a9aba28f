/**
 * Where a subtree's canvases paint. The live stage paints in the worker; stills (print, the
 * unrolled layout) and a page frozen by its URL paint on the main thread, where a print or a
 * screenshot is sure to see them.
 */
import { createContext } from 'svelte';

const [, setMainThread, onMainThread] = createContext<true>();

/** Called by a component whose canvases must paint on the main thread. */
export const paintOnMainThread = (): void => void setMainThread(true);

export const mayPaintOffThread = (): boolean => !onMainThread();
