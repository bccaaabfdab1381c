// The atlas for every reader: on a phone (no sideways scroll, the map in the screen, readable timeline
// text), by keyboard (one map tab stop that pans and zooms, a list to select from), and with a screen
// reader (a small, settled budget of live-region text while Play runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

async function openAt(path: string, widthPx: number, heightPx: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: widthPx, height: heightPx });
  const response = await page.goto(new URL(path, session.baseUrl).href, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return page;
}

// history.replaceState reaches page.url() only asynchronously: read the query string from the page itself.
const param = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

describe('the atlas on a phone', () => {
  it('neither the page nor the embed scrolls sideways at 390 or 320 px, and the map fits the screen', async () => {
    for (const path of ['/atlas/', '/embed/atlas/']) {
      for (const [widthPx, heightPx] of [
        [390, 844],
        [320, 640],
      ] as const) {
        const page = await openAt(path, widthPx, heightPx);
        const where = `${path} at ${widthPx} px`;
        const layout = await page.evaluate(() => {
          const map = document.getElementById('atlas-map')!.getBoundingClientRect();
          return {
            scrollWidth: document.scrollingElement!.scrollWidth,
            innerWidth,
            innerHeight,
            map: { left: map.left, right: map.right, height: map.height },
          };
        });
        expect(layout.scrollWidth, where).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.map.left, where).toBeGreaterThanOrEqual(0);
        expect(layout.map.right, where).toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.map.height, where).toBeGreaterThan(200);
        expect(layout.map.height, where).toBeLessThanOrEqual(layout.innerHeight);
        await page.close();
      }
    }
  });

  it('draws the timeline strip text at 11 CSS px or more at 360 px wide', async () => {
    const page = await openAt('/atlas/', 360, 780);
    const sizes = await page.evaluate(() => {
      // The timeline strip with its labels.
      const brush = document.querySelector('#atlas .brush')!;
      const sizesPx: number[] = [];
      // SVG text scales with its drawing: its font size times the drawing's scale is what the reader sees.
      for (const text of brush.querySelectorAll('svg text')) {
        const scale = (text as SVGTextElement).getScreenCTM()?.a ?? 1;
        sizesPx.push(parseFloat(getComputedStyle(text).fontSize) * scale);
      }
      for (const node of brush.querySelectorAll(':not(svg, svg *)')) {
        const hasText = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
        if (hasText) sizesPx.push(parseFloat(getComputedStyle(node).fontSize));
      }
      return sizesPx;
    });
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('keeps Play beside the timeline, in sight while the map is', async () => {
    const page = await openAt('/atlas/', 390, 844);
    const play = page.locator('#atlas-timebar button:has-text("Play")');
    await expect.poll(() => play.isVisible()).toBe(true);
    // With the top of the map at the top of the screen, Play is on screen, below the map's top.
    await page.evaluate(() => document.getElementById('atlas-map')!.scrollIntoView({ block: 'start' }));
    const box = await page.evaluate(() => {
      const map = document.getElementById('atlas-map')!.getBoundingClientRect();
      const play = document.getElementById('atlas-play-compact')!.getBoundingClientRect();
      return { mapTop: map.top, mapBottom: map.bottom, playTop: play.top, playBottom: play.bottom, innerHeight };
    });
    expect(box.playTop).toBeGreaterThan(box.mapTop);
    expect(box.playBottom).toBeLessThanOrEqual(box.innerHeight);
    // Only the one-line caption of the map (what it shows) stands between the map and the bar.
    expect(box.playTop - box.mapBottom).toBeLessThan(130);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/atlas-phone-static.png` });
    await page.close();
  });
});

describe('the atlas under a finger', () => {
  it('scrolls the page on a one-finger vertical swipe over the map, and moves a slider only on a sideways drag', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    // Real touch input through the browser (touch events, then the gestures it derives from them), set before
    // the page loads so the map knows it is on a touch screen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 });
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'pointer', value: 'coarse' },
        { name: 'hover', value: 'none' },
      ],
    });
    await page.goto(new URL('/atlas/', session.baseUrl).href, { waitUntil: 'load' });
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const swipe = async (from: { x: number; y: number }, dx: number, dy: number) => {
      const steps = 8;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let i = 1; i <= steps; i++) {
        const point = { x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const centreOf = async (selector: string) => {
      const box = (await page.locator(selector).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };

    // The map loads on the first touch; once it is drawn and its camera settled, a vertical swipe scrolls.
    await page.evaluate(() => document.getElementById('atlas-map')!.scrollIntoView({ block: 'start' }));
    const tapAt = await centreOf('#atlas-map');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [tapAt] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
    await page.waitForTimeout(800);
    const camera = () => page.evaluate(() => new URLSearchParams(location.search).get('c'));
    const cameraBefore = await camera();
    const scrollBefore = await page.evaluate(() => scrollY);
    await swipe(await centreOf('#atlas-map'), 0, -250);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore + 100);
    await page.waitForTimeout(800);
    expect(await camera()).toBe(cameraBefore);
    // Two fingers do move the map (so the swipe above reached it, and a camera change would have shown).
    await page.evaluate(() => document.getElementById('atlas-map')!.scrollIntoView({ block: 'start' }));
    const middle = await centreOf('#atlas-map');
    const fingers = (k: number) => [
      { x: middle.x - 40 + 15 * k, y: middle.y, id: 0 },
      { x: middle.x + 40 + 15 * k, y: middle.y, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
    for (let k = 1; k <= 8; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(k) });
      await page.waitForTimeout(30);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(camera, { timeout: 10_000 }).not.toBe(cameraBefore);

    // A mostly vertical swipe that starts on the Start slider leaves the window alone; a sideways drag moves it.
    const slider = '#atlas-from-range';
    await page.locator(slider).scrollIntoViewIfNeeded();
    const valueBefore = await page.inputValue(slider);
    const fromBefore = await page.inputValue('#atlas-from');
    const onSlider = await centreOf(slider);
    await swipe(onSlider, 18, -120);
    await page.waitForTimeout(400);
    expect(await page.inputValue(slider)).toBe(valueBefore);
    expect(await page.inputValue('#atlas-from')).toBe(fromBefore);
    await page.locator(slider).scrollIntoViewIfNeeded();
    await swipe(await centreOf(slider), -120, 4);
    await expect.poll(() => page.inputValue('#atlas-from')).not.toBe(fromBefore);
    expect(await page.inputValue(slider)).not.toBe(valueBefore);
    await page.close();
  });
});

describe('the atlas by keyboard', () => {
  it('pans and zooms from one visibly focused map tab stop, and selects from the list', async () => {
    const page = await session.context.newPage();
    // Camera moves jump instead of easing: software WebGL on a busy machine draws few frames a second.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(new URL('/atlas/', session.baseUrl).href, { waitUntil: 'load' });
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 40 && (await focusedId()) !== 'atlas-map'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('atlas-map');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, widthPx: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.widthPx).toBeGreaterThanOrEqual(2);
    // Focus loads the map; the keys then belong to it.
    await page.waitForSelector('#atlas[data-map="ready"]', { timeout: 60_000 });
    const camera = async () => ((await param(page, 'c')) ?? '14,38,3.2').split(',').map(Number);
    const [lon0] = await camera();
    const scrollBefore = await page.evaluate(() => scrollY);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera())[0], { timeout: 10_000 }).toBeGreaterThan(lon0!);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    // The camera the map really shows is in the URL now (on a narrow map the default view zooms out to fit).
    const [, , zoom0] = await camera();
    await page.keyboard.press('+');
    await expect.poll(async () => (await camera())[2], { timeout: 10_000 }).toBeGreaterThan(zoom0!);
    // The map is one tab stop: the next is not MapLibre's canvas.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('CANVAS');

    // Tab on to the list of what the map shows, open it, choose its first item.
    const onSummary = () => page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
    for (let i = 0; i < 20 && !(await onSummary()); i++) await page.keyboard.press('Tab');
    expect(await onSummary()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const item = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { feature: a.dataset['feature'] ?? '', label: a.textContent ?? '' };
    });
    expect(item.feature).toMatch(/^(route|measure|incident|place):/);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'sel')).toBe(item.feature);
    await expect.poll(() => page.locator('#atlas-details h3').textContent()).toBe(item.label);
    await page.close();
  });
});

describe('the atlas with a screen reader', () => {
  it('queues little live-region text during 5 s of Play, and one settled message after slider steps', async () => {
    const page = await openAt('/atlas/', 1280, 900);
    await page.evaluate(() => {
      const w = window as unknown as { liveText: string[] };
      w.liveText = [];
      // What a screen reader would queue: a live region's text each time it changes.
      const regions = document.querySelectorAll('[aria-live], [role="status"], [role="alert"]');
      const observer = new MutationObserver((records) => {
        const touched = new Set<Element>();
        for (const r of records) {
          const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement!;
          const region = node.closest('[aria-live], [role="status"], [role="alert"]');
          if (region) touched.add(region);
        }
        for (const region of touched) if (region.textContent!.trim()) w.liveText.push(region.textContent!.trim());
      });
      for (const region of regions) observer.observe(region, { childList: true, subtree: true, characterData: true });
    });
    const liveText = () => page.evaluate(() => (window as unknown as { liveText: string[] }).liveText);
    await page.click('#atlas-play');
    await page.waitForTimeout(5000);
    const duringPlay = await liveText();
    expect(duringPlay.join('').length, duringPlay.join(' | ')).toBeLessThanOrEqual(120);
    await page.click('#atlas-play');
    // Three quick steps on a slider: one message once they settle, and never the details placeholder.
    await page.focus('#atlas-to-range');
    const before = (await liveText()).length;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    // The message comes once the steps have settled (1 s); the map may still be loading on a busy machine.
    await expect.poll(async () => (await liveText()).length, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.waitForTimeout(1200);
    const afterSteps = (await liveText()).slice(before);
    expect(afterSteps.length, afterSteps.join(' | ')).toBe(1);
    expect(afterSteps.join('')).not.toContain('Select a route');
    await page.close();
  });
});
