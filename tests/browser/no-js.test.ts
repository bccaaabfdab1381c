// With JavaScript off: one page of every template shows no control that does nothing (controls that need a
// script are hidden; what remains are links, or fields of a form that submits to a real page), the measure
// windows are reachable as pages, and the atlas says its map is a static one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';
import { chartTextProblems, MIN_CHART_TEXT_PX, scrollsSideways, visibleRouteChartDrawings } from './setup/chartText.ts';
import { ATLAS_IDS } from '../../src/lib/atlas/elementIds.ts';
import { SHIFT_WINDOWS, measureWindowPath } from '../../src/lib/measures/shifts.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession({ javaScriptEnabled: false });
});
afterAll(async () => session?.close());

const sitemapPaths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!).pathname,
);

/** The template a path is built from: its section (two levels under /embed/) and its depth. */
function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const kept = segments[0] === 'embed' ? 2 : 1;
  return [...segments.slice(0, kept), ...segments.slice(kept).map(() => '*')].join('/');
}

// One page per template, found in the sitemap, so a template added later is covered without a list to keep.
const onePerTemplate = [...new Map(sitemapPaths.map((p) => [templateOf(p), p] as const).reverse()).values()].sort();

/** Visible buttons, selects and inputs, each with the form it would submit, if any. */
function visibleControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input:not([type="hidden"])')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => {
        const form = el.closest('form');
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return {
          control: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${label.slice(0, 40)}"`,
          action: form?.getAttribute('action') ? form.action : null,
        };
      }),
  );
}

describe('without JavaScript', () => {
  it('covers the templates it was written for', () => {
    for (const template of ['', 'atlas', 'timelines', 'measures', 'measures/*', 'data', 'about', 'embed/atlas'])
      expect(onePerTemplate.map(templateOf)).toContain(template);
    expect(onePerTemplate.some((p) => p.startsWith('/embed/measures/'))).toBe(true);
    expect(onePerTemplate.some((p) => p.startsWith('/embed/timelines/'))).toBe(true);
  });

  it.each(onePerTemplate)('%s shows no control that does nothing', async (path) => {
    const { page } = await session.open(path);
    for (const { control, action } of await visibleControls(page)) {
      // The only controls allowed on screen are those of a form that submits to a page of the site.
      expect(action, `${control} is visible but belongs to no form`).not.toBeNull();
      const response = await page.request.get(action!);
      expect(response.status(), `${control} submits to ${action}`).toBe(200);
    }
    await page.close();
  });

  it('a route chart embed says its drawing is of every route and the whole period, whatever its link asks', async () => {
    const { page } = await session.open(
      '/embed/timelines/detections/?route=central-mediterranean&from=2016-01&to=2018-12',
    );
    const notes = page.locator('[data-narrowing-note]:visible');
    expect(await notes.count()).toBe(1);
    expect(await notes.textContent()).toMatch(
      /^This drawing shows every route, January 20\d\d – \w+ 20\d\d\. A route or period named in this view's link \(route=, from=, to=\) is applied only with JavaScript\.$/,
    );
    await page.close();
  });

  it('/timelines/ on a 360 px phone shows each route chart once, drawn for its column: text at least 11 px', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(new URL('/timelines/', session.baseUrl).href, { waitUntil: 'load' });
    const drawings = await page.evaluate(visibleRouteChartDrawings);
    expect(drawings.map((d) => d.chart)).toEqual(['detections', 'deaths', 'rates']);
    for (const d of drawings) expect(d.visible, `${d.chart} drawings`).toBe(1);
    const problems = await page.evaluate(chartTextProblems, MIN_CHART_TEXT_PX);
    expect(problems.small, 'text under 11 px').toEqual([]);
    expect(problems.outside, 'text outside its SVG').toEqual([]);
    expect(await page.evaluate(scrollsSideways), 'page scrolls sideways').toBe(false);
    await page.close();
  });

  it('reaches every window of a measure through links to pages that show it', async () => {
    const id = 'eu-turkey-statement';
    const { page } = await session.open(measureWindowPath(id, 12));
    for (const n of SHIFT_WINDOWS) {
      await page.locator(`[data-window-choice] [data-window="${n}"]`).click();
      await page.waitForURL((url) => url.pathname === measureWindowPath(id, n));
      const panel = page.locator(`[data-window-panel="${n}"]`);
      expect(await panel.isVisible(), `${n}-month card`).toBe(true);
      expect(await page.locator('[data-window-panel]:visible').count()).toBe(1);
      expect(await panel.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await panel.locator('.shift-text').textContent()).toContain(`in the ${n} months after`);
      expect(await page.locator(`[data-window="${n}"]`).getAttribute('aria-current')).toBe('page');
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
        new RegExp(`${measureWindowPath(id, n)}$`),
      );
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/no-js-measure-24.png`, fullPage: true });
    await page.close();
  });

  it("hides a measure's link to the atlas comparison, which needs a script, and says where the comparison is drawn", async () => {
    const { page } = await session.open('/measures/eu-turkey-statement/');
    const panel = page.locator('[data-window-panel="12"]');
    expect(await panel.locator('[data-shift-map-link]').isVisible()).toBe(false);
    expect(await panel.locator('.see-on-map').innerText()).toMatch(
      /The atlas opens this comparison \(April 2016 – March 2017 with March 2015 – February 2016\) only with JavaScript; the map below draws it\./,
    );
    expect(await panel.locator('.shift-map svg [data-change-label]:visible').count()).toBeGreaterThan(1);
    await page.close();
  });

  it('says the atlas map is static, and that a window or comparison in a link needs a script', async () => {
    const { page } = await session.open('/atlas/?from=2016-04&to=2017-03&vs=2015-04..2016-03');
    const status = await page.locator(`#${ATLAS_IDS.mapStatus}`).innerText();
    expect(status).toMatch(/static map/i);
    expect(status).toMatch(/comparison \(from, to, vs in its address\) opens it only with JavaScript/);
    expect(await page.locator(`#${ATLAS_IDS.mapStatus} a[href="/measures/"]`).isVisible()).toBe(true);
    // innerText is what is rendered: text hidden without JavaScript does not count.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/interactive map|point at it|choose a time window|select a route/i);
    expect(await page.locator('.static-map svg.static-map-svg').isVisible()).toBe(true);
    // Nor do its names: the map and the timeline are no keyboard stops and promise no keys or dragging.
    const stops = await page
      .locator(`#${ATLAS_IDS.map}, #${ATLAS_IDS.brush}`)
      .evaluateAll((els) =>
        els.map((el) => ({ tab: (el as HTMLElement).tabIndex, name: el.getAttribute('aria-label') })),
      );
    expect(stops).toHaveLength(2);
    for (const stop of stops) {
      expect(stop.tab).toBe(-1);
      expect(stop.name).not.toMatch(/arrow|drag|keyboard/i);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/no-js-atlas.png`, fullPage: true });
    await page.close();
  });
});
