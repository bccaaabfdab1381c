// One headless Chromium per test file, with a fresh profile, that records console errors, page errors
// and every request, so tests can assert the site never talks to another host.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOT_DIR = 'test-results/screenshots';

export interface Session {
  context: BrowserContext;
  baseUrl: string;
  open(path: string, options?: { javaScriptEnabled?: boolean }): Promise<OpenedPage>;
  close(): Promise<void>;
}

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  failedRequests: string[];
}

export async function startSession(
  options: { javaScriptEnabled?: boolean; extraArgs?: string[] } = {},
): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'sr-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromePath'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The browser itself must never look abroad: only loopback resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(options.extraArgs ?? []),
    ],
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    baseUrl,
    async open(path) {
      const page = await context.newPage();
      const opened: OpenedPage = { page, consoleErrors: [], pageErrors: [], requests: [], failedRequests: [] };
      page.on('console', (msg) => {
        if (msg.type() === 'error') opened.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (error) => opened.pageErrors.push(error.message));
      page.on('request', (request) => opened.requests.push(request.url()));
      page.on('requestfailed', (request) =>
        opened.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`),
      );
      const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      if (!response || response.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
      return opened;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests to any origin but the site's own (data: and blob: URLs are local). */
export function foreignRequests(requests: string[], baseUrl: string): string[] {
  const own = new URL(baseUrl).origin;
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own);
}

/** Share of pixels in a PNG screenshot that differ from its most common colour, and the number of colours. */
export async function pixelStats(page: Page, png: Buffer): Promise<{ nonBackgroundShare: number; colours: number }> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = data.length / 4;
      const top = Math.max(...counts.values());
      return { nonBackgroundShare: 1 - top / total, colours: counts.size };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}
