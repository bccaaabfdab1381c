// Measure pages, the measures list and the timelines, against the built site.
import { NARROW_DRAWING_PX } from '../../src/charts/figures/chartPair.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getSiteData } from '../../src/lib/io/siteData.ts';
import { SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';

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

describe('a measure page', () => {
  it('shows what the measure was, its shift card and its charts', async () => {
    const { page, pageErrors } = await session.open('/measures/eu-turkey-statement/');
    expect(await page.locator('h1').textContent()).toBe('EU-Turkey Statement');
    const card = page.locator('[data-window-panel="12"]');
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator('tbody tr').count()).toBe(7);
    expect(await card.locator('tbody tr').first().locator('th').textContent()).toContain('Eastern Mediterranean');
    expect(await card.locator('.shift-text').textContent()).toMatch(
      /Detections on the Eastern Mediterranean route fell by \d+% in the 12 months after/,
    );
    expect(await page.locator('.note').first().textContent()).toContain('not proof that the measure caused it');
    // The Atlantic route had fewer than 1,000 detections in each window: its rates are marked, as in the charts.
    const atlantic = card.locator('tbody tr', { hasText: 'Atlantic' });
    expect(await atlantic.locator('td').nth(5).textContent()).toMatch(/^\d+\.\d\*$/);
    expect(
      await card.locator('tbody tr', { hasText: 'Central Mediterranean' }).locator('td').nth(5).textContent(),
    ).toMatch(/^\d+\.\d$/);
    expect(await card.locator('caption').textContent()).toContain('fewer than 1,000 detections in the window');
    expect(await page.locator('#chart-detections .wide svg[role="group"]').count()).toBe(1);
    expect(await page.locator('#chart-deaths .wide svg[role="group"]').count()).toBe(1);
    expect(await page.locator('#chart-rates .wide svg[role="group"]').count()).toBe(1);
    // Quarterly rates over the two years either side of March 2016: 2014-Q2 to 2018-Q1, nothing outside.
    const rateRows = await page.locator('#chart-rates tbody th').allTextContents();
    expect(rateRows[0]).toBe('2014-Q2');
    expect(rateRows.at(-1)).toBe('2018-Q1');
    for (const rel of await page.locator('.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) {
      expect(rel).toBe('noopener noreferrer');
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/measure-eu-turkey-statement.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('shows each chart drawn for a phone’s width on a narrow screen, without script', async () => {
    const { page } = await session.open('/measures/eu-turkey-statement/');
    const wide = page.locator('#chart-deaths .wide svg');
    const narrow = page.locator('#chart-deaths .narrow svg');
    expect([await wide.isVisible(), await narrow.isVisible()]).toEqual([true, false]);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => narrow.isVisible()).toBe(true);
    expect(await wide.isVisible()).toBe(false);
    expect(await narrow.getAttribute('viewBox')).toBe(`0 0 ${NARROW_DRAWING_PX} 280`);
    await page.close();
  });

  it('switches the window between 6, 12 and 24 months', async () => {
    const { page } = await session.open('/measures/eu-turkey-statement/');
    // The windows are links to the page built for each (the no-JavaScript test follows them without script).
    await page.click('[data-window="24"]');
    await page.waitForURL((url) => url.pathname === '/measures/eu-turkey-statement/24/');
    expect(await page.locator('[data-window-panel="24"]').isVisible()).toBe(true);
    expect(await page.locator('[data-window-panel="12"]').isVisible()).toBe(false);
    expect(await page.locator('[data-window-panel="24"] .shift-text').textContent()).toContain(
      'in the 24 months after',
    );
    // The embed code follows the window.
    await openShareTab(page, 'Embed');
    await expect
      .poll(() => page.locator('[data-embed-code] textarea').inputValue())
      .toContain('/embed/measures/eu-turkey-statement/?window=24"');
    await page.click('[data-window="12"]');
    await page.waitForURL((url) => url.pathname === '/measures/eu-turkey-statement/');
    expect(await page.locator('[data-window-panel="12"]').isVisible()).toBe(true);
    await page.close();

    // The query form is still read on the default page, and the embed code carries it.
    const linked = await session.open('/measures/eu-turkey-statement/?window=6');
    expect(await linked.page.locator('[data-window-panel="6"]').isVisible()).toBe(true);
    expect(await linked.page.locator('[data-window-panel="12"]').isVisible()).toBe(false);
    expect(await linked.page.locator('[data-window="6"]').getAttribute('aria-current')).toBe('page');
    expect(await linked.page.locator('[data-window="12"]').getAttribute('aria-current')).toBeNull();
    await openShareTab(linked.page, 'Embed');
    await expect
      .poll(() => linked.page.locator('[data-embed-code] textarea').inputValue())
      .toContain('/embed/measures/eu-turkey-statement/?window=6"');
    await linked.page.close();
  });

  it('has an embeddable before/after card that opens on the linked window', async () => {
    const { page, pageErrors } = await session.open('/embed/measures/eu-turkey-statement/?window=24');
    expect(await page.locator('h1').textContent()).toBe('EU-Turkey Statement');
    expect(await page.locator('[data-window-panel="24"]').isVisible()).toBe(true);
    expect(await page.locator('[data-window-panel="24"] tbody tr').count()).toBe(7);
    expect(await page.locator('nav').count()).toBe(0);
    expect(await page.locator('.note').textContent()).toContain('not proof that the measure caused it');
    const back = page.locator('a[data-full-view]');
    await back.focus();
    expect(await back.getAttribute('href')).toBe('/measures/eu-turkey-statement/?window=24');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('has a page for every measure in the data', async () => {
    const { page } = await session.open('/measures/');
    const links = await page.locator('.measure-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(
      getSiteData()
        .measures.map((m) => `/measures/${m.id}/`)
        .sort(),
    );
    for (const href of links.slice(0, 5))
      expect((await page.request.get(new URL(href!, session.baseUrl).href)).status()).toBe(200);
    await page.close();
  });
});

describe('the measures list', () => {
  it('filters by region and type, and keeps the filter in the URL', async () => {
    const { page } = await session.open('/measures/');
    const total = await page.locator('.measure-list li').count();
    await page.selectOption('[data-filter="region"]', 'sahel-agadez');
    const sahel = await page.locator('.measure-list li:not([hidden])').count();
    expect(sahel).toBeGreaterThan(0);
    expect(sahel).toBeLessThan(total);
    expect(await param(page, 'region')).toBe('sahel-agadez');
    const expected = getSiteData().measures.filter((m) => m.regions.includes('sahel-agadez')).length;
    expect(sahel).toBe(expected);
    await page.close();
    const again = await session.open('/measures/?region=sahel-agadez&type=<script>');
    expect(await again.page.locator('.measure-list li:not([hidden])').count()).toBe(expected);
    expect(await again.page.inputValue('[data-filter="type"]')).toBe('');
    await again.page.close();
  });
});

describe('timelines', () => {
  it('re-renders a chart per year and per route, and keeps the view in the URL', async () => {
    const { page, pageErrors } = await session.open('/timelines/');
    const figure = page.locator('#detections');
    // The build's three drawings (900, 560, 288 px) are in the page; at 1280 px the widest alone shows.
    expect(await figure.locator('[data-chart-svgs] svg:visible').count()).toBe(1);
    await figure.locator('[data-view-value="year"]').click();
    await expect.poll(() => figure.getAttribute('data-view')).toBe('year,linear,combined');
    await figure.locator('[data-view-value="multiples"]').click();
    await expect.poll(() => figure.locator('svg').count()).toBe(6);
    expect(await param(page, 'detections')).toBe('year,linear,multiples');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/timelines-multiples.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
    await page.close();

    const linked = await session.open('/timelines/?detections=year,log,multiples');
    await expect.poll(() => linked.page.locator('#detections svg').count()).toBe(6);
    expect(await linked.page.locator('#detections [data-view-value="log"]').getAttribute('aria-pressed')).toBe('true');
    await linked.page.close();
  });

  it('shows deaths per 1,000 detections by year or by quarter, and ignores a monthly rate in a link', async () => {
    const { page, pageErrors } = await session.open('/timelines/');
    const figure = page.locator('#rates');
    expect(await figure.getAttribute('data-view')).toBe('year,linear,combined');
    expect(await figure.locator('[data-view-value="month"]').count()).toBe(0);
    const firstRow = () => figure.locator('[data-chart-table] tbody th').first().textContent();
    expect(await firstRow()).toMatch(/^\d{4}$/);
    await figure.locator('[data-view-value="quarter"]').click();
    await expect.poll(firstRow).toMatch(/^\d{4}-Q[1-4]$/);
    expect(await param(page, 'rates')).toBe('quarter,linear,combined');
    expect(await figure.locator('[data-chart-summary]').textContent()).toMatch(
      /route-quarters with fewer than 1,000 detections are not plotted/,
    );
    expect(pageErrors).toEqual([]);
    await page.close();

    const linked = await session.open('/timelines/?rates=month,log');
    await expect.poll(() => linked.page.locator('#rates').getAttribute('data-view')).toBe('year,log,combined');
    await linked.page.close();
  });

  it('redraws the route charts at a phone’s width, so their text keeps its size', async () => {
    const { page, pageErrors } = await session.open('/timelines/');
    const figure = page.locator('#detections');
    expect(await figure.locator('svg').first().getAttribute('viewBox')).toBe('0 0 900 360');
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => figure.getAttribute('data-width-px')).toMatch(/^\d+$/);
    const widthPx = Number(await figure.getAttribute('data-width-px'));
    expect(widthPx).toBeLessThan(375);
    expect(await figure.locator('svg').first().getAttribute('viewBox')).toBe(`0 0 ${widthPx} 300`);
    // Direct labels use the short route names; the summary keeps the full ones.
    expect(await figure.locator('svg').first().textContent()).toContain('C. Med');
    expect(await figure.locator('[data-chart-summary]').textContent()).toContain('Eastern Mediterranean');
    // Back on a wide screen, the full drawing returns.
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => figure.getAttribute('data-width-px')).toBe('900');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lets the keyboard reach measure markers on the time axis', async () => {
    const { page } = await session.open('/timelines/');
    let reachedMarker = false;
    for (let i = 0; i < 60 && !reachedMarker; i++) {
      await page.keyboard.press('Tab');
      reachedMarker = await page.evaluate(() => Boolean(document.activeElement?.closest('.chart-events')));
    }
    expect(reachedMarker).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/measures\/[a-z0-9-]+\/$/);
    await page.close();
  });

  it('shows every chart’s data as a table on request', async () => {
    const { page } = await session.open('/timelines/');
    const details = page.locator('#rates details', { hasText: 'Show the data as a table' });
    expect(await details.locator('table').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('table').isVisible()).toBe(true);
    expect(await details.locator('tbody tr').count()).toBeGreaterThan(5);
    await page.close();
  });
});
