// Data strings must render as text, never as markup: plant markup in the data the browser receives and
// check that it shows up literally and runs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './setup/browser.ts';

const MARKUP = '<img src=x onerror="window.__pwned=1">Planted <b>title</b>';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

describe('planted markup in data', () => {
  it('atlas: a measure title and summary with markup render as text in the details panel', async () => {
    const page = await session.context.newPage();
    await page.route('**/atlas/data.json', async (route) => {
      const response = await route.fetch();
      const payload = await response.json();
      payload.measures.push({
        ...payload.measures[0],
        id: 'planted',
        title: MARKUP,
        summary: MARKUP,
        sources: ['https://example.org/"><script>window.__pwned=1</script>'],
      });
      await route.fulfill({ response, json: payload });
    });
    await page.goto(new URL('/atlas/?sel=measure:planted', session.baseUrl).href);
    await expect.poll(() => page.locator('#atlas-details h3').textContent()).toBe(MARKUP);
    expect(await page.locator('#atlas-details img, #atlas-details b, #atlas-details script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('timelines: a route label with markup renders as text when the chart is redrawn', async () => {
    const page = await session.context.newPage();
    await page.route('**/timelines/data.json', async (route) => {
      const response = await route.fetch();
      const payload = await response.json();
      payload.routes[0].label = MARKUP;
      await route.fulfill({ response, json: payload });
    });
    await page.goto(new URL('/timelines/?detections=year', session.baseUrl).href);
    await expect.poll(() => page.locator('#detections').getAttribute('data-view')).toBe('year,linear,combined');
    await expect.poll(() => page.locator('#detections svg text.chart-label').allTextContents()).toContain(MARKUP);
    expect(await page.locator('#detections img, #detections svg b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
