// The atlas in a real browser (software WebGL), against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './setup/axe.ts';
import { SCREENSHOT_DIR, foreignRequests, pixelStats, startSession, type Session } from './setup/browser.ts';
import { mercatorPx } from '../../src/lib/atlas/labelPlacement.ts';
import type { AtlasPayload } from '../../src/lib/atlas/payload.ts';
import { monthToIndex } from '../../src/lib/time/months.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

async function openAtlas(search = '') {
  const opened = await session.open(`/atlas/${search}`);
  // At a desk the map loads by itself once the page is idle; pointing at it loads it at once.
  await opened.page.hover('#atlas-map');
  await opened.page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
  return opened;
}

/** A touch screen, where the map waits to be reached for (the browser's default here is a desk: a mouse). */
async function asTouchScreen(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'pointer', value: 'coarse' },
      { name: 'hover', value: 'none' },
    ],
  });
}

const visibleIncidents = (page: Page) => page.locator('#atlas-visible-incidents').textContent();
// history.replaceState reaches page.url() only asynchronously: read the query string from the page itself.
const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

describe('atlas', () => {
  it('renders the map with data and makes no request to another host', async () => {
    const opened = await openAtlas('?from=2015-01&to=2015-12');
    const { page } = opened;
    await page.waitForTimeout(500);
    const png = await page.locator('#atlas-map').screenshot({ path: `${SCREENSHOT_DIR}/atlas-all-routes-2015.png` });
    const stats = await pixelStats(page, png);
    expect(stats.nonBackgroundShare).toBeGreaterThan(0.2);
    expect(stats.colours).toBeGreaterThan(50);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(foreignRequests(opened.requests, session.baseUrl)).toEqual([]);
    await page.close();
  });

  it('paints text, figures and the table before the map arrives', async () => {
    const opened = await session.open('/atlas/');
    const { page } = opened;
    expect(await page.locator('#atlas-summary-body tr').count()).toBe(7);
    expect(await page.locator('.static-map svg.static-map-svg').count()).toBe(1);
    await page.close();
  });

  it('changing the time window changes the visible incidents reported in the summary', async () => {
    const { page } = await openAtlas();
    const before = await visibleIncidents(page);
    await page.fill('#atlas-from', '2016-01');
    await page.dispatchEvent('#atlas-from', 'change');
    await expect.poll(() => visibleIncidents(page)).not.toBe(before);
    expect(await page.locator('#atlas-window-words').textContent()).toBe('January 2016 – December 2024');
    await expect.poll(() => param(page, 'from')).toBe('2016-01');
    await page.close();
  });

  it('restores camera, window, layers and selection from a deep link', async () => {
    const search = '?c=14,35,5.3&from=2017-01&to=2017-12&layers=routes,incidents&sel=route:central-mediterranean';
    const { page } = await openAtlas(search);
    await page.locator('#atlas-map').screenshot({ path: `${SCREENSHOT_DIR}/atlas-central-mediterranean-2017.png` });
    expect(await page.inputValue('#atlas-from')).toBe('2017-01');
    expect(await page.inputValue('#atlas-to')).toBe('2017-12');
    expect(await page.isChecked('input[value="measures"]')).toBe(false);
    expect(await page.isChecked('input[value="routes"]')).toBe(true);
    expect(await page.locator('#atlas-details h3').textContent()).toBe('Central Mediterranean');
    await expect.poll(() => param(page, 'c')).toBe('14,35,5.3');
    await expect.poll(() => param(page, 'layers')).toBe('routes,incidents');
    await page.close();
  });

  it('saves the Sahel 2017 view', async () => {
    const { page } = await openAtlas('?c=11,22,4.7&from=2017-01&to=2017-12');
    await page.locator('#atlas-map').screenshot({ path: `${SCREENSHOT_DIR}/atlas-sahel-2017.png` });
    expect(await page.locator('#atlas-summary-text').textContent()).toContain('January 2017 – December 2017');
    await page.close();
  });

  it('lets the keyboard reach and operate every control', async () => {
    const { page } = await openAtlas();
    const controls = await page.locator('#atlas input, #atlas button').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 25; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || !a.closest('#atlas')) return null;
        return a.id || `${a.tagName}:${a.getAttribute('value') ?? a.dataset['atlasView'] ?? a.textContent}`;
      });
      if (id) reached.add(id);
    }
    for (const id of [
      'atlas-from',
      'atlas-to',
      'atlas-from-range',
      'atlas-to-range',
      'atlas-play',
      'atlas-copy-link',
      'atlas-map',
    ]) {
      expect(reached, id).toContain(id);
    }
    // Operate: a range with the arrow keys, a layer with Space, a quick view with Enter.
    await page.focus('#atlas-to-range');
    await page.keyboard.press('ArrowLeft');
    expect(await page.inputValue('#atlas-to')).toBe('2024-11');
    await page.focus('input[value="places"]');
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'layers')).toBe('routes,incidents,measures');
    await page.focus('[data-atlas-view="libya"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'c')).toBe('17,28.5,4.9');
    await page.focus('#atlas-play');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#atlas-play', 'aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#atlas-play', 'aria-pressed')).toBe('false');
    await page.close();
  });

  it('clicking an incident shows its details and puts it in the URL', async () => {
    const [lon, lat, zoom] = [12.5, 34.5, 6];
    const { page } = await openAtlas(`?c=${lon},${lat},${zoom}&from=2016-01&to=2016-12&layers=incidents`);
    const box = (await page.locator('#atlas-map').boundingBox())!;
    // Aim at the 2016 incident with the most dead and missing in the middle of the view (the largest circle),
    // from the payload the map draws. (A grid scan of blind clicks took over a minute on a loaded machine.)
    const payload = (await (await fetch(new URL('/atlas/data.json', session.baseUrl))).json()) as AtlasPayload;
    const [cx, cy] = mercatorPx(lon, lat, zoom);
    const [first, last] = ['2016-01', '2016-12'].map((m) => monthToIndex(m, payload.originMonth));
    const { incidents } = payload;
    const target = incidents.id
      .map((_, i) => ({ i, at: mercatorPx(incidents.lon[i]!, incidents.lat[i]!, zoom) }))
      .filter(({ i, at: [x, y] }) => {
        const month = incidents.month[i]!;
        return (
          month >= first! && month <= last! && Math.abs(x - cx) < box.width / 4 && Math.abs(y - cy) < box.height / 4
        );
      })
      .sort((a, b) => incidents.deadMissing[b.i]! - incidents.deadMissing[a.i]!)[0]!;
    await page.mouse.click(box.x + box.width / 2 + (target.at[0] - cx), box.y + box.height / 2 + (target.at[1] - cy));
    await expect.poll(() => param(page, 'sel')).toMatch(/^incident:/);
    await expect.poll(() => page.locator('#atlas-details h3').textContent()).toMatch(/^Incident on 2016-/);
    expect(await page.locator('#atlas-details').textContent()).toContain('approximate');
    await page.close();
  });

  it('draws place labels where there is room: clicking beside a dot, on its label, selects the place', async () => {
    // Only places: nothing else can take the click. Agadez at zoom 6 has the map to itself.
    const [lon, lat, zoom] = [8, 17, 6];
    const { page } = await openAtlas(`?c=${lon},${lat},${zoom}&layers=places`);
    const box = (await page.locator('#atlas-map').boundingBox())!;
    const [cx, cy] = mercatorPx(lon, lat, zoom);
    const [ax, ay] = mercatorPx(7.99, 16.97, zoom);
    // The label starts 6 px right of the dot; 25 px in is inside "Agadez" and clear of the dot.
    await page.mouse.click(box.x + box.width / 2 + (ax - cx) + 25, box.y + box.height / 2 + (ay - cy));
    await expect.poll(() => param(page, 'sel')).toBe('place:agadez');
    expect(await page.locator('#atlas-details h3').textContent()).toBe('Agadez');
    // The names are HTML text over the canvas: Agadez's starts 6 px right of its dot, centred on it; Niger's is
    // centred on its point. Switching places off hides the place names, never the countries'.
    const agadez = page.locator('#atlas-map [data-label="agadez"]');
    const label = (await agadez.boundingBox())!;
    expect(label.x - (box.x + box.width / 2 + (ax - cx))).toBeCloseTo(6, -0.5);
    expect(label.y + label.height / 2 - (box.y + box.height / 2 + (ay - cy))).toBeCloseTo(0, -0.5);
    const niger = page.locator('#atlas-map [data-label="Niger"]');
    expect(await niger.textContent()).toBe('NIGER');
    await expect.poll(() => niger.isVisible()).toBe(true);
    await page.locator('input[data-atlas-layer][value="places"]').uncheck();
    await expect.poll(() => agadez.isVisible()).toBe(false);
    expect(await niger.isVisible()).toBe(true);
    await page.close();
  });

  it('draws measure marks as HTML over the map: hovering one names it, clicking it selects it', async () => {
    // Only measures: the 2017 agreement with southern Libya's tribes, at Sabha, has the map to itself at zoom 6.
    const { page } = await openAtlas('?c=14.43,27.04,6&layers=measures');
    const mark = page.locator('#atlas-map [data-label="rome-southern-libya-tribes-agreement"]');
    await expect.poll(() => mark.isVisible()).toBe(true);
    const box = (await mark.boundingBox())!;
    const map = (await page.locator('#atlas-map').boundingBox())!;
    // Centred on its point: the map's centre.
    expect(box.x + box.width / 2 - (map.x + map.width / 2)).toBeCloseTo(0, -0.5);
    expect(box.y + box.height / 2 - (map.y + map.height / 2)).toBeCloseTo(0, -0.5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.deck-tooltip').textContent()).toMatch(/^Italian-brokered agreement/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => param(page, 'sel')).toBe('measure:rome-southern-libya-tribes-agreement');
    // Selected, it is drawn larger; switched off, it is gone.
    await expect.poll(async () => (await mark.boundingBox())!.height).toBeGreaterThan(box.height);
    await page.locator('input[data-atlas-layer][value="measures"]').uncheck();
    await expect.poll(() => mark.isVisible()).toBe(false);
    await page.close();
  });

  it('brushing the timeline sets the window and the URL; the time control moves the brush', async () => {
    const { page } = await session.open('/atlas/');
    const box = (await page.locator('#atlas-brush svg').boundingBox())!;
    // The strip spans 2009-01 to the last month; drag from about a third to about a half of the way.
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => param(page, 'to')).toMatch(/^201[6-8]-\d{2}$/);
    const from = (await param(page, 'from'))!;
    const to = (await param(page, 'to'))!;
    expect(from).toMatch(/^201[3-5]-\d{2}$/);
    expect(to).toMatch(/^201[6-8]-\d{2}$/);
    expect(await page.inputValue('#atlas-from')).toBe(from);
    const rectBefore = await page.locator('#atlas-brush .window-rect').getAttribute('x');
    await page.fill('#atlas-from', '2010-01');
    await page.dispatchEvent('#atlas-from', 'change');
    expect(await page.locator('#atlas-brush .window-rect').getAttribute('x')).not.toBe(rectBefore);
    // Keyboard: the arrow keys step the whole window by a month.
    await page.focus('#atlas-brush');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'from')).toBe('2010-02');
    await page.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const { page } = await openAtlas();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('survives hostile query strings', async () => {
    for (const search of [
      '?c=<script>alert(1)</script>',
      '?from=9999-99&to=-1',
      '?layers=%00%00&sel=measure:%3Cimg%20src%3Dx%3E',
      `?${'x'.repeat(5000)}`,
    ]) {
      const opened = await session.open(`/atlas/${search}`);
      await opened.page.waitForFunction(() =>
        document.getElementById('atlas-summary-text')?.textContent?.includes('IOM recorded'),
      );
      expect(opened.pageErrors, search).toEqual([]);
      expect(await opened.page.locator('img[src="x"]').count()).toBe(0);
      await opened.page.close();
    }
  });
});

describe('the map once the page is idle', () => {
  const linkHrefs = (page: Page, rel: string) =>
    page.evaluate(
      (r) => [...document.head.querySelectorAll(`link[rel="${r}"]`)].map((l) => l.getAttribute('href')),
      rel,
    );

  it('at a desk (wide screen, mouse) the map loads without any interaction', async () => {
    const { page, pageErrors } = await session.open('/atlas/');
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
    expect(await page.getAttribute('#atlas', 'data-idle-map')).toBe('load');
    expect(await page.locator('#atlas-map-canvas canvas').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('on a phone the map is fetched ahead (not compiled, not run) but waits to be reached for', async () => {
    const page = await session.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.setViewportSize({ width: 390, height: 844 });
    await asTouchScreen(page);
    await page.goto(new URL('/atlas/', session.baseUrl).href, { waitUntil: 'load' });
    await page.waitForSelector('#atlas[data-idle-map="prefetch"]', { timeout: 20_000 });
    // The hashed map chunk the build wrote in, its imports, MapLibre's worker and the basemap's parts, all as
    // prefetch: a modulepreload would compile 1.8 MB of script on the phone's main thread while it is idle.
    expect(await linkHrefs(page, 'modulepreload')).toEqual([]);
    const files = await linkHrefs(page, 'prefetch');
    expect(files.some((href) => /^\/_astro\/map\.[\w-]+\.js$/.test(href ?? ''))).toBe(true);
    expect(files.filter((href) => /\.js$/.test(href ?? '')).length).toBeGreaterThan(1);
    for (const part of ['land', 'borders', 'countries']) expect(files).toContain(`/atlas/basemap-${part}.json`);
    expect(files.some((href) => /maplibre-gl-worker/.test(href ?? ''))).toBe(true);
    await expect.poll(() => requests.some((path) => /^\/_astro\/map\.[\w-]+\.js$/.test(path))).toBe(true);
    // Fetched, not run: no map was made, the static one stays.
    await page.waitForTimeout(1000);
    expect(await page.getAttribute('#atlas', 'data-map')).toBe('static');
    expect(await page.locator('#atlas-map-canvas canvas').count()).toBe(0);
    await page.close();
  });
});

describe('atlas without WebGL', () => {
  it('shows the static map and a message, and the controls still drive the summary', async () => {
    const noGl = await startSession({ extraArgs: ['--disable-3d-apis', '--disable-webgl', '--disable-webgl2'] });
    try {
      const { page, pageErrors } = await noGl.open('/atlas/');
      await page.hover('#atlas-map');
      await page.waitForSelector('#atlas[data-map="fallback"]');
      expect(await page.locator('#atlas-map-status').textContent()).toContain('WebGL is unavailable');
      // Nothing is fetched ahead for a map that cannot be drawn.
      await page.waitForSelector('#atlas[data-idle-map="none"]', { timeout: 20_000 });
      expect(await page.locator('link[rel="modulepreload"], link[rel="prefetch"]').count()).toBe(0);
      expect(await page.locator('.static-map svg path').count()).toBeGreaterThan(7);
      const before = await visibleIncidents(page);
      await page.fill('#atlas-from', '2014-01');
      await page.dispatchEvent('#atlas-from', 'change');
      await expect.poll(() => visibleIncidents(page)).not.toBe(before);
      await page.locator('#atlas-map').screenshot({ path: `${SCREENSHOT_DIR}/atlas-no-webgl.png` });
      expect(pageErrors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});

describe('atlas compare mode', () => {
  const COMPARE = '?from=2016-04&to=2017-03&vs=2015-04..2016-03';
  const canvasData = (page: Page, key: string) =>
    page.evaluate((k) => document.getElementById('atlas-map-canvas')!.dataset[k] ?? '', key);

  it('shows both windows in the summary and table, and the change labels on the map', async () => {
    const opened = await openAtlas(COMPARE);
    const { page } = opened;
    const text = (await page.locator('#atlas-summary-text').textContent()) ?? '';
    expect(text).toContain('Comparing April 2016 – March 2017');
    expect(text).toContain('with April 2015 – March 2016');
    const headers = await page.locator('#atlas-summary-head th').allTextContents();
    expect(headers).toContain('Detections, April 2015 – March 2016');
    expect(headers).toContain('Detections, April 2016 – March 2017');
    expect(headers.some((h) => h.startsWith('Deaths per 1,000 detections'))).toBe(true);
    const east = await page.locator('#atlas-summary-body tr', { hasText: 'Eastern Mediterranean' }).textContent();
    expect(east).toMatch(/−\d+%/);
    await expect.poll(() => canvasData(page, 'changeLabels')).toMatch(/Eastern Mediterranean: −\d+%/);
    expect(await canvasData(page, 'compareShown')).toBe('both');
    expect(await page.isVisible('#atlas-legend-compare')).toBe(true);
    expect(await page.locator('#atlas-legend-scale').textContent()).toContain('fitted to the windows');
    // The width key is redrawn for the scale in use: the fitted one, not the fixed scale of the page's HTML.
    expect(await page.getAttribute('#atlas-legend-width-key svg', 'data-scale')).toBe('fitted');
    expect(await page.inputValue('#atlas-compare-with')).toBe('previous');
    await page.waitForTimeout(500);
    await page.locator('#atlas').screenshot({ path: `${SCREENSHOT_DIR}/atlas-compare-2016.png` });
    expect(opened.pageErrors).toEqual([]);
    // Turning compare off from the control leaves one window and drops vs from the URL.
    await page.selectOption('#atlas-compare-with', 'none');
    await expect.poll(() => param(page, 'vs')).toBeNull();
    await expect.poll(() => canvasData(page, 'changeLabels')).toBe('');
    await page.selectOption('#atlas-compare-with', 'year');
    await expect.poll(() => param(page, 'vs')).toBe('2015-04..2016-03');
    await page.close();
  });

  it('on a phone, one map with a before/after toggle that works by touch and by keyboard', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL(`/atlas/${COMPARE}`, session.baseUrl).href, { waitUntil: 'load' });
    const before = page.locator('#atlas-compare-before');
    await expect.poll(() => before.isVisible()).toBe(true);
    // A real tap, through the browser's touch input.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await before.scrollIntoViewIfNeeded();
    const box = (await before.boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // The tap also starts the map once its click is handled (mapLoader.ts); on a machine as loaded as CI's the
    // press itself can take longer than the poll's default 1 s to show.
    await expect.poll(() => before.getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
    await expect.poll(() => canvasData(page, 'compareShown')).toBe('before');
    expect(await canvasData(page, 'changeLabels')).toMatch(/Eastern Mediterranean: −\d+%/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/atlas-compare-phone-before.png`, fullPage: false });
    // Keyboard: the focused toggle flips with the arrow keys, and Enter presses a button.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('#atlas-compare-after', 'aria-pressed')).toBe('true');
    await expect.poll(() => canvasData(page, 'compareShown')).toBe('after');
    await page.focus('#atlas-compare-before');
    await page.keyboard.press('Enter');
    await expect.poll(() => canvasData(page, 'compareShown')).toBe('before');
    await page.close();
  });

  it("before the map loads, a measure's shift link shows the build-time compare picture; other windows do not", async () => {
    const { page, pageErrors } = await session.open('/measures/eu-turkey-statement/');
    // On a touch screen, so the map does not load by itself while the static pictures are checked.
    await asTouchScreen(page);
    const href = (await page.locator('[data-window-panel="12"] [data-shift-map-link]').getAttribute('href'))!;
    await page.goto(new URL(href, session.baseUrl).href, { waitUntil: 'load' });
    const staticMap = page.locator('#atlas-static-map');
    // Nothing reached for the map: what shows is the static picture of the comparison, both widths and labels.
    await expect.poll(() => staticMap.getAttribute('data-compare')).toBe('eu-turkey-statement');
    expect(await page.getAttribute('#atlas', 'data-map')).toBe('static');
    const base = staticMap.locator('[data-static-base]');
    expect(await base.getAttribute('data-src')).toBe('/atlas/static/compare/eu-turkey-statement.svg');
    expect(await base.locator('svg [data-change-label]').count()).toBeGreaterThan(0);
    expect(await staticMap.locator('[data-static-incidents]').isHidden()).toBe(true);
    const svg = await page.evaluate(
      (src) => fetch(src).then((r) => r.text()),
      '/atlas/static/compare/eu-turkey-statement.svg',
    );
    expect(svg).toMatch(/data-change-label="eastern-mediterranean"[^>]*>−\d+%</);
    const caption = await page.locator('#atlas-static-caption').textContent();
    expect(caption).toContain('Static map of the comparison');
    expect(caption).toContain('March 2015 – February 2016');
    expect(await page.locator('#atlas-summary-text').textContent()).toContain('with March 2015 – February 2016');
    await staticMap.screenshot({ path: `${SCREENSHOT_DIR}/atlas-static-compare.png` });
    // Windows no picture was drawn for: the nearest single window, and a caption that says so.
    await page.goto(new URL(`/atlas/${COMPARE}`, session.baseUrl).href, { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('#atlas-static-caption').textContent())
      .toContain('not the comparison with April 2015 – March 2016');
    expect(await staticMap.getAttribute('data-compare')).toBeFalsy();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('on a phone, the static picture follows the before/after toggle before the map arrives', async () => {
    const { page: measurePage } = await session.open('/measures/eu-turkey-statement/');
    const href = (await measurePage.locator('[data-window-panel="12"] [data-shift-map-link]').getAttribute('href'))!;
    await measurePage.close();
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(new URL(href, session.baseUrl).href, { waitUntil: 'load' });
    const staticMap = page.locator('#atlas-static-map');
    await expect.poll(() => staticMap.getAttribute('data-compare')).toBe('eu-turkey-statement');
    // Per window's lines of the Eastern Mediterranean route: whether each is drawn (display, not visibility: the
    // WebGL map, once it arrives, hides the whole static map).
    const drawn = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('#atlas-static-map [data-route-id="eastern-mediterranean"] [data-window]')].map(
            (el) => [el.getAttribute('data-window'), getComputedStyle(el).display !== 'none'],
          ),
        ),
      );
    expect(await staticMap.getAttribute('data-compare-shown')).toBe('after');
    expect(await drawn()).toEqual({ 'reference-band': false, current: true, reference: false });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/atlas-static-compare-phone-after.png` });
    await page.locator('#atlas-compare-before').click();
    await expect.poll(() => staticMap.getAttribute('data-compare-shown')).toBe('before');
    expect(await drawn()).toEqual({ 'reference-band': false, current: false, reference: true });
    expect(await page.locator('#atlas-static-caption').textContent()).toContain(
      'before: detections per month on each route in March 2015 – February 2016',
    );
    await page.close();
  });

  it('a measure page opens the atlas on its before/after windows for the chosen length', async () => {
    const { page } = await session.open('/measures/eu-turkey-statement/?window=24');
    const link = page.locator('[data-window-panel="24"] [data-shift-map-link]');
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/\/atlas\//);
    // The inputs are written at build time with the default window: the script sets them from the link.
    await expect.poll(() => page.inputValue('#atlas-from'), { timeout: 20_000 }).toBe('2016-04');
    expect(await page.inputValue('#atlas-to')).toBe('2018-03');
    expect(await page.locator('#atlas-compare-words').textContent()).toBe(
      'Reference window: March 2014 – February 2016',
    );
    expect(await page.locator('#atlas-summary-text').textContent()).toContain('with March 2014 – February 2016');
    await page.close();
  });
});

/**
 * Runs in the page: every text drawn in the static map's visible pictures, with its size on screen in CSS px:
 * inline SVG text by its computed size times the scale its SVG draws it at; a picture in an <img> (drawn
 * `object-fit: contain`) read from its file.
 */
async function staticMapTextSizes(selector: string): Promise<{ text: string; sizePx: number }[]> {
  const root = document.querySelector(selector)!;
  const sizes: { text: string; sizePx: number }[] = [];
  for (const text of root.querySelectorAll<SVGTextElement>('svg text')) {
    if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
    const scale = text.getScreenCTM()!.a;
    sizes.push({ text: text.textContent, sizePx: parseFloat(getComputedStyle(text).fontSize) * scale });
  }
  for (const img of root.querySelectorAll<HTMLImageElement>('img')) {
    if (!img.checkVisibility() || !img.getAttribute('src')) continue;
    const doc = new DOMParser().parseFromString(await (await fetch(img.src)).text(), 'image/svg+xml');
    const [, , widthPx, heightPx] = doc.documentElement.getAttribute('viewBox')!.split(' ').map(Number);
    const scale = Math.min(img.clientWidth / widthPx!, img.clientHeight / heightPx!);
    for (const text of doc.querySelectorAll('text')) {
      const sized = text.closest('[font-size]');
      sizes.push({ text: text.textContent ?? '', sizePx: Number(sized?.getAttribute('font-size') ?? 16) * scale });
    }
  }
  return sizes;
}

describe('atlas static map text', () => {
  // Phones (320, 360, 390), a tablet, a laptop and a wide screen; the single-window picture (inline in the page), a
  // quick view's picture and a measure's compare picture.
  const widths = [320, 360, 390, 800, 1280, 1400];
  let compareSearch = '';
  beforeAll(async () => {
    const { page } = await session.open('/measures/eu-turkey-statement/');
    compareSearch = new URL(
      (await page.locator('[data-window-panel="12"] [data-shift-map-link]').getAttribute('href'))!,
      session.baseUrl,
    ).search;
    await page.close();
  });

  it.each(widths)('is at least 11 CSS px at %i px, before the map loads', async (widthPx) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: widthPx, height: widthPx < 640 ? 844 : 900 });
    // A touch screen at every width: at a desk (wide, with a mouse) the map would load by itself on idle.
    await asTouchScreen(page);
    const views = [
      { search: '', shown: '[data-region="all"]' },
      { search: '?c=14,35,5.3', shown: '[data-region="central-mediterranean"]' },
      { search: compareSearch, shown: '[data-compare="eu-turkey-statement"]' },
    ];
    for (const { search, shown } of views) {
      await page.goto(new URL(`/atlas/${search}`, session.baseUrl).href, { waitUntil: 'load' });
      await page.waitForSelector(`#atlas-static-map${shown}`);
      await page.waitForLoadState('networkidle');
      // One text layer drawn per picture, the one written for the width the picture takes (a fetched picture lies
      // over the page's own, which stays under it).
      const layersShown = await page.evaluate(
        () =>
          [...document.querySelectorAll('#atlas-static-map .static-text')].filter(
            (el) => el.closest('[hidden]') === null && getComputedStyle(el).display !== 'none',
          ).length,
      );
      expect(layersShown, `${search}: text layers shown`).toBe(search === '' ? 1 : 2);
      const sizes = await page.evaluate(staticMapTextSizes, '#atlas-static-map');
      expect(sizes.length, `${search}: texts drawn`).toBeGreaterThan(0);
      const small = sizes.filter((s) => s.sizePx < 11 - 0.05).map((s) => `${s.text} ${s.sizePx.toFixed(1)} px`);
      expect(small, `${search || 'default view'} at ${widthPx} px`).toEqual([]);
    }
    await page.close();
  });

  it.each([360, 1280])("is at least 11 CSS px in a measure page's shift map at %i px", async (widthPx) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: widthPx, height: 900 });
    await page.goto(new URL('/measures/eu-turkey-statement/', session.baseUrl).href, { waitUntil: 'load' });
    const sizes = await page.evaluate(staticMapTextSizes, '[data-window-panel="12"] .shift-map');
    expect(sizes.filter((s) => s.text.includes('%')).length).toBeGreaterThan(1);
    expect(sizes.filter((s) => s.sizePx < 11 - 0.05).map((s) => `${s.text} ${s.sizePx.toFixed(1)} px`)).toEqual([]);
    await page.close();
  });
});
