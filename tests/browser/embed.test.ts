// Embeds: chart and atlas views made to be framed by other sites, with the code to do it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { foreignRequests, startSession, type Session } from './setup/browser.ts';

/** Opens the view's "Share, embed, download" panel on the given tab. */
async function openShareTab(scope: Page | Locator, tab: string): Promise<void> {
  const panel = scope.locator('details[data-share]').first();
  await panel.locator('summary').first().click();
  await panel.getByRole('tab', { name: tab, exact: true }).click();
}

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
const embedCode = (page: Page, scope: string) => page.locator(`${scope} [data-embed-code] textarea`).inputValue();

describe('chart embeds', () => {
  it('a route chart embed on a phone moves nothing when its script redraws the chart and shows its controls', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.layoutShift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('/embed/timelines/rates/', session.baseUrl).href);
    // The build draws at 900 px; on a phone the script redraws at the column's width.
    await page.waitForFunction(() => {
      const svg = document.querySelector('[data-chart-svgs] svg');
      return svg !== null && !svg.getAttribute('viewBox')!.startsWith('0 0 900 ');
    });
    expect(await page.locator('[data-view-controls]').isVisible()).toBe(true);
    // The redraw replaces the build's three drawings (900, 560 and 288 px): one is left.
    expect(await page.locator('#rates [data-chart-svgs] svg').count()).toBe(1);
    await page.waitForTimeout(300);
    // Was 0.175 (controls revealed above the chart, then a taller redraw): the room is kept from the first paint.
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.02);
    await page.close();
  });

  it('a route chart embed ships its full drawing without per-point tooltips and its script draws them in', async () => {
    const served = await (await fetch(new URL('/embed/timelines/detections/', session.baseUrl))).text();
    const wide = served.match(/<div class="drawing wide"[\s\S]*?<\/div>/)![0];
    expect(wide).toContain('<path');
    expect(wide).not.toContain('chart-point');
    // The timelines page keeps them in its build drawing: only the embed leaves them to its script.
    const page = await (await fetch(new URL('/timelines/', session.baseUrl))).text();
    expect(page).toContain('chart-point');
    const { page: embed } = await session.open('/embed/timelines/detections/');
    await expect
      .poll(() => embed.locator('#detections [data-chart-svgs] svg .chart-point').count())
      .toBeGreaterThan(100);
    expect(await embed.locator('#detections [data-chart-svgs] svg').count()).toBe(1);
    expect(await embed.locator('#detections .chart-point title').first().textContent()).toMatch(/: [\d,]+/);
    await embed.close();
  });

  it('the timelines offer embed code for the view on screen, and the embed opens that view', async () => {
    const { page } = await session.open('/timelines/');
    const figure = page.locator('#rates');
    await figure.locator('[data-view-value="quarter"]').click();
    await figure.locator('[data-view-value="log"]').click();
    await expect.poll(() => param(page, 'rates')).toBe('quarter,log,combined');
    await openShareTab(figure, 'Embed');
    await expect.poll(() => embedCode(page, '#rates')).toContain('?rates=quarter,log,combined');
    // An open box follows later changes of the view.
    await figure.locator('[data-view-value="linear"]').click();
    await expect.poll(() => embedCode(page, '#rates')).toContain('?rates=quarter,linear,combined');
    await figure.locator('[data-view-value="log"]').click();
    const code = await embedCode(page, '#rates');
    const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&');
    expect(src).toBe(`${new URL(session.baseUrl).origin}/embed/timelines/rates/?rates=quarter,log,combined`);
    expect(code).toContain('title="Deaths per 1,000 detections, Shifting Routes"');
    await page.close();

    const embed = await session.open(new URL(src).pathname + new URL(src).search);
    await expect.poll(() => embed.page.locator('#rates').getAttribute('data-view')).toBe('quarter,log,combined');
    expect(await embed.page.locator('h1').textContent()).toBe('Deaths per 1,000 detections');
    // No site navigation in an embed, and no embed code inside the embed.
    expect(await embed.page.locator('nav').count()).toBe(0);
    expect(await embed.page.locator('[data-embed-code]').count()).toBe(0);
    const back = embed.page.locator('a[data-full-view]');
    expect(await back.getAttribute('href')).toBe('/timelines/?rates=quarter,log,combined#rates');
    expect(await back.getAttribute('target')).toBe('_blank');
    expect(embed.pageErrors).toEqual([]);
    expect(foreignRequests(embed.requests, session.baseUrl)).toEqual([]);
    await embed.page.close();
  });
});

describe('a chart embed of a narrowed /timelines/', () => {
  it('carries the route and period in its code, and draws and tabulates only them', async () => {
    const { page } = await session.open('/timelines/?route=atlantic&from=2015-01&to=2016-12');
    await openShareTab(page.locator('#detections'), 'Embed');
    await expect
      .poll(() => embedCode(page, '#detections'))
      .toContain('?route=atlantic&amp;from=2015-01&amp;to=2016-12');
    const code = await embedCode(page, '#detections');
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replaceAll('&amp;', '&'));
    await page.close();

    const embed = await session.open(src.pathname + src.search);
    const figure = embed.page.locator('#detections');
    await embed.page.waitForFunction(
      () => document.querySelectorAll('#detections [data-chart-svgs] .chart-series').length === 1,
    );
    const shown = await figure.evaluate((f) => ({
      series: [...f.querySelectorAll('[data-chart-svgs] .chart-series')].map((g) => g.getAttribute('data-series')),
      rowYears: [...f.querySelectorAll('[data-chart-table] tbody th')].map((th) => /\d{4}/.exec(th.textContent!)?.[0]),
      columns: [...f.querySelectorAll('[data-chart-table] thead th')].length,
      summary: f.querySelector('[data-chart-summary]')!.textContent!,
    }));
    expect(shown.series).toEqual(['atlantic']);
    expect(new Set(shown.rowYears)).toEqual(new Set(['2015', '2016']));
    expect(shown.columns).toBe(2);
    expect(shown.summary).toContain('January 2015 – December 2016');
    expect(embed.pageErrors).toEqual([]);
    await embed.page.close();
  });
});

describe('every timelines chart', () => {
  it('offers embed code for a page that shows that chart', async () => {
    const { page } = await session.open('/timelines/');
    const figures = await page.locator('main figure').evaluateAll((nodes) =>
      nodes.map((f) => ({
        heading: f.querySelector('h3')?.textContent?.trim() ?? '',
        path: f.querySelector<HTMLElement>('[data-embed-code]')?.dataset['embedPath'] ?? null,
      })),
    );
    await page.close();
    expect(figures.length).toBeGreaterThanOrEqual(8);
    for (const figure of figures) {
      expect(figure.path, figure.heading).toMatch(/^\/embed\/timelines\/[a-z0-9-]+\/$/);
      const embed = await session.open(figure.path!);
      const h1 = (await embed.page.locator('h1').textContent())!;
      // The focus-area chart sits under its section's heading on the page and names the areas in its embed.
      expect(h1.startsWith(figure.heading), `${figure.path}: ${h1}`).toBe(true);
      expect(await embed.page.locator('main svg.chart').count()).toBeGreaterThan(0);
      expect(embed.pageErrors).toEqual([]);
      await embed.page.close();
    }
  });
});

describe('atlas embed', () => {
  it('shows the map first, restores the window from its link, and links back to the atlas', async () => {
    const { page, pageErrors } = await session.open('/embed/atlas/?from=2016-01&to=2016-12&layers=routes,incidents');
    // The controller fetches the atlas data before it applies the linked window: wait for it.
    await expect
      .poll(() => page.locator('#atlas-summary-text').textContent())
      .toContain('January 2016 – December 2016');
    // The map comes before the controls in the document, as on screen.
    const mapFirst = await page.evaluate(() => {
      const map = document.getElementById('atlas-map')!;
      const from = document.getElementById('atlas-from')!;
      return Boolean(map.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(mapFirst).toBe(true);
    await page.hover('#atlas-map');
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
    const back = page.locator('a[data-full-view]');
    await back.focus();
    expect(await back.getAttribute('href')).toBe('/atlas/?from=2016-01&to=2016-12&layers=routes,incidents');
    expect(await page.locator('[data-embed-code]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('the atlas page offers embed code that carries the window', async () => {
    const { page } = await session.open('/atlas/?from=2017-03&to=2018-02');
    // The controller listens to the inputs only once it has the atlas data: wait until it shows the window.
    await expect.poll(() => page.locator('#atlas-summary-text').textContent()).toContain('March 2017 – February 2018');
    await openShareTab(page.locator('#atlas'), 'Embed');
    await expect.poll(() => embedCode(page, '#atlas')).toContain('/embed/atlas/?from=2017-03&amp;to=2018-02');
    // Moving the window by keyboard updates the open box.
    await page.fill('#atlas-from', '2017-05');
    await page.dispatchEvent('#atlas-from', 'change');
    await expect.poll(() => embedCode(page, '#atlas')).toContain('/embed/atlas/?from=2017-05&amp;to=2018-02');
    await page.close();
  });
});

describe('framing', () => {
  it('another site may frame the embeds, and no other page', async () => {
    const origin = new URL(session.baseUrl).origin;
    // A host page on another origin (another port), like a newspaper article framing one embed and one page.
    const hostPage = `<!doctype html><title>Host</title><iframe name="embed" src="${origin}/embed/timelines/deaths/"></iframe><iframe name="page" src="${origin}/timelines/"></iframe>`;
    const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const host = await session.context.newPage();
    try {
      await host.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      const frame = (name: string) => host.frames().find((f) => f.name() === name)!;
      await expect.poll(() => frame('embed').locator('#deaths svg').count()).toBeGreaterThan(0);
      // A page refused by frame-ancestors never gets its document: the frame holds Chromium's error page.
      await expect.poll(() => frame('page').url()).toMatch(/^chrome-error:/);
      expect(await frame('page').locator('#detections').count()).toBe(0);
    } finally {
      await host.close();
      server.close();
    }
  });
});
