// npm run bench: build, serve locally, and measure what each page type ships, Lighthouse scores, and the
// atlas's interaction cost; compare with the budgets; write bench/results.json and bench/results.md.
// A missed budget is reported with its numbers; it does not fail (speed is not part of npm test).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';
import { budgetRow, replaceTapResults, tapProbe, type TapResult } from './benchTap.ts';
import { DIST_PROBES, DOWNLOAD_MODULE, staticBytes } from './distBytes.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
// BENCH_ONLY=tap builds, serves and runs only the atlas tap probe (tapBudgets below), and updates its part of
// bench/results.json and results.md, keeping the rest of the previous results.
const TAP_ONLY = process.env['BENCH_ONLY'] === 'tap';
const chromePath = findChromium();
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const PAGE_TYPES = [
  { type: 'home', path: '/' },
  { type: 'atlas', path: '/atlas/' },
  { type: 'data', path: '/data/' },
  { type: 'measure page', path: '/measures/eu-turkey-statement/' },
  { type: 'measures list', path: '/measures/' },
  { type: 'timelines', path: '/timelines/' },
  { type: 'about', path: '/about/' },
  { type: 'chart embed', path: '/embed/timelines/rates/' },
  { type: 'atlas embed', path: '/embed/atlas/' },
];

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

// 1. Build
console.log('bench: building');
const buildStart = performance.now();
execSync('npm run build', { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = (performance.now() - buildStart) / 1000;

const server = await startStaticServer('dist', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The atlas tap probe (scripts/benchTap.ts): a phone with a 4× slower CPU taps the map.
function tapBudgets(tap: TapResult) {
  return [
    {
      name: 'Atlas tap → map ready ≤ 2000 ms, not counting WebGL-bound time (phone, 4× CPU)',
      value: tap.readyWithoutWebglMs,
      ok: tap.readyWithoutWebglMs <= 2000,
    },
    {
      name: 'Atlas tap → map ready: longest script task ≤ 200 ms',
      value: tap.longestScriptTaskMs,
      ok: tap.longestScriptTaskMs <= 200,
    },
    {
      name: 'Atlas tap → map ready: script blocking ≤ 500 ms',
      value: tap.scriptBlockingMs,
      ok: tap.scriptBlockingMs <= 500,
    },
  ];
}
function tapMarkdown(tap: TapResult): string[] {
  return [
    `## Atlas tap probe (${tap.viewport}, CPU ${tap.cpuSlowdown}× slower, median of ${tap.runs})`,
    '',
    `- tap → map ready ${tap.readyMs} ms, of which ${tap.webglMs} ms inside WebGL calls (software WebGL): ${tap.readyWithoutWebglMs} ms without them`,
    `- script blocking ${tap.scriptBlockingMs} ms; longest task ${tap.longestTaskMs} ms, ${tap.longestScriptTaskMs} ms of it script`,
    `- main-thread CPU time between tap and ready ${tap.cpuMs} ms (informational, no budget: the tasks' thread time, which the machine's load inflates far less than wall time)`,
    '- main-thread CPU profile between tap and ready (ms):',
    ...Object.entries(tap.breakdownMs).map(([k, v]) => `  - ${k}: ${v}`),
    '',
  ];
}
console.log(`bench: atlas tap probe (${RUNS} runs)`);
const tap = await tapProbe(
  chromePath,
  CHROME_FLAGS.filter((f) => f !== '--headless=new'),
  `${base}/atlas/`,
  RUNS,
);
if (TAP_ONLY) {
  server.close();
  const kept = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
    budgets: { name: string }[];
    atlasTap?: TapResult & { date: string };
  };
  kept.budgets = [...kept.budgets.filter((b) => !b.name.startsWith('Atlas tap')), ...tapBudgets(tap)];
  kept.atlasTap = { ...tap, date: new Date().toISOString() };
  writeFileSync('bench/results.json', `${JSON.stringify(kept, null, 2)}\n`);
  const [heading, ...rest] = tapMarkdown(tap);
  const note = `_Re-measured alone (BENCH_ONLY=tap) on ${kept.atlasTap.date}, with its budget rows; the other sections are from the last full run._`;
  const md = readFileSync('bench/results.md', 'utf8');
  writeFileSync('bench/results.md', replaceTapResults(md, [heading!, '', note, ...rest], tapBudgets(tap)));
  console.log(tapMarkdown(tap).join('\n'));
  for (const b of tapBudgets(tap)) console.log(`${b.ok ? 'pass' : 'MISS'}: ${b.name}: ${b.value}`);
  process.exit(0);
}

async function newContext(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sr-bench-')), {
    executablePath: chromePath,
    headless: true,
    args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
    viewport: { width: 1280, height: 900 },
  });
}

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
const kindOf = (url: string, contentType: string): Kind => {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  if (/json|csv|geo/.test(contentType)) return 'data';
  return 'other';
};

interface Bytes {
  raw: number;
  gzip: number;
}
async function pageBytes(page: Page, path: string, reachForMap: boolean) {
  const seen: { url: string; kind: Kind; raw: number; gzip: number; beforeMap: boolean }[] = [];
  let mapRequested = false;
  // The atlas decides once it is idle whether to load the map (at a desk) or fetch it ahead (elsewhere), and says
  // so on #atlas[data-idle-map]: what arrives from then on is the map's, fetched while the reader reads, not what
  // the page needs before it works. The attribute is set before the plan runs, so no map request precedes it.
  await page.exposeFunction('__benchMapPlanned', () => {
    mapRequested = true;
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.getElementById('atlas')?.dataset['idleMap']) return;
      observer.disconnect();
      (window as unknown as { __benchMapPlanned(): void }).__benchMapPlanned();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-idle-map'] });
  });
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.startsWith(base)) return;
    try {
      const body = await response.body();
      seen.push({
        url,
        kind: kindOf(url, response.headers()['content-type'] ?? ''),
        raw: body.length,
        gzip: gzipSync(body).length,
        beforeMap: !mapRequested,
      });
    } catch {
      // redirects have no body
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  if (reachForMap) {
    mapRequested = true;
    await page.hover('#atlas-map');
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
  }
  // The MapLibre worker is fetched by the worker itself, outside the page's response events.
  if (reachForMap) {
    const worker = readdirSync('dist/_astro').find((f) => f.startsWith('maplibre-gl-worker'));
    if (worker && !seen.some((s) => s.url.includes(worker))) {
      const body = readFileSync(join('dist/_astro', worker));
      seen.push({
        url: `${base}/_astro/${worker}`,
        kind: 'js',
        raw: body.length,
        gzip: gzipSync(body).length,
        beforeMap: false,
      });
    }
  }
  const sum = (filter: (s: (typeof seen)[number]) => boolean): Bytes =>
    seen.filter(filter).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const byKind = Object.fromEntries(
    (['html', 'css', 'js', 'data', 'other'] as Kind[]).map((k) => [k, sum((s) => s.kind === k)]),
  );
  return {
    byKind,
    jsBeforeMap: sum((s) => s.kind === 'js' && s.beforeMap),
    largest: seen
      .filter((s) => s.kind === 'js' || s.kind === 'data')
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5)
      .map((s) => ({ file: new URL(s.url).pathname, rawKB: kb(s.raw), gzipKB: kb(s.gzip) })),
  };
}

// 2. Bytes per page type
console.log('bench: bytes per page type');
const context = await newContext();
const bytes: Record<string, Awaited<ReturnType<typeof pageBytes>>> = {};
for (const { type, path } of PAGE_TYPES) {
  const page = await context.newPage();
  bytes[type] = await pageBytes(page, path, type === 'atlas');
  await page.close();
}

// 2b. The image and data downloads' code loads only when the reader asks for a download: the page and an open
// "Share, embed, download" panel request none of it; pressing "Download CSV" requests it (so the probe can fail).
console.log('bench: download code on demand');
const DOWNLOAD_CODE = DOWNLOAD_MODULE;
async function downloadCodeProbe(path: string): Promise<{ path: string; beforeAsking: number; afterAsking: number }> {
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  const panel = page.locator('details[data-share]').first();
  await panel.locator('summary').first().click();
  await panel.getByRole('tab', { name: 'Image' }).click();
  await page.waitForTimeout(300);
  const beforeAsking = requested.filter((u) => DOWNLOAD_CODE.test(u)).length;
  await panel.getByRole('tab', { name: 'Data' }).click();
  const download = page.waitForEvent('download');
  await panel.locator('[data-share-download="csv"]').click();
  await download;
  const afterAsking = requested.filter((u) => DOWNLOAD_CODE.test(u)).length;
  await page.close();
  return { path, beforeAsking, afterAsking };
}
const downloadCode = [
  await downloadCodeProbe('/timelines/'),
  await downloadCodeProbe('/embed/timelines/rates/'),
  await downloadCodeProbe('/measures/eu-turkey-statement/'),
  await downloadCodeProbe('/embed/route-card/central-mediterranean/'),
  await downloadCodeProbe('/embed/routes/central-mediterranean/mare-nostrum/'),
];

// 3. Atlas interaction cost
console.log('bench: atlas interaction cost');
const atlas = await context.newPage();
const cdp = await context.newCDPSession(atlas);
await cdp.send('Performance.enable');
await atlas.goto(`${base}/atlas/?from=2014-01&to=2014-12`, { waitUntil: 'load' });
await atlas.hover('#atlas-map');
await atlas.waitForSelector('#atlas[data-map="ready"]', { timeout: 120_000 });
const timings = await atlas.evaluate(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  const ready = performance.getEntriesByName('atlas-map-ready')[0]?.startTime ?? NaN;
  return { fcp, ready };
});
const metric = async (name: string) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
};
const stepCpuMs: number[] = [];
await atlas.focus('#atlas-to-range');
for (let i = 0; i < 100; i++) {
  const before = await metric('TaskDuration');
  await atlas.keyboard.press(i < 50 ? 'ArrowRight' : 'ArrowLeft');
  await atlas.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  stepCpuMs.push(((await metric('TaskDuration')) - before) * 1000);
}
// The script cost of each change as the page itself measures it (performance.measure 'atlas-change');
// TaskDuration above also counts drawing, which SwiftShader does on the CPU here.
const scriptMs = (
  await atlas.evaluate(() => performance.getEntriesByName('atlas-change').map((e) => e.duration))
).slice(-100);
const heapMB = (await metric('JSHeapUsedSize')) / 1024 / 1024;
await atlas.close();

// 3b. Story page: layout shift when the WebGL map replaces the static step map, and the script cost of a step
// change (performance.measure 'story-step': step, rail, strip, address and map update).
console.log('bench: story page');
const storySlug = readdirSync('dist/routes', { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const storyPath = `/routes/${storySlug}/`;
const story = await context.newPage();
await story.goto(`${base}${storyPath}`, { waitUntil: 'load' });
await story.evaluate(() => {
  const w = window as unknown as { shiftSum: number };
  w.shiftSum = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) w.shiftSum += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
});
// A script scroll is not input: any shift it or the map causes counts. The page listens for the reader's first
// scroll only two frames after it opens (client/stories/story.ts), so the probe waits for them: a scroll sooner
// started nothing and the probe timed out.
await story.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
await story.evaluate(() => scrollBy(0, 40));
await story.waitForSelector('#story-map[data-map="ready"]', { timeout: 120_000 });
await story.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
const storyShift = await story.evaluate(() => (window as unknown as { shiftSum: number }).shiftSum);
const storySteps = await story.locator('.story-step').count();
for (let i = 0; i < 40; i++) {
  await story.keyboard.press(Math.floor(i / (storySteps - 1)) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
  await story.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
const storyStepMs = await story.evaluate(() => performance.getEntriesByName('story-step').map((e) => e.duration));
await story.close();
await context.close();

// 4. Lighthouse
console.log(`bench: Lighthouse (${RUNS} runs each)`);
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
interface LhScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's speed (lhr.environment.benchmarkIndex), unthrottled. */
  benchmarkIndex: number;
}
async function lighthouseRun(path: string, preset: 'mobile' | 'desktop'): Promise<LhScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(
      `${base}${path}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories['accessibility']?.score ?? 0) * 100),
      bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
      fcpMs: Math.round(audit('first-contentful-paint')),
      lcpMs: Math.round(audit('largest-contentful-paint')),
      tbtMs: Math.round(audit('total-blocking-time')),
      cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    };
  } finally {
    chrome.kill();
  }
}
const lhTargets = [
  { type: 'home', path: '/', preset: 'mobile' as const },
  { type: 'data', path: '/data/', preset: 'mobile' as const },
  { type: 'measure page', path: '/measures/eu-turkey-statement/', preset: 'mobile' as const },
  { type: 'chart embed', path: '/embed/timelines/rates/', preset: 'mobile' as const },
  { type: 'atlas', path: '/atlas/', preset: 'mobile' as const },
  { type: 'atlas', path: '/atlas/', preset: 'desktop' as const },
  // Lighthouse neither scrolls nor presses a key: it measures the story before WebGL loads.
  { type: 'story page', path: storyPath, preset: 'mobile' as const },
];
const lighthouseResults: Record<string, Omit<LhScores, 'benchmarkIndex'> & { runs: number }> = {};
// The host's speed during the Lighthouse runs: the probes' 4× slowdown is relative to it (bench/README.md).
const benchmarkIndexes: number[] = [];
for (const t of lhTargets) {
  const runs: LhScores[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(t.path, t.preset));
  benchmarkIndexes.push(...runs.map((r) => r.benchmarkIndex));
  const m = (k: keyof LhScores) => median(runs.map((r) => r[k]));
  lighthouseResults[`${t.type} (${t.preset})`] = {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    fcpMs: m('fcpMs'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    runs: RUNS,
  };
}
server.close();

// 5. Basemap size
// What each embed loads first, read from dist/ (HTML, CSS, JS by static import; fetched data not counted), and
// which download modules stay behind an import() (scripts/distBytes.ts).
const distBytes = DIST_PROBES.map((probe) => {
  const bytes = staticBytes('dist', probe.path);
  return {
    ...probe,
    gzipKB: kb(bytes.gzipBytes),
    rawKB: kb(bytes.rawBytes),
    eagerDownloadModules: bytes.files.filter((f) => DOWNLOAD_MODULE.test(f)).length,
    lazyDownloadModules: bytes.lazy.filter((f) => DOWNLOAD_MODULE.test(f)).map((f) => f.replace(/^.*\//, '')),
  };
});
// What the WebGL map fetches: the basemap's part files (land and borders by MapLibre's worker, the country points).
const basemapGzipKB = kb(
  ['land', 'borders', 'countries']
    .map((part) => gzipSync(readFileSync(`dist/atlas/basemap-${part}.json`)).length)
    .reduce((a, b) => a + b, 0),
);
const embedScriptGzipKB = kb(gzipSync(readFileSync('dist/embed.js')).length);
const chartEmbedGzipKB = kb(
  Object.values(bytes['chart embed']!.byKind).reduce((total, b) => total + (b as Bytes).gzip, 0),
);

// 6. Budgets
const lh = (key: string) => lighthouseResults[key]!;
const budgets = [
  ...['home (mobile)', 'data (mobile)', 'measure page (mobile)', 'chart embed (mobile)', 'story page (mobile)'].map(
    (k) => ({
      name: `Lighthouse performance ${k} ≥ 95`,
      value: lh(k).performance,
      ok: lh(k).performance >= 95,
    }),
  ),
  // Issue 12: the atlas before the map loads keeps 95 on a phone, and loading the map on idle at a desk keeps 95.
  ...['atlas (mobile)', 'atlas (desktop)'].map((k) => ({
    name: `Lighthouse performance ${k} ≥ 95`,
    value: lh(k).performance,
    ok: lh(k).performance >= 95,
  })),
  ...Object.entries(lighthouseResults).flatMap(([k, r]) => [
    { name: `Lighthouse accessibility ${k} = 100`, value: r.accessibility, ok: r.accessibility === 100 },
    { name: `Lighthouse best practices ${k} ≥ 95`, value: r.bestPractices, ok: r.bestPractices >= 95 },
  ]),
  {
    name: 'Atlas JS before the map loads or is fetched ahead on idle ≤ 60 KB gzip',
    value: kb(bytes['atlas']!.jsBeforeMap.gzip),
    ok: kb(bytes['atlas']!.jsBeforeMap.gzip) <= 60,
  },
  {
    name: 'All atlas JS, worker included, ≤ 760 KB gzip',
    value: kb(bytes['atlas']!.byKind['js']!.gzip),
    ok: kb(bytes['atlas']!.byKind['js']!.gzip) <= 760,
  },
  { name: 'Basemap ≤ 150 KB gzip', value: basemapGzipKB, ok: basemapGzipKB <= 150 },
  // The host page's sizing script (public/embed.js) and everything a chart embed loads.
  { name: '/embed.js ≤ 3 KB gzip', value: embedScriptGzipKB, ok: embedScriptGzipKB <= 3 },
  { name: 'Chart embed ≤ 60 KB gzip in all', value: chartEmbedGzipKB, ok: chartEmbedGzipKB <= 60 },
  ...distBytes
    .filter((d) => d.type.endsWith(' embed') && d.type !== 'atlas embed')
    .map((d) => ({
      name: `${d.type}: first load ≤ 60 KB gzip (dist, without fetched data)`,
      value: d.gzipKB,
      ok: d.gzipKB <= 60,
    })),
  {
    name: 'Download code behind import() on every embed and the atlas (dist)',
    value: distBytes
      .map((d) => `${d.path}: ${d.eagerDownloadModules} eager, lazy ${d.lazyDownloadModules.join(' ')}`)
      .join('; '),
    ok: distBytes.every(
      (d) =>
        d.eagerDownloadModules === 0 &&
        d.lazyDownloadModules.some((f) => f.startsWith('exportImage.')) &&
        d.lazyDownloadModules.some((f) => f.startsWith('exportData.')),
    ),
  },
  {
    name: 'Image and data download code loads only when asked',
    value: downloadCode.map((d) => `${d.path}: ${d.beforeAsking} before, ${d.afterAsking} after`).join('; '),
    ok: downloadCode.every((d) => d.beforeAsking === 0 && d.afterAsking > 0),
  },
  ...tapBudgets(tap),
  {
    name: 'Time-window change ≤ 4 ms median CPU (script)',
    value: Math.round(median(scriptMs) * 100) / 100,
    ok: median(scriptMs) <= 4,
  },
  {
    name: 'Time-window change ≤ 4 ms median CPU (all main-thread work, software WebGL)',
    value: Math.round(median(stepCpuMs) * 100) / 100,
    ok: median(stepCpuMs) <= 4,
  },
  {
    name: 'Story: layout shift when the map replaces the static map = 0',
    value: Math.round(storyShift * 1000) / 1000,
    ok: storyShift === 0,
  },
  {
    name: 'Story: step change ≤ 16 ms of script (p95)',
    value: Math.round(percentile(storyStepMs, 0.95) * 100) / 100,
    ok: percentile(storyStepMs, 0.95) <= 16,
  },
  { name: 'Build ≤ 60 s with all preview images', value: Math.round(buildSeconds), ok: buildSeconds <= 60 },
];

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    freeMemoryGB: Math.round(freemem() / 1e9),
    node: process.version,
    /** Median, min and max of Lighthouse's benchmarkIndex over every Lighthouse run of this bench. */
    benchmarkIndex: {
      median: median(benchmarkIndexes),
      min: Math.min(...benchmarkIndexes),
      max: Math.max(...benchmarkIndexes),
    },
  },
  buildSeconds: Math.round(buildSeconds * 10) / 10,
  bytes: Object.fromEntries(
    Object.entries(bytes).map(([k, v]) => [
      k,
      {
        shipped: Object.fromEntries(
          Object.entries(v.byKind).map(([kind, b]) => [kind, { rawKB: kb(b.raw), gzipKB: kb(b.gzip) }]),
        ) as Record<Kind, { rawKB: number; gzipKB: number }>,
        jsBeforeMapGzipKB: kb(v.jsBeforeMap.gzip),
        largest: v.largest,
      },
    ]),
  ),
  atlas: {
    firstPaintMs: Math.round(timings.fcp),
    mapReadyMs: Math.round(timings.ready),
    firstPaintToMapReadyMs: Math.round(timings.ready - timings.fcp),
    windowChangeScriptMs: {
      median: Math.round(median(scriptMs) * 100) / 100,
      p95: Math.round(percentile(scriptMs, 0.95) * 100) / 100,
      steps: scriptMs.length,
    },
    windowChangeMainThreadMs: {
      median: Math.round(median(stepCpuMs) * 100) / 100,
      p95: Math.round(percentile(stepCpuMs, 0.95) * 100) / 100,
      steps: stepCpuMs.length,
    },
    jsHeapMB: Math.round(heapMB * 10) / 10,
  },
  atlasTap: tap,
  story: {
    path: storyPath,
    layoutShiftWhenMapLoads: Math.round(storyShift * 1000) / 1000,
    stepChangeScriptMs: {
      median: Math.round(median(storyStepMs) * 100) / 100,
      p95: Math.round(percentile(storyStepMs, 0.95) * 100) / 100,
      steps: storyStepMs.length,
    },
  },
  basemapGzipKB,
  embedScriptGzipKB,
  distFirstLoad: distBytes,
  lighthouse: lighthouseResults,
  budgets,
};

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const md = [
  `# Benchmark results`,
  '',
  `${results.date} · ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGB} GB · Node ${results.machine.node} · build ${results.buildSeconds} s`,
  '',
  `Host speed, Lighthouse benchmarkIndex: median ${results.machine.benchmarkIndex.median} (${results.machine.benchmarkIndex.min}–${results.machine.benchmarkIndex.max} over ${benchmarkIndexes.length} runs). The probes' 4× CPU slowdown divides it: DevTools' CPU calibration takes about 1,000 for a mid-tier phone (Pixel 5) and 264 for a low-tier one (Moto G4 Power 2022).`,
  '',
  '## Budgets',
  '',
  '| budget | value | result |',
  '| --- | --- | --- |',
  ...budgets.map(budgetRow),
  '',
  '## Bytes shipped per page type (KB, gzip)',
  '',
  '| page | HTML | CSS | JS | data | JS before map |',
  '| --- | --- | --- | --- | --- | --- |',
  ...Object.entries(results.bytes).map(
    ([k, v]) =>
      `| ${k} | ${v.shipped.html.gzipKB} | ${v.shipped.css.gzipKB} | ${v.shipped.js.gzipKB} | ${v.shipped.data.gzipKB} | ${v.jsBeforeMapGzipKB} |`,
  ),
  '',
  '## First load read from dist/ (HTML, CSS and JS by static import; fetched data not counted)',
  '',
  '| page | KB gzip | KB raw | download modules loaded first | on demand |',
  '| --- | --- | --- | --- | --- |',
  ...distBytes.map(
    (d) => `| ${d.type} | ${d.gzipKB} | ${d.rawKB} | ${d.eagerDownloadModules} | ${d.lazyDownloadModules.join(', ')} |`,
  ),
  '',
  '## Lighthouse (median)',
  '',
  '| page | perf | a11y | best practices | FCP ms | LCP ms | TBT ms | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(lighthouseResults).map(
    ([k, r]) =>
      `| ${k} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} |`,
  ),
  '',
  '## Atlas',
  '',
  `- first paint ${results.atlas.firstPaintMs} ms, map ready ${results.atlas.mapReadyMs} ms (${results.atlas.firstPaintToMapReadyMs} ms after first paint)`,
  `- time-window change, script: median ${results.atlas.windowChangeScriptMs.median} ms, p95 ${results.atlas.windowChangeScriptMs.p95} ms over ${results.atlas.windowChangeScriptMs.steps} steps`,
  `- time-window change, all main-thread work including software WebGL drawing: median ${results.atlas.windowChangeMainThreadMs.median} ms, p95 ${results.atlas.windowChangeMainThreadMs.p95} ms`,
  `- JS heap after load: ${results.atlas.jsHeapMB} MB`,
  '',
  ...tapMarkdown(tap),
  '## Story page',
  '',
  `- ${results.story.path}: layout shift while the WebGL map replaces the static map ${results.story.layoutShiftWhenMapLoads}`,
  `- step change, script: median ${results.story.stepChangeScriptMs.median} ms, p95 ${results.story.stepChangeScriptMs.p95} ms over ${results.story.stepChangeScriptMs.steps} changes`,
  '',
  '## Largest modules and data files (atlas)',
  '',
  ...bytes['atlas']!.largest.map((l) => `- ${l.file}: ${l.gzipKB} KB gzip (${l.rawKB} KB raw)`),
  '',
].join('\n');
writeFileSync('bench/results.md', md);
console.log(md);
console.log(
  `bench: ${budgets.filter((b) => b.ok).length} budgets met, ${budgets.filter((b) => !b.ok).length} missed (see bench/results.md)`,
);
