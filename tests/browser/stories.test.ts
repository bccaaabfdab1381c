// Route stories: every step page opens at its step, the active step follows the reader's position, keys and
// buttons move through the steps, the map loads only when the story starts, and the story reads without script.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, SCREENSHOT_DIR, startSession, type Session } from './setup/browser.ts';
import { seriousViolations } from './setup/axe.ts';

/** Stories and their steps as built: dist/routes/<story>/<step>/index.html. */
const built = readdirSync('dist/routes', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    slug: d.name,
    steps: readdirSync(join('dist/routes', d.name), { withFileTypes: true })
      .filter((s) => s.isDirectory())
      .map((s) => s.name),
  }))
  .filter((story) => story.steps.length > 0);

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const activeStep = (page: Page) => page.locator('.story-step[aria-current="step"]').getAttribute('data-step');
const mapWindow = (page: Page) => page.locator('#story-map').getAttribute('data-window');
const stepWindow = (page: Page, id: string) =>
  page.locator(`.story-step[data-step="${id}"]`).getAttribute('data-window');
/** An og:image names the public site (SITE_URL); the same path is served by the test server. */
const bytesOf = async (address: string) => {
  const path = new URL(address, session.baseUrl).pathname;
  const response = await fetch(new URL(path, session.baseUrl));
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toContain('image/png');
  return Buffer.from(await response.arrayBuffer());
};

describe('story step pages', () => {
  it('every step page opens at its step, with its window, its own preview and no foreign request', async () => {
    expect(built.length).toBeGreaterThan(0);
    const opened = await session.open('/');
    const { page } = opened;
    for (const story of built) {
      await page.goto(new URL(`/routes/${story.slug}/`, session.baseUrl).href);
      const storyImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      const storyPng = await bytesOf(storyImage!);
      // Every built step directory is a step of the page, in order.
      const ids = await page.locator('.story-step').evaluateAll((els) => els.map((el) => el.id));
      expect([...ids].sort()).toEqual([...story.steps].sort());
      for (const [index, id] of ids.entries()) {
        await page.goto(new URL(`/routes/${story.slug}/${id}/`, session.baseUrl).href);
        await expect.poll(() => activeStep(page), { message: id }).toBe(id);
        expect(await mapWindow(page), id).toBe(await stepWindow(page, id));
        expect(await page.locator('#story-step-count').textContent()).toBe(`Step ${index + 1} of ${ids.length}`);
        expect(await page.locator(`[data-rail-step="${id}"]`).getAttribute('aria-current')).toBe('step');
        expect(await page.evaluate(() => location.hash)).toBe('');
        expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
          new RegExp(`/routes/${story.slug}/$`),
        );
        expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(
          new RegExp(`/routes/${story.slug}/${id}/$`),
        );
        const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
        expect(image).not.toBe(storyImage);
        expect((await bytesOf(image)).equals(storyPng), `${id} preview differs from the story's`).toBe(false);
        // Its embed links back to this step, in a new tab.
        const embed = page.context().request;
        const embedHtml = await (
          await embed.get(new URL(`/embed/routes/${story.slug}/${id}/`, session.baseUrl).href)
        ).text();
        expect(embedHtml).toContain(`href="/routes/${story.slug}/${id}/" target="_blank" rel="noopener"`);
      }
      // The map never loaded: opening a step is not starting the story.
      expect(await page.locator('#story-map').getAttribute('data-map')).toBe('static');
    }
    expect(await page.title()).toContain('step');
    expect(opened.pageErrors).toEqual([]);
    expect(foreignRequests(opened.requests, session.baseUrl)).toEqual([]);
    expect(opened.requests.some((url) => url.endsWith('/atlas/data.json'))).toBe(false);
    await page.close();
  });

  it('a #step address opens the story at that step', async () => {
    const story = built[0]!;
    const last = story.steps.length > 1 ? (await stepIds(story.slug)).at(-1)! : story.steps[0]!;
    const { page } = await session.open(`/routes/${story.slug}/#${last}`);
    await expect.poll(() => activeStep(page)).toBe(last);
    expect(await mapWindow(page)).toBe(await stepWindow(page, last));
    await page.close();
  });
});

async function stepIds(slug: string): Promise<string[]> {
  const html = await (await fetch(new URL(`/routes/${slug}/`, session.baseUrl))).text();
  return [...html.matchAll(/class="story-step"[^>]*data-step="([^"]+)"/g)].map((m) => m[1]!);
}

describe('the story page', () => {
  it('a fast scroll to the end and back to step 2 leaves step 2, map loaded, address replaced', async () => {
    const story = built[0]!;
    const ids = await stepIds(story.slug);
    const opened = await session.open(`/routes/${story.slug}/`);
    const { page } = opened;
    const historyLength = await page.evaluate(() => history.length);
    expect(await activeStep(page)).toBe(ids[0]);
    expect(await page.locator('#story-map').getAttribute('data-map')).toBe('static');
    expect(opened.requests.some((url) => url.endsWith('/atlas/data.json'))).toBe(false);

    // Jump to the end, then to where step 2 sits at the trigger line, without waiting in between.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.evaluate((id) => {
      const step = document.getElementById(id)!;
      scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight / 3 + 20);
    }, ids[1]!);
    await expect.poll(() => activeStep(page)).toBe(ids[1]);
    await expect.poll(() => page.locator('#story-map').getAttribute('data-map'), { timeout: 60_000 }).toBe('ready');
    expect(await mapWindow(page)).toBe(await stepWindow(page, ids[1]!));
    expect(await page.evaluate(() => location.hash)).toBe(`#${ids[1]}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/story-step-2.png` });
    expect(opened.pageErrors).toEqual([]);
    expect(foreignRequests(opened.requests, session.baseUrl)).toEqual([]);
    await page.close();
  });

  it('the arrow keys and the buttons move through every step, announced, without history entries', async () => {
    const story = built[0]!;
    const ids = await stepIds(story.slug);
    const { page, pageErrors } = await session.open(`/routes/${story.slug}/`);
    const historyLength = await page.evaluate(() => history.length);
    await page.waitForSelector('#story[data-started="true"]');
    for (const [index, id] of ids.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => activeStep(page)).toBe(id);
      expect(await mapWindow(page)).toBe(await stepWindow(page, id));
      if (index > 0) {
        const heading = await page.locator(`#${id} h2`).textContent();
        expect(await page.locator('#story-announcer').textContent()).toBe(
          `Step ${index + 1} of ${ids.length}: ${heading}`,
        );
      }
    }
    await page.keyboard.press('ArrowRight');
    expect(await activeStep(page)).toBe(ids.at(-1));
    expect(await page.locator('[data-step-move="1"]').isDisabled()).toBe(true);
    await page.locator('[data-step-move="-1"]').click();
    await expect.poll(() => activeStep(page)).toBe(ids.at(-2));
    await page.locator(`[data-rail-step="${ids[0]}"]`).click();
    await expect.poll(() => activeStep(page)).toBe(ids[0]);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('under reduced motion the camera jumps to a neighbouring step; otherwise it flies', async () => {
    const story = built[0]!;
    const ids = await stepIds(story.slug);
    const motionBackToFirstStep = async (reduce: boolean) => {
      const { page } = await session.open('/');
      await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      await page.goto(new URL(`/routes/${story.slug}/`, session.baseUrl).href);
      await page.waitForSelector('#story[data-started="true"]');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('#story-map').getAttribute('data-map'), { timeout: 60_000 }).toBe('ready');
      // Back to the neighbouring first step, a short distance away. Reading the page waits for frames that
      // software WebGL draws on the CPU, slow on a busy machine: allow for them.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => activeStep(page), { timeout: 15_000 }).toBe(ids[0]);
      const motion = await page.locator('#story-map').getAttribute('data-motion');
      await page.close();
      return motion;
    };
    expect(await motionBackToFirstStep(true)).toBe('jump');
    expect(await motionBackToFirstStep(false)).toBe('fly');
  });

  it('has no serious accessibility violation on the story page and a step page', async () => {
    const story = built[0]!;
    for (const path of [`/routes/${story.slug}/`, `/routes/${story.slug}/${story.steps[0]}/`]) {
      const { page } = await session.open(path);
      expect(await seriousViolations(page), path).toEqual([]);
      await page.close();
    }
  });
});

describe('a story without JavaScript', () => {
  it('shows every step with its text, its static map and its figures table', async () => {
    const noScript = await startSession({ javaScriptEnabled: false });
    try {
      for (const story of built) {
        const { page } = await noScript.open(`/routes/${story.slug}/`);
        expect(await page.locator('.story-panel').isVisible()).toBe(false);
        const steps = page.locator('.story-step');
        expect(await steps.count()).toBe(story.steps.length);
        for (let i = 0; i < story.steps.length; i++) {
          const step = steps.nth(i);
          expect((await step.locator('h2').textContent())?.trim()).toBeTruthy();
          expect((await step.locator('.step-text').textContent())?.trim()).toBeTruthy();
          const map = step.locator('.step-static-map img');
          await map.scrollIntoViewIfNeeded();
          expect(await map.isVisible()).toBe(true);
          await expect.poll(() => map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
          expect(await step.locator('table tbody tr').count()).toBeGreaterThan(0);
        }
        await page.close();
      }
    } finally {
      await noScript.close();
    }
  });
});
