/**
 * Where the renderer's main thread spends a scroll: a Chromium trace's events on that thread,
 * broken down by what they are (style, layout, pre-paint, paint, layerize, commit, script, other),
 * by self time (an event's time less its children's), so the parts add up to the thread's busy time.
 * Script is also broken down by the function the browser called into.
 */

/** A trace event as Chromium writes it (microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; elementCount?: number; data?: { functionName?: string; url?: string } };
}

export const CATEGORIES = ['style', 'layout', 'prePaint', 'paint', 'layerize', 'commit', 'script', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF: Record<string, Category> = {
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  'v8.callFunction': 'script',
  'V8.GCScavenger': 'script',
  MajorGC: 'script',
  MinorGC: 'script',
};

export interface Breakdown {
  /** ms per frame by category */
  perFrame: Record<Category, number>;
  /** elements whose style was recalculated, per frame */
  styledElementsPerFrame: number;
  /** script self time per frame by the function called into (`name (file)`), the largest first */
  scriptByFunction: { fn: string; ms: number }[];
}

/** The renderer main thread's events: the thread Chromium names CrRendererMain (the busiest one, if several). */
function mainThreadEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

export function breakdown(events: readonly TraceEvent[], frames: number): Breakdown {
  const ms = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byFunction = new Map<string, number>();
  let styled = 0;
  // Walk the nested events with a stack: each event's own time is its duration less its children's.
  const stack: { end: number; category: Category | undefined; fn: string | undefined; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      if (done.category) ms[done.category] += done.self / 1000;
      if (done.category === 'script')
        byFunction.set(done.fn ?? '(other)', (byFunction.get(done.fn ?? '(other)') ?? 0) + done.self / 1000);
    }
  };
  for (const e of mainThreadEvents(events)) {
    const dur = e.dur ?? 0;
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= dur;
    let category = CATEGORY_OF[e.name] ?? parent?.category;
    // A task's own time outside anything named is the browser's own work: other.
    if (stack.length === 0 || (category === undefined && e.name === 'RunTask')) category = 'other';
    const data = e.args?.data;
    const fn =
      data?.functionName !== undefined
        ? `${data.functionName || '(anonymous)'} (${(data.url ?? '').split('/').pop()})`
        : parent?.fn;
    if (e.name === 'UpdateLayoutTree') styled += e.args?.elementCount ?? 0;
    stack.push({
      end: e.ts + dur,
      category,
      fn: e.name === 'FunctionCall' ? fn : (parent?.fn ?? (category === 'script' ? e.name : undefined)),
      self: dur,
    });
  }
  close(Infinity);
  const n = Math.max(1, frames);
  return {
    perFrame: Object.fromEntries(CATEGORIES.map((c) => [c, ms[c] / n])) as Record<Category, number>,
    styledElementsPerFrame: styled / n,
    scriptByFunction: [...byFunction]
      .map(([fn, total]) => ({ fn, ms: total / n }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6),
  };
}

/** A breakdown as a table row: ms per frame by category, the elements styled, the costliest script. */
export const breakdownRow = (b: Breakdown | undefined): Record<string, string> =>
  b
    ? {
        ...Object.fromEntries(CATEGORIES.map((c) => [c, b.perFrame[c].toFixed(2)])),
        'elements styled': b.styledElementsPerFrame.toFixed(0),
        'top script': b.scriptByFunction
          .slice(0, 2)
          .map((f) => `${f.fn} ${f.ms.toFixed(2)}`)
          .join('; '),
      }
    : {};
