/**
 * The stage's canvas painters, by name. The same painter draws on the main thread (stills, and
 * browsers or frames that cannot run the paint worker) and in the paint worker, so both paths
 * give the same pixels. Painters take plain, structured-cloneable data only.
 */
import type { SceneTime } from '../../motion/clock.svelte';
import { createSnowPainter } from '../snow/snowPainter';
import { createSkylinePainter } from '../snow/skylinePainter';
import { createCollapsePainter } from '../collapse/collapsePainter';
import type { Paint } from './canvas2d';

export const PAINTERS = {
  snow: createSnowPainter,
  skyline: createSkylinePainter,
  collapse: createCollapsePainter,
};

export type PainterName = keyof typeof PAINTERS;
export type PainterInit<N extends PainterName> = Parameters<(typeof PAINTERS)[N]>[0];
export type PainterFrame<N extends PainterName> = Parameters<ReturnType<(typeof PAINTERS)[N]>>[1];

/** A frame as a scene hands it over: its `time`, if it has one, may be the live clock. */
export type SceneFrame<F> = F extends { time: number } ? Omit<F, 'time'> & { time: SceneTime } : F;

export function createPainter<N extends PainterName>(name: N, init: PainterInit<N>): Paint<PainterFrame<N>> {
  return (PAINTERS[name] as (init: PainterInit<N>) => Paint<PainterFrame<N>>)(init);
}
