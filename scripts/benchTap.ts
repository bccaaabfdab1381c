// The atlas tap probe of npm run bench: a phone (mobile viewport, touch, the CPU slowed 4× as Lighthouse's
// mobile preset does) opens the atlas, reads for a moment, then taps the map; we measure until the map says
// it is ready (performance.mark('atlas-map-ready')). The main thread is traced (tasks) and sampled (CPU
// profile) at the same time, so each task's time splits into script and WebGL calls: SwiftShader draws and
// compiles shaders on the CPU here, which a phone's GPU does far faster, so WebGL-bound time is reported
// beside the script numbers, not inside them. Run alone: node --experimental-strip-types scripts/benchTap.ts
// against a built dist/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';

export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile device (Moto G Power). */
const PHONE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
/** How long the reader looks at the page before tapping: the page may use it to fetch (not run) the map. */
const READ_BEFORE_TAP_MS = 3000;

export interface TapRun {
  /** From the tap to performance.mark('atlas-map-ready'). */
  readyMs: number;
  /** Main-thread time inside WebGL calls between the tap and ready (shader compilation, drawing, reads). */
  webglMs: number;
  /** readyMs − webglMs: what a phone with a GPU would still wait. */
  readyWithoutWebglMs: number;
  /** Sum over main-thread tasks of their script time (task time less WebGL) beyond 50 ms. */
  scriptBlockingMs: number;
  /** The longest task's script time (its time less WebGL), and its whole duration. */
  longestScriptTaskMs: number;
  longestTaskMs: number;
  /**
   * Main-thread CPU time between the tap and ready: the trace's thread time (`tdur`) of each top-level task.
   * Informational, no budget: wall time on a shared machine grows with the load, thread time far less.
   */
  cpuMs: number;
  /** Self time of the CPU profile between tap and ready, by what it was doing. */
  breakdownMs: Record<string, number>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: only with the disabled-by-default-devtools.timeline category. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string };
}

/** What a sample was doing, from the frames on its stack (deck.gl and luma.gl keep their method names). */
const STACK_CATEGORIES: [string, RegExp][] = [
  ['shader compilation and linking (WebGL)', /^(_linkShaders|_getLinkStatus|_compile|compileShader|linkProgram)$/],
  ['text layers: font atlas (SDF glyphs)', /^(_generateFontAtlas|_updateFontAtlas)$/],
  ['drawing (deck.gl and MapLibre render passes)', /^(_drawLayers|drawLayer|_drawLayer|renderLayers|_render)$/],
  ['layer attributes (deck.gl accessors → buffers)', /^(_updateAttributes|_updateAttribute)$/],
  ['layer creation and diffing (deck.gl)', /^(setLayers|updateLayers|_updateLayers|setProps)$/],
  ['map set-up (MapLibre style, basemap sources)', /^(_load|setStyle|_updateStyle|loadJSON|_setupPainter)$/],
  ['JSON parsing', /^(json|parse)$/],
];

function categorize(stack: ProfileNode[]): string {
  const leaf = stack[stack.length - 1]!.callFrame;
  if (leaf.functionName === '(garbage collector)') return 'garbage collection';
  if (leaf.functionName === '(program)') return 'browser work outside script (style, layout, paint, compile)';
  // Innermost first: a shader compiled while drawing counts as compilation.
  for (let i = stack.length - 1; i >= 0; i--)
    for (const [category, pattern] of STACK_CATEGORIES)
      if (pattern.test(stack[i]!.callFrame.functionName)) return category;
  const urls = stack.map((n) => n.callFrame.url).filter(Boolean);
  if (urls.length && urls.every((u, i) => i === 0 || u === urls[0]) && stack.length <= 4 && /\/map\./.test(urls[0]!))
    return 'map chunk evaluation (module top level)';
  if (urls.some((u) => /\/map\.[\w-]+\.js/.test(u))) return 'other map script (MapLibre, deck.gl)';
  if (urls.length) return 'other scripts';
  return 'other native';
}

/**
 * Runs in the page before its scripts: times every WebGL call (the main thread waits in them while
 * SwiftShader compiles and draws), and keeps the long tasks and the tap time, all on the page's clock.
 */
function instrumentPage(): void {
  const w = window as unknown as { __tap: { at: number | null; webgl: [number, number][]; tasks: [number, number][] } };
  const tap: (typeof w)['__tap'] = { at: null, webgl: [], tasks: [] };
  w.__tap = tap;
  addEventListener('touchstart', () => (tap.at ??= performance.now()), { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tap.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let ready = false;
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('atlas-map-ready').length) ready = true;
  }).observe({ type: 'mark' });
  let depth = 0;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      const original = descriptor?.value as unknown;
      if (typeof original !== 'function' || name === 'constructor') continue;
      Object.defineProperty(proto, name, {
        ...descriptor,
        value: function (this: unknown, ...args: unknown[]) {
          if (depth > 0 || tap.at === null || ready)
            return (original as (...a: unknown[]) => unknown).apply(this, args);
          depth++;
          const start = performance.now();
          try {
            return (original as (...a: unknown[]) => unknown).apply(this, args);
          } finally {
            depth--;
            // Calls in a row are kept as one interval: thousands per frame would not fit in memory otherwise.
            const end = performance.now();
            const last = tap.webgl[tap.webgl.length - 1];
            if (last && start - (last[0] + last[1]) < 0.05) last[1] = end - last[0];
            else tap.webgl.push([start, end - start]);
          }
        },
      });
    }
  }
}

async function oneRun(chromePath: string, flags: string[], url: string): Promise<TapRun> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sr-bench-tap-')), {
    executablePath: chromePath,
    headless: true,
    args: flags,
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrumentPage);
    page.on('pageerror', (error) => console.error(`tap probe: page error: ${error.message}`));
    page.on('crash', () => console.error('tap probe: the page crashed'));
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(READ_BEFORE_TAP_MS);

    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      // toplevel and disabled-by-default-devtools.timeline: each task with its thread time (cpuMs).
      categories: 'devtools.timeline,blink.user_timing,toplevel,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.locator('#atlas-map').scrollIntoViewIfNeeded();
    const box = (await page.locator('#atlas-map').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    // Waits inside the page without polling, which would take main-thread time from the map under 4× CPU.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const root = document.getElementById('atlas')!;
          const check = () => root.dataset['map'] === 'ready' && resolve();
          new MutationObserver(check).observe(root, { attributes: true, attributeFilter: ['data-map'] });
          check();
        }),
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const page_ = await page.evaluate(() => ({
      ...(window as unknown as { __tap: PageRecord }).__tap,
      ready: performance.getEntriesByName('atlas-map-ready')[0]?.startTime ?? NaN,
    }));
    // For a closer look in DevTools (Performance panel → load profile), or a script of one's own.
    const keep = process.env['BENCH_TAP_PROFILE'];
    if (keep) writeFileSync(keep, JSON.stringify(profile));
    return analyse(profile, events, page_);
  } finally {
    await context.close();
  }
}

interface PageRecord {
  at: number;
  ready: number;
  webgl: [number, number][];
  tasks: [number, number][];
}

/** Window [tap, ready] on the trace clock (which the CPU profile shares): the touchstart and the ready mark. */
function traceWindow(events: TraceEvent[]): [number, number] {
  const tap = events.find(
    (e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'touchstart',
  );
  const ready = events.find((e) => e.name === 'atlas-map-ready');
  if (!tap || !ready) throw new Error('tap probe: the trace lacks the touchstart or the atlas-map-ready mark');
  return [tap.ts, ready.ts];
}

/**
 * Thread time of the page's main-thread tasks between the tap and the ready mark, ms. The main thread is the one
 * that dispatched the touchstart; a task nested in another (a RunTask inside a ThreadControllerImpl::RunTask) is
 * counted once. The task that holds the mark runs on into the probe's own work (stopping the profiler), so only
 * the share of its thread time before the mark is counted, in proportion to its wall time.
 */
function mainThreadCpuMs(events: TraceEvent[], [from, to]: [number, number]): number {
  const tap = events.find(
    (e) => e.name === 'EventDispatch' && (e.args as { data?: { type?: string } })?.data?.type === 'touchstart',
  )!;
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === tap.pid &&
        e.tid === tap.tid &&
        e.cat?.split(',').includes('toplevel') &&
        e.tdur !== undefined &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let cpuUs = 0;
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    if (end <= from || task.ts >= to || task.ts < coveredUntil) continue;
    coveredUntil = end;
    const before = Math.min(end, to) - Math.max(task.ts, from);
    cpuUs += task.dur! > 0 ? (task.tdur! * before) / task.dur! : 0;
  }
  return cpuUs / 1000;
}

/** Splits the profile's samples between tap and ready by category, and each long task into script and WebGL. */
function analyse(profile: Profile, events: TraceEvent[], page: PageRecord): TapRun {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackOf = (id: number) => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.unshift(byId.get(at)!);
    return stack;
  };
  const [from, to] = traceWindow(events);
  const categoryOf = new Map<number, string>();
  const breakdown: Record<string, number> = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const id = profile.samples[i]!;
    if (t < from || t > to || byId.get(id)!.callFrame.functionName === '(idle)') continue;
    if (!categoryOf.has(id)) categoryOf.set(id, categorize(stackOf(id)));
    const category = categoryOf.get(id)!;
    breakdown[category] = (breakdown[category] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }

  const inWindow = (start: number) => start >= page.at && start <= page.ready;
  const webglWithin = (start: number, end: number) =>
    page.webgl.filter(([s]) => s >= start && s < end).reduce((sum, [, d]) => sum + d, 0);
  let blocking = 0;
  let longestScript = 0;
  let longest = 0;
  for (const [start, whole] of page.tasks.filter(([s]) => inWindow(s))) {
    // Only the part before the ready mark: the task that holds the mark runs on into the probe's own work
    // (stopping the CPU profiler serializes the profile on the main thread, seconds at 4× CPU).
    const duration = Math.min(whole, page.ready - start);
    const scriptMs = duration - webglWithin(start, start + duration);
    blocking += Math.max(0, scriptMs - 50);
    longestScript = Math.max(longestScript, scriptMs);
    longest = Math.max(longest, duration);
  }
  const readyMs = page.ready - page.at;
  const webglMs = webglWithin(page.at, page.ready);
  const round = (x: number) => Math.round(x);
  return {
    readyMs: round(readyMs),
    webglMs: round(webglMs),
    readyWithoutWebglMs: round(readyMs - webglMs),
    cpuMs: round(mainThreadCpuMs(events, [from, to])),
    scriptBlockingMs: round(blocking),
    longestScriptTaskMs: round(longestScript),
    longestTaskMs: round(longest),
    breakdownMs: Object.fromEntries(
      Object.entries(breakdown)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, round(v)]),
    ),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

export interface TapResult extends TapRun {
  runs: number;
  cpuSlowdown: number;
  viewport: string;
}

/** The median of `runs` tap probes, each in a fresh browser profile (nothing cached from the run before). */
export async function tapProbe(chromePath: string, flags: string[], url: string, runs: number): Promise<TapResult> {
  const results: TapRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(chromePath, flags, url));
  const m = (k: keyof Omit<TapRun, 'breakdownMs'>) => Math.round(median(results.map((r) => r[k])));
  const categories = [...new Set(results.flatMap((r) => Object.keys(r.breakdownMs)))];
  return {
    readyMs: m('readyMs'),
    webglMs: m('webglMs'),
    readyWithoutWebglMs: m('readyWithoutWebglMs'),
    cpuMs: m('cpuMs'),
    scriptBlockingMs: m('scriptBlockingMs'),
    longestScriptTaskMs: m('longestScriptTaskMs'),
    longestTaskMs: m('longestTaskMs'),
    breakdownMs: Object.fromEntries(
      categories
        .map((c) => [c, Math.round(median(results.map((r) => r.breakdownMs[c] ?? 0)))] as const)
        .sort((a, b) => b[1] - a[1]),
    ),
    runs,
    cpuSlowdown: CPU_SLOWDOWN,
    viewport: `${PHONE.width}×${PHONE.height} @${PHONE.deviceScaleFactor}x, touch`,
  };
}

/** A budget as the results table writes it. */
export interface BudgetRow {
  name: string;
  value: number | string;
  ok: boolean;
}

export const budgetRow = (b: BudgetRow): string => `| ${b.name} | ${b.value} | ${b.ok ? 'pass' : '**miss**'} |`;

/**
 * results.md after the tap probe alone was re-measured (BENCH_ONLY=tap): the tap probe's budget rows and its
 * section are replaced in place; every other section, before or after it, stays as the last full run wrote it.
 */
export function replaceTapResults(md: string, section: readonly string[], budgets: readonly BudgetRow[]): string {
  const lines = md.split('\n');
  const rows = lines.map((line) => (line.startsWith('| Atlas tap') ? null : line));
  const firstRow = lines.findIndex((line) => line.startsWith('| Atlas tap'));
  if (firstRow >= 0) rows.splice(firstRow, 1, ...budgets.map(budgetRow));
  const kept = rows.filter((line): line is string => line !== null);
  const start = kept.findIndex((line) => line.startsWith('## Atlas tap probe'));
  const next = kept.findIndex((line, i) => i > start && line.startsWith('## '));
  const end = start < 0 ? kept.length : next < 0 ? kept.length : next;
  const before = kept.slice(0, start < 0 ? kept.length : start);
  const after = kept.slice(end);
  const body = [...section];
  while (body.at(-1) === '') body.pop();
  return [...before, ...body, '', ...after].join('\n');
}
