// Embeds in an article on another site: /embed.js sizes each frame to its content at a phone's and a
// column's width, trusts only the site's own frames, and every link in an embed opens a new tab.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';
import { EMBED_MESSAGES, responsiveSnippet } from '../../src/lib/site/embed.ts';

let session: Session;
let server: Server;
let hostUrl: string;
const EMBEDS = [
  { name: 'rates', path: '/embed/timelines/rates/', heightPx: 640 },
  { name: 'card', path: '/embed/measures/eu-turkey-statement/', heightPx: 1100 },
  { name: 'map', path: '/embed/atlas/?from=2017-01&to=2017-12', heightPx: 1100 },
];

beforeAll(async () => {
  session = await startSession();
  const origin = new URL(session.baseUrl).origin;
  // The article: three responsive snippets as the embed code writes them, each with its own copy of the script.
  const snippets = EMBEDS.map((e) => responsiveSnippet(`${origin}${e.path}`, e.name, e.heightPx)).join(
    '\n<p>Text.</p>\n',
  );
  const hostPage = `<!doctype html><meta name="viewport" content="width=device-width"><title>Article</title><body style="margin:0">${snippets}</body>`;
  server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // Another origin than the site's: another port.
  hostUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server?.close();
  await session?.close();
});

async function openHost(widthPx: number): Promise<Page> {
  const host = await session.context.newPage();
  await host.setViewportSize({ width: widthPx, height: 900 });
  await host.goto(hostUrl, { waitUntil: 'load' });
  return host;
}

const frameOf = (host: Page, index: number): Frame => host.frames().filter((f) => f !== host.mainFrame())[index]!;

/** Each frame's height on the host page, its content's height and scroll extents inside it. */
async function fit(host: Page, index: number) {
  const frameHeightPx = await host
    .locator('iframe')
    .nth(index)
    .evaluate((f) => f.getBoundingClientRect().height);
  const inside = await frameOf(host, index).evaluate(() => ({
    contentPx: document.documentElement.getBoundingClientRect().height,
    scrollsDown: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
    scrollsAcross: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  }));
  return { frameHeightPx, ...inside };
}

describe('responsive embeds on a host page', () => {
  it.each([360, 700])('at %i px each frame takes its content height and nothing scrolls', async (widthPx) => {
    const host = await openHost(widthPx);
    for (let i = 0; i < EMBEDS.length; i++) {
      // Lazy frames load as they come into view.
      await host.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      await expect
        .poll(
          async () => {
            const f = await fit(host, i);
            return Math.abs(f.frameHeightPx - f.contentPx);
          },
          { timeout: 20_000 },
        )
        .toBeLessThanOrEqual(3);
      const f = await fit(host, i);
      expect(f.scrollsDown, `${EMBEDS[i]!.name} scrolls inside`).toBe(false);
      expect(f.scrollsAcross, `${EMBEDS[i]!.name} scrolls across`).toBe(false);
      // The full view link (the source line) sits inside the frame, not below it.
      const linkBottom = await frameOf(host, i)
        .locator('a[data-full-view]')
        .evaluate((a) => a.getBoundingClientRect().bottom);
      expect(linkBottom).toBeLessThanOrEqual(f.frameHeightPx);
    }
    // Frames from another origin paint only in view: one picture per frame.
    for (let i = 0; i < EMBEDS.length; i++)
      await host
        .locator('iframe')
        .nth(i)
        .screenshot({ path: `${SCREENSHOT_DIR}/embed-host-${widthPx}-${EMBEDS[i]!.name}.png` });
    await host.close();
  });

  it('ignores a height from another origin and from a window that is not one of its frames', async () => {
    const host = await openHost(700);
    const first = host.locator('iframe').first();
    await expect.poll(() => first.evaluate((f) => f.style.height), { timeout: 20_000 }).not.toBe('');
    const before = await first.evaluate((f) => f.style.height);
    // The host's own origin: not the site's.
    await host.evaluate((type) => window.postMessage({ type, heightPx: 7 }, '*'), EMBED_MESSAGES.height);
    // The site's origin, but a window the host did not frame (a pop-up of an embed).
    const [popup] = await Promise.all([
      host.waitForEvent('popup'),
      host.evaluate((url) => window.open(url), `${session.baseUrl}/embed/measures/eu-turkey-statement/`),
    ]);
    await popup.waitForLoadState('load');
    await popup.evaluate((type) => window.opener.postMessage({ type, heightPx: 9 }, '*'), EMBED_MESSAGES.height);
    await host.waitForTimeout(300);
    const heights = await host
      .locator('iframe')
      .evaluateAll((frames) => frames.map((f) => (f as HTMLElement).style.height));
    expect(heights).not.toContain('7px');
    expect(heights).not.toContain('9px');
    expect(await first.evaluate((f) => f.style.height)).toBe(before);
    await popup.close();
    await host.close();
  });
});

describe('links in an embed', () => {
  it('every link kind opens the full site in a new tab', async () => {
    const host = await openHost(700);
    const rates = frameOf(host, 0);
    await rates.waitForSelector('html[data-embed-ready] #rates svg a');
    await frameOf(host, 1).waitForSelector('html[data-embed-ready]');
    // Every link, static or drawn by a script, carries the new-tab target.
    for (const frame of [rates, frameOf(host, 1)]) {
      const links = await frame
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.target).toBe('_blank');
        expect(link.rel).toContain('noopener');
      }
    }
    // A measure triangle in the chart, and the full-view link: each opens a tab, and the frame stays.
    for (const selector of ['#rates svg a', 'a[data-full-view]']) {
      const frameUrl = rates.url();
      const [tab] = await Promise.all([host.context().waitForEvent('page'), rates.locator(selector).first().click()]);
      expect(
        new URL(tab.url() === 'about:blank' ? (await tab.waitForEvent('framenavigated')).url() : tab.url()).pathname,
      ).not.toMatch(/^\/embed\//);
      await tab.close();
      expect(rates.url()).toBe(frameUrl);
    }
    await host.close();
  });
});

describe('embed options', () => {
  it('theme=dark and plain=1 apply; the default is light', async () => {
    const light = await session.open('/embed/timelines/rates/');
    expect(await light.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    await light.page.close();
    const { page } = await session.open('/embed/measures/eu-turkey-statement/?theme=dark&plain=1');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    // The title block is gone from sight; the heading stays for screen readers.
    expect(await page.locator('[data-title-block]').first().isVisible()).toBe(false);
    expect((await page.locator('h1').boundingBox())!.height).toBeLessThanOrEqual(1);
    // The link back to the full view does not carry the frame's options.
    expect(await page.locator('a[data-full-view]').getAttribute('href')).toBe('/measures/eu-turkey-statement/');
    await page.close();
  });
});

describe('static embeds', () => {
  it('static=1 keeps the build-time drawing: the view in the address is not applied', async () => {
    const live = await session.open('/embed/timelines/rates/?rates=quarter,log,combined');
    await expect.poll(() => live.page.locator('#rates').getAttribute('data-view')).toBe('quarter,log,combined');
    await live.page.close();
    const { page, requests } = await session.open('/embed/timelines/rates/?rates=quarter,log,combined&static=1');
    await page.waitForSelector('html[data-embed-ready]');
    expect(await page.locator('#rates').getAttribute('data-view')).not.toBe('quarter,log,combined');
    // The chart data is never fetched.
    expect(requests.filter((url) => url.includes('/timelines/data.json'))).toEqual([]);
    expect(await page.locator('#rates svg.chart').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('static=1 on the map hides the atlas controls, which could not work', async () => {
    const { page } = await session.open('/embed/atlas/?static=1');
    await page.waitForSelector('html[data-embed-ready]');
    // Folded away behind "Change the view" in a live embed (see the first-paint test); gone altogether here.
    expect(await page.locator('#atlas-from').count()).toBe(1);
    expect(await page.locator('details.atlas-side').isVisible()).toBe(false);
    expect(await page.locator('#atlas-static-map').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a route chart embed narrowed by its address', () => {
  const NARROWED = '/embed/timelines/detections/?route=central-mediterranean&from=2016-01&to=2018-12';
  const NAMED = 'Detections by route: Central Mediterranean route, January 2016 – December 2018';

  it('names the route and period in its heading and title, and in the image it downloads', async () => {
    const { page, pageErrors } = await session.open(NARROWED);
    const h1 = page.locator('h1');
    await expect.poll(async () => (await h1.textContent())?.replace(/\s+/g, ' ').trim()).toBe(NAMED);
    expect(await page.title()).toBe(`${NAMED} · Shifting Routes`);
    expect(await page.locator('[data-static-narrowing-note]').isVisible()).toBe(false);
    const panel = page.locator('details[data-share]');
    await panel.locator('summary').click();
    await panel.getByRole('tab', { name: 'Image' }).click();
    const event = page.waitForEvent('download');
    await panel.locator('[data-share-download="svg"]').click();
    const svg = readFileSync(await (await event).path(), 'utf8');
    expect(svg).toContain('Central Mediterranean route, January 2016 – December 2018 · ');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('with static=1 says on screen that the drawing is of every route and the whole period', async () => {
    const { page } = await session.open(`${NARROWED}&static=1`);
    await page.waitForSelector('html[data-embed-ready]');
    const note = page.locator('[data-static-narrowing-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^This drawing shows every route, January 20\d\d – \w+ 20\d\d\./);
    expect(await note.textContent()).toContain('(Central Mediterranean route, January 2016 – December 2018)');
    expect((await page.locator('h1').textContent())?.trim()).toBe('Detections by route');
    await page.close();
    // Nothing narrowed, nothing to say.
    const plain = await session.open('/embed/timelines/detections/?static=1&detections=year,linear,combined');
    await plain.page.waitForSelector('html[data-embed-ready]');
    expect(await plain.page.locator('[data-static-narrowing-note]').isVisible()).toBe(false);
    await plain.page.close();
  });
});

describe('the map embed’s first paint', () => {
  it('shows the static map of the address’s region and window before any WebGL, with no box over it', async () => {
    const { page } = await session.open('/embed/atlas/?from=2017-01&to=2017-12&c=14,35,4.5');
    const staticMap = page.locator('#atlas-static-map');
    await expect.poll(() => staticMap.getAttribute('data-window'), { timeout: 20_000 }).toBe('2017-01/2017-12');
    expect(await staticMap.getAttribute('data-region')).toBe('central-mediterranean');
    // The WebGL map has not been made: nothing reached for it, and an embed, even a wide one, only fetches
    // the map's code and basemap ahead (while idle), never runs them by itself.
    expect(await page.locator('#atlas').getAttribute('data-map')).toBe('static');
    await page.waitForSelector('#atlas[data-idle-map="prefetch"]', { timeout: 20_000 });
    expect(await page.locator('#atlas-map-canvas canvas').count()).toBe(0);
    // The controls are folded, not gone.
    expect(await page.locator('details.atlas-side').isVisible()).toBe(true);
    // Both pictures of that view are painted, from the site's own files: the base, with its text, put in the page
    // as SVG; the incidents as an image.
    const base = staticMap.locator('[data-static-base]');
    expect(await base.getAttribute('data-src')).toBe('/atlas/static/central-mediterranean.svg');
    expect(await base.locator('svg.static-map-svg').isVisible()).toBe(true);
    const incidents = await staticMap.locator('img:not([hidden])').evaluateAll((imgs) =>
      imgs.map((img) => ({
        path: new URL((img as HTMLImageElement).src).pathname,
        w: (img as HTMLImageElement).naturalWidth,
      })),
    );
    expect(incidents.map((p) => p.path)).toEqual(['/atlas/static/central-mediterranean_2017-01_2017-12.svg']);
    expect(incidents[0]!.w).toBeGreaterThan(0);
    // The caption names the view and sits below the map, not over it.
    const caption = page.locator('#atlas-static-caption');
    expect(await caption.textContent()).toMatch(/central mediterranean, .*2017/i);
    const mapBottom = (await page.locator('#atlas-map').boundingBox())!;
    expect((await caption.boundingBox())!.y).toBeGreaterThanOrEqual(mapBottom.y + mapBottom.height - 1);
    await page.close();
  });
});

describe('every embed type fits', () => {
  const TYPES = [
    '/embed/timelines/rates/',
    '/embed/measures/eu-turkey-statement/',
    '/embed/atlas/?from=2017-01&to=2017-12&c=14,35,4.5',
    '/embed/route-card/central-mediterranean/',
    '/embed/routes/central-mediterranean/mare-nostrum/',
    '/embed/atlas/?static=1',
    '/embed/timelines/detections/?route=central-mediterranean&from=2016-01&to=2018-12&static=1',
  ];
  it.each(TYPES)('%s: no sideways scroll and no inner scrollbar at 320, 360, 700 and 1200 px', async (path) => {
    const { page } = await session.open(path);
    await page.waitForSelector('html[data-embed-ready]');
    for (const widthPx of [320, 360, 700, 1200]) {
      await page.setViewportSize({ width: widthPx, height: 800 });
      const overflow = await page.evaluate(() => ({
        across: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        // Any box that scrolls inside the frame: its own scrollbar.
        inner: [...document.querySelectorAll<HTMLElement>('body *')]
          // What is not rendered (a closed panel) shows no scrollbar.
          .filter((el) => el.checkVisibility())
          .filter((el) => {
            const style = getComputedStyle(el);
            const x = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
            const y = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
            return x || y;
          })
          .map((el) => `${el.localName}.${el.className}`),
      }));
      expect(overflow.across, `${path} at ${widthPx} px`).toBeLessThanOrEqual(1);
      expect(overflow.inner, `${path} at ${widthPx} px`).toEqual([]);
    }
    await page.close();
  });
});

describe('the share panel in a route card and a story step embed', () => {
  it.each([
    ['/embed/route-card/central-mediterranean/', '/#route-central-mediterranean'],
    ['/embed/routes/central-mediterranean/mare-nostrum/', '/routes/central-mediterranean/mare-nostrum/'],
  ])('%s: image, data and the full view, by keyboard; links open a new tab', async (path, fullView) => {
    const { page, pageErrors } = await session.open(path);
    await page.waitForSelector('html[data-embed-ready]');
    const panel = page.locator('details[data-share]');
    // By keyboard: the summary opens the panel, the arrow keys move along the tabs.
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    const tabs = panel.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Link', 'Image', 'Data']);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Image');
    expect(await panel.getByRole('tab', { name: 'Image' }).getAttribute('aria-selected')).toBe('true');
    const svgDownload = page.waitForEvent('download');
    await panel.locator('[data-share-download="svg"]').press('Enter');
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    await panel.getByRole('tab', { name: 'Image' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await panel.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    const csvDownload = page.waitForEvent('download');
    await panel.locator('[data-share-download="csv"]').press('Enter');
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('minimum estimate');
    await panel.getByRole('tab', { name: 'Link' }).click();
    const full = panel.locator('[data-share-permalink]');
    const fullUrl = new URL((await full.getAttribute('href'))!, session.baseUrl);
    expect(fullUrl.pathname + fullUrl.hash).toBe(fullView);
    const links = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel') ?? '',
      })),
    );
    for (const link of links)
      expect(link, link.href ?? '').toMatchObject({ target: '_blank', rel: expect.stringContaining('noopener') });
    // No embed code inside an embed.
    expect(await page.locator('[data-embed-code]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('the route card embed', () => {
  it('shows the route’s headline figures, and its links open the full site in a new tab', async () => {
    const { page, pageErrors } = await session.open('/embed/route-card/central-mediterranean/');
    await page.waitForSelector('html[data-embed-ready]');
    expect(await page.locator('h1').textContent()).toContain('Central Mediterranean');
    expect(await page.locator('.card .figure').count()).toBeGreaterThan(0);
    const links = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => ({ target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })));
    for (const link of links)
      expect(link).toMatchObject({ target: '_blank', rel: expect.stringContaining('noopener') });
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('a[data-full-view]').click()]);
    await tab.waitForLoadState('load');
    expect(new URL(tab.url()).pathname).toBe('/');
    expect(new URL(tab.url()).hash).toBe('#route-central-mediterranean');
    await tab.close();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
