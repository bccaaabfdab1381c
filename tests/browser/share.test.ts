// "Share, embed, download": on one page per view type, the panel works by keyboard, its image and data code
// loads only when asked, the PNG is the SVG at twice its pixels, and the CSV holds exactly the view's table.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startSession, type Session } from './setup/browser.ts';
import { seriousViolations } from './setup/axe.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const DOWNLOAD_CODE = /\/_astro\/(exportImage|exportData|viewData)\.[\w-]+\.js$/;

async function download(page: Page, panel: Locator, format: 'png' | 'svg' | 'csv'): Promise<Buffer> {
  const event = page.waitForEvent('download');
  await panel.locator(`[data-share-download="${format}"]`).click();
  return readFileSync(await (await event).path());
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({
  signature: png.subarray(1, 4).toString('ascii'),
  widthPx: png.readUInt32BE(16),
  heightPx: png.readUInt32BE(20),
});

/** The CSV's data lines (comments dropped) as cells, quotes undone (RFC 4180). */
function csvRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += c;
      }
      return [...cells, cell];
    });
}

/** The table as the reader sees it: each row's cells, whitespace collapsed. */
function tableCells(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

const plain = (cell: string) => cell.replace(' (not plotted)', '').replace(/\*$/, '').replaceAll(',', '');

describe('share panel', () => {
  it('on a timelines chart: keyboard tabs, lazy download code, PNG at 2×, SVG with title and sources, CSV = table', async () => {
    const { page, requests, pageErrors } = await session.open('/timelines/');
    const figure = page.locator('#rates');
    await figure.locator('[data-view-value="quarter"]').click();
    await expect.poll(() => figure.getAttribute('data-view')).toBe('quarter,linear,combined');
    const panel = figure.locator('details[data-share]');
    // Keyboard: open the panel, move along the tabs with the arrow keys and End.
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await panel.getByRole('tab', { name: 'Link' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.getByRole('tab', { name: 'Embed' }).getAttribute('aria-selected')).toBe('true');
    expect(await panel.locator('[role="tabpanel"]:visible').getAttribute('aria-labelledby')).toBe(
      'share-rates-tab-embed',
    );
    await page.keyboard.press('End');
    const dataTab = panel.getByRole('tab', { name: 'Data' });
    expect(await dataTab.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Data');
    expect(await panel.getByRole('tab', { name: 'Link' }).getAttribute('tabindex')).toBe('-1');
    expect(requests.filter((url) => DOWNLOAD_CODE.test(url))).toEqual([]);

    // The CSV: the table's rows, values without separators, the low-count rule as columns.
    const csv = (await download(page, panel, 'csv')).toString('utf8');
    expect(requests.some((url) => /exportData\./.test(url))).toBe(true);
    expect(csv).toMatch(/^# Deaths per 1,000 detections\n# Source: European Border and Coast Guard Agency/);
    expect(csv).toContain('/data/\n');
    const [headers, ...rows] = csvRows(csv);
    const table = await tableCells(page, '#rates [data-chart-table]');
    expect(rows[0]![0]).toMatch(/^\d{4}-Q[1-4]$/);
    expect(rows.map((r) => r[0])).toEqual(table.map((r) => r[0]));
    const valueColumns = headers!.map((h, j) => (h.includes(': not plotted') ? -1 : j)).filter((j) => j >= 0);
    expect(valueColumns).toHaveLength(table[0]!.length);
    rows.forEach((row, i) => {
      valueColumns.forEach((j, k) => {
        const cell = table[i]![k]!;
        expect(row[j]).toBe(cell === '–' ? '' : plain(cell));
        const flag = headers![j + 1]?.includes(': not plotted') ? row[j + 1] : '';
        expect(flag).toBe(cell.endsWith('(not plotted)') ? 'yes' : '');
      });
    });
    expect(csv).toContain(': not plotted (fewer than 1,000 detections)');

    // Image: the SVG is valid, names the view and its sources; the PNG is that SVG at twice its size.
    await panel.getByRole('tab', { name: 'Image' }).click();
    const svg = (await download(page, panel, 'svg')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror') !== null,
        tag: root.tagName,
        widthPx: Number(root.getAttribute('width')),
        heightPx: Number(root.getAttribute('height')),
        innerWidthPx: Number(root.querySelector('svg')?.getAttribute('width')),
        text: root.textContent,
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.tag).toBe('svg');
    expect(parsed.text).toContain('Deaths per 1,000 detections');
    expect(parsed.text).toContain('International Organization for Migration (IOM)');
    expect(parsed.text).toContain('Shifting Routes · version');
    expect(svg).toContain('font-family="system-ui');
    const chartWidthPx = await figure
      .locator('[data-chart-svgs] svg')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(parsed.innerWidthPx).toBe(Math.round(chartWidthPx));
    const png = pngSize(await download(page, panel, 'png'));
    expect(png).toEqual({ signature: 'PNG', widthPx: 2 * parsed.widthPx, heightPx: 2 * parsed.heightPx });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("on a measure's card: the CSV holds the window's table with its markers as columns, and a citation", async () => {
    const { page, pageErrors } = await session.open('/measures/eu-turkey-statement/24/');
    const panel = page.locator('[data-shift] details[data-share]');
    await panel.locator('summary').click();
    const cite = await panel.locator('[data-share-cite="text"]').inputValue();
    expect(cite).toContain('Before and after: EU-Turkey Statement [Data visualization]');
    expect(cite).toMatch(/Retrieved \d{1,2} \w+ 20\d\d, from https?:\/\/[^ ]+\/measures\/eu-turkey-statement\/24\/\./);
    expect(cite).toContain('data as of 3 June 2025');
    expect(await panel.locator('[data-share-cite="bibtex"]').inputValue()).toMatch(/^@misc\{shiftingroutes\d{4}before/);
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('tab', { name: 'Data' }).click();
    const [headers, ...rows] = csvRows((await download(page, panel, 'csv')).toString('utf8'));
    const table = await tableCells(page, '[data-window-panel="24"]');
    expect(headers!.slice(0, 2)).toEqual(['Route', 'targeted']);
    expect(headers![2]).toMatch(/^Detections\b.*before$/);
    expect(rows).toHaveLength(table.length);
    rows.forEach((row, i) => {
      expect(table[i]![0]!.startsWith(row[0]!)).toBe(true);
      expect(row[1]).toBe(table[i]![0]!.includes('targeted') ? 'yes' : '');
      expect(row[2]).toBe(plain(table[i]![1]!));
    });
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('on the atlas: the PNG of the static map is twice the SVG, with the window as subtitle', async () => {
    const { page, pageErrors } = await session.open('/atlas/?from=2017-03&to=2018-02');
    await expect.poll(() => page.locator('#atlas-summary-text').textContent()).toContain('March 2017 – February 2018');
    const panel = page.locator('#atlas details[data-share]');
    await panel.locator('summary').click();
    await panel.getByRole('tab', { name: 'Image' }).click();
    const svg = (await download(page, panel, 'svg')).toString('utf8');
    expect(svg).toContain('>March 2017 – February 2018</text>');
    // The view's data layers, not the bare base picture: incidents as circles, and a legend with the units.
    expect(svg.match(/<circle /g)?.length ?? 0).toBeGreaterThan(50);
    expect(svg).toContain('minimum estimate');
    expect(svg).toContain('detections, not people');
    const root = /^<svg[^>]*>/.exec(svg)![0];
    const widthPx = /\swidth="(\d+)"/.exec(root)![1];
    const heightPx = /\sheight="(\d+)"/.exec(root)![1];
    const png = pngSize(await download(page, panel, 'png'));
    expect(png).toEqual({ signature: 'PNG', widthPx: 2 * Number(widthPx), heightPx: 2 * Number(heightPx) });
    expect(png.widthPx).toBeGreaterThan(600);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('in a static=1 atlas embed: the image shows the picture’s incidents, its data fetched only when asked', async () => {
    // static=1 keeps the build's picture of the default window, whatever window the address names.
    const { page, pageErrors, requests } = await session.open('/embed/atlas/?static=1&from=2017-01&to=2017-12');
    await page.waitForSelector('html[data-embed-ready]');
    const shownWindow = (await page.locator('#atlas-summary-window').textContent())!.trim();
    expect(await page.locator('#atlas-static-caption').textContent()).toContain(shownWindow);
    const panel = page.locator('details[data-share]');
    await panel.locator('summary').click();
    await panel.getByRole('tab', { name: 'Image' }).click();
    expect(requests.filter((url) => url.includes('/atlas/data.json'))).toEqual([]);
    const svg = (await download(page, panel, 'svg')).toString('utf8');
    expect(svg).toContain(`>${shownWindow}</text>`);
    // Was the bare base map: the incidents of the picture are an <img> the panel cannot read.
    expect(svg.match(/<circle /g)?.length ?? 0).toBeGreaterThan(50);
    expect(svg).toContain('minimum estimate');
    const png = pngSize(await download(page, panel, 'png'));
    expect(png.signature).toBe('PNG');
    expect(png.widthPx).toBeGreaterThan(600);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
