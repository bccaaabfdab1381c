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

export async function startSession(options: { javaScriptEnabled?: boolean } = {}): Promise<Session> {
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
