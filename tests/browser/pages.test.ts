// The first pages in a real browser, against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOADS, downloadByFile } from '../../src/lib/site/downloads.ts';
import { getSiteData } from '../../src/lib/io/siteData.ts';
import { formatCount } from '../../src/lib/core/format.ts';
import { SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const PAGES = ['/', '/atlas/', '/timelines/', '/measures/', '/measures/eu-turkey-statement/', '/data/', '/about/'];
const NO_JS_PAGES = ['/', '/data/', '/about/', '/measures/', '/measures/eu-turkey-statement/'];

describe.each(PAGES)('page %s', (path) => {
  it('offers a skip link as the first stop of the keyboard', async () => {
    const { page } = await session.open(path);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Skip to content', href: '#main' });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/page${path.replaceAll('/', '_')}.png`, fullPage: true });
    await page.close();
  });
});

describe('home page', () => {
  it('shows the headline figures computed from the data, with their units', async () => {
    const data = getSiteData();
    const { page } = await session.open('/');
    const card = page.locator('#route-central-mediterranean');
    const h = data.headlines.find((x) => x.routeId === 'central-mediterranean')!;
    await expect.poll(() => card.textContent()).toContain(formatCount(h.detectionsInYear!));
    const text = (await card.textContent())!;
    expect(text).toContain(formatCount(h.deadMissingInYear!));
    expect(text).toContain('detections, not people');
    expect(text).toContain('minimum estimate');
    expect(await page.locator('#route-sahel-agadez').textContent()).toContain('No Frontex series');
    // The cards' charts are drawn in the HTML (no script), each an image named by its own title and description.
    const cardCharts = await page.locator('.home-cards .card-chart svg').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        role: svg.getAttribute('role'),
        names: (svg.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? ''),
      })),
    );
    // Two per card, less the Sahel's detections (no Frontex series).
    expect(cardCharts).toHaveLength(data.routes.length * 2 - 1);
    for (const chart of cardCharts) {
      expect(chart.role).toBe('img');
      expect(
        chart.names.every((n) => n.length > 20),
        chart.names.join(' | '),
      ).toBe(true);
    }
    // Every card whose route has a story links to it.
    const storyLinks = await page.locator('.home-cards a[href^="/routes/"]').count();
    expect(storyLinks).toBe(data.routes.length - 1);
    await page.close();
  });

  it('switches between light and dark themes from the keyboard', async () => {
    const { page } = await session.open('/');
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.locator('[data-theme-toggle]').focus();
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(after).not.toBe(before);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });
});

describe('data page and downloads', () => {
  it('links every download, and each serves CSV whose rows match its sidecar', async () => {
    const { page } = await session.open('/data/');
    const links = await page.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // Every entry of the downloads registry, and nothing else.
    expect(links.map((l) => new URL(l).pathname).sort()).toEqual(DOWNLOADS.map((d) => `/downloads/${d.file}`).sort());
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const link of links) {
      const csv = await page.request.get(link);
      expect(csv.status(), link).toBe(200);
      expect(csv.headers()['content-type']).toContain('text/csv');
      const meta = (await (await page.request.get(`${link}.json`)).json()) as {
        rows: number;
        sources: { licence: string; retrieved: string }[];
        site_version: string;
      };
      const lines = (await csv.text()).trimEnd().split('\n');
      // Quoted cells may hold newlines, so compare with the sidecar only where none do.
      if (!link.endsWith('/measures.csv') && !link.endsWith('indicators.csv'))
        expect(lines.length - 1, link).toBe(meta.rows);
      expect(meta.sources[0]!.licence.length).toBeGreaterThan(10);
      expect(meta.sources[0]!.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta.site_version).toMatch(/^\d+\.\d+\.\d+\+/);
    }
    await page.close();
  });

  it('publishes the deaths table with the documented header and the same total as the site', async () => {
    const { page } = await session.open('/data/');
    const text = await (
      await page.request.get(new URL('/downloads/deaths-by-route-year.csv', session.baseUrl).href)
    ).text();
    const [header, ...rows] = text.trimEnd().split('\n');
    // The documented columns, in order; columns added later go at the end, so earlier readers keep working.
    expect(header).toBe(
      downloadByFile('deaths-by-route-year.csv')
        .columns.map((c) => c.name)
        .join(','),
    );
    expect(header!.startsWith('route_id,year,dead_missing,incidents,')).toBe(true);
    const total = rows.reduce((s, r) => s + Number(r.split(',')[2]), 0);
    expect(total).toBe(getSiteData().totals.deadMissingOnRoutes);
    await page.close();
  });

  it('shows row accounting for each upstream file', async () => {
    // The figures come from the accounts the data build wrote (data/derived/summary.json), never typed in here.
    const accounts = getSiteData().accounts;
    expect(accounts.length).toBeGreaterThan(0);
    const { page } = await session.open('/data/');
    const rows = await page.$$eval('table', (tables) =>
      tables
        .filter((t) => t.querySelector('caption')?.textContent?.includes('Rows in each upstream file') ?? false)
        .flatMap((t) => [...t.querySelectorAll('tbody tr')])
        .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
    );
    expect(rows).toEqual(
      accounts.map((a) => [a.file, formatCount(a.upstreamRows), formatCount(a.kept), formatCount(a.excluded)]),
    );
    for (const a of accounts) expect(a.kept + a.excluded).toBe(a.upstreamRows);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('home, data, about and measure pages keep their content and tables', async () => {
    const noJs = await startSession({ javaScriptEnabled: false });
    try {
      for (const path of NO_JS_PAGES) {
        const { page } = await noJs.open(path);
        expect(await page.locator('main h1').count()).toBe(1);
        expect((await page.locator('main table').count()) + (path === '/measures/' ? 1 : 0)).toBeGreaterThan(0);
        expect(await page.locator('main').textContent()).not.toContain('undefined');
        await page.close();
      }
    } finally {
      await noJs.close();
    }
  });
});
