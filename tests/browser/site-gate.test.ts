// The quality gate over the whole site: every page in the sitemap (so every page added later too) is
// loaded in Chromium and checked; pages that read URL state are fed hostile URLs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './setup/axe.ts';
import { foreignRequests, startSession, type Session } from './setup/browser.ts';
import { VIEW_PARAM_NAMES } from '../../src/lib/url/params.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const sitemapPaths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!, 'http://site.invalid').pathname,
);

describe('sitemap', () => {
  it('lists every built page', () => {
    expect(sitemapPaths).toContain('/');
    expect(sitemapPaths).toContain('/atlas/');
    expect(sitemapPaths).toContain('/measures/eu-turkey-statement/');
    expect(sitemapPaths.length).toBeGreaterThan(80);
  });
});

// Pages that repeat a template already in the crawl with other content of the same kind add nothing to it:
// - a measure's 6- and 24-month pages (/measures/<id>/6/, /measures/<id>/24/) are its 12-month page built again
//   with another before/after card showing;
// - a story's step pages (/routes/<story>/<step>/) are the story page opened at another step, and the step
//   embeds (/embed/routes/<story>/<step>/) one card template; tests/browser/stories.test.ts visits every one
//   of them for its own checks (active step, map state, requests).
// One page per window, and per story for steps and step embeds, stays in the crawl; checking all of them would
// more than double the gate's time.
const SAMPLED_TEMPLATES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^\/measures\/[^/]+\/(\d+)\/$/, (m) => `window ${m[1]}`],
  [/^\/routes\/([^/]+)\/[^/]+\/$/, (m) => `step of ${m[1]}`],
  [/^\/embed\/routes\/([^/]+)\/[^/]+\/$/, (m) => `step embed of ${m[1]}`],
];
const checkedSamples = new Set<string>();
const gatedPaths = sitemapPaths.filter((path) => {
  for (const [pattern, key] of SAMPLED_TEMPLATES) {
    const match = pattern.exec(path);
    if (!match) continue;
    const sample = key(match);
    if (checkedSamples.has(sample)) return false;
    checkedSamples.add(sample);
    return true;
  }
  return true;
});
// axe is the slow check (seconds a page, tens of seconds on /timelines/), and pages of one template share their
// markup: every page is loaded and checked for errors, requests, ids and headings, and the first few pages of
// each template (a measure page, a measure embed, a story, …) are also checked with axe.
const AXE_PAGES_PER_TEMPLATE = 3;
function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'embed') return ['embed', parts[1], ...parts.slice(2).map(() => '*')].join('/');
  return [parts[0] ?? '', ...parts.slice(1).map(() => '*')].join('/');
}
const axePaths = new Set<string>();
{
  const perTemplate = new Map<string, number>();
  for (const path of gatedPaths) {
    const key = templateOf(path);
    const seen = perTemplate.get(key) ?? 0;
    if (seen < AXE_PAGES_PER_TEMPLATE) axePaths.add(path);
    perTemplate.set(key, seen + 1);
  }
}

const checkedWindows = new Set([...checkedSamples].filter((k) => k.startsWith('window ')).map((k) => k.slice(7)));

// Read from the files, without the browser: cheap enough for every page.
const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;

const builtWithSiteUrl = /<loc>https?:/.test(readFileSync('dist/sitemap.xml', 'utf8'));

describe('link previews', () => {
  it('every page in the sitemap has the preview tags, and its preview image exists', () => {
    for (const path of sitemapPaths) {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      for (const key of ['og:title', 'og:description', 'twitter:card'])
        expect(metaContent(html, key), `${path} ${key}`).toBeTruthy();
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
      // og:image and og:url need the public address (SITE_URL; npm test builds with one): all or nothing.
      const image = metaContent(html, 'og:image');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? null;
      expect(Boolean(image), `${path} og:image`).toBe(builtWithSiteUrl);
      // A story's step page is its own link (og:url) but the story is the canonical page (issue 13).
      const stepOfStory = /^\/routes\/[^/]+\/[^/]+\/$/.test(path);
      if (stepOfStory && canonical) {
        expect(canonical, path).toBe(new URL(path.replace(/[^/]+\/$/, ''), canonical).href);
        expect(metaContent(html, 'og:url'), path).toBe(new URL(path, canonical).href);
      } else expect(metaContent(html, 'og:url'), path).toBe(canonical);
      if (image) expect(existsSync(join('dist', new URL(image).pathname)), `${path}: ${image}`).toBe(true);
    }
  });

  it('a page shows a preview of its own type: only the home page the home card, and one image per route card or step', () => {
    // og:image needs the public address: npm test builds with one.
    expect(builtWithSiteUrl, 'a build with SITE_URL').toBe(true);
    const imageOf = (path: string) => metaContent(readFileSync(join('dist', path, 'index.html'), 'utf8'), 'og:image')!;
    const homeImage = new URL(imageOf('/'), 'http://site.invalid').pathname;
    expect(homeImage).toBe('/previews/home.png');
    const withHomeImage = sitemapPaths.filter(
      (path) => path !== '/' && new URL(imageOf(path), 'http://site.invalid').pathname === homeImage,
    );
    expect(withHomeImage).toEqual([]);
    // Pages of one template with other content (a route's card, a story's step, a chart, a measure) preview it.
    for (const template of ['embed/route-card/*', 'embed/routes/*/*', 'embed/timelines/*', 'embed/measures/*']) {
      const paths = sitemapPaths.filter((path) => templateOf(path) === template);
      expect(paths.length, template).toBeGreaterThan(0);
      expect(new Set(paths.map(imageOf)).size, template).toBe(paths.length);
    }
    expect(new URL(imageOf('/routes/'), 'http://site.invalid').pathname).toBe('/previews/routes.png');
  });

  it('no published file names localhost', () => {
    const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && /\.(html|xml|txt|json|csv|js|css|md|svg)$|^_headers$/.test(f.name),
    );
    expect(files.length).toBeGreaterThan(100);
    const naming = files
      .map((f) => join(f.parentPath, f.name))
      .filter((f) => readFileSync(f, 'utf8').includes('localhost'));
    expect(naming).toEqual([]);
  });
});

describe('every page in the sitemap', () => {
  it('checks a few pages of every template with axe, and every static page', () => {
    expect(templateOf('/measures/eu-turkey-statement/')).toBe('measures/*');
    expect(templateOf('/embed/timelines/rates/')).toBe('embed/timelines/*');
    expect(axePaths.has('/')).toBe(true);
    expect(axePaths.has('/timelines/')).toBe(true);
    const templates = new Set(gatedPaths.map(templateOf));
    expect(new Set([...axePaths].map(templateOf))).toEqual(templates);
    expect(templates.size).toBeGreaterThanOrEqual(12);
  });

  it('keeps one per-window measure page per window', () => {
    expect(sitemapPaths).toContain('/measures/eu-turkey-statement/24/');
    expect([...checkedWindows].sort()).toEqual(['24', '6']);
    // Every story keeps one step page and one step embed in the crawl.
    const stories = new Set(sitemapPaths.map((p) => /^\/routes\/([^/]+)\/$/.exec(p)?.[1]).filter(Boolean));
    expect(stories.size).toBeGreaterThanOrEqual(6);
    for (const story of stories) {
      expect(checkedSamples.has(`step of ${story}`), String(story)).toBe(true);
      expect(checkedSamples.has(`step embed of ${story}`), String(story)).toBe(true);
    }
  });

  it.each(gatedPaths)('%s loads cleanly', async (path) => {
    const opened = await session.open(path);
    const { page } = opened;
    await page.waitForLoadState('networkidle');
    expect(opened.consoleErrors, 'console errors').toEqual([]);
    expect(opened.pageErrors, 'uncaught exceptions').toEqual([]);
    expect(opened.failedRequests, 'failed requests').toEqual([]);
    expect(foreignRequests(opened.requests, session.baseUrl), 'requests to other hosts').toEqual([]);
    if (axePaths.has(path)) expect(await seriousViolations(page), 'axe serious or critical').toEqual([]);
    expect(await page.evaluate(documentStructure), 'ids and headings').toEqual({
      duplicateIds: [],
      headingJumps: [],
    });
    await page.close();
  });
});

/**
 * Runs in the page: ids used more than once (a second "focus-h" names one chart after another), and headings
 * that skip a level going down (h1 then h3), or a first heading that is not the h1.
 */
function documentStructure() {
  const seen = new Set<string>();
  const duplicateIds = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) {
    if (seen.has(el.id)) duplicateIds.add(el.id);
    seen.add(el.id);
  }
  const headingJumps: string[] = [];
  let previous = 0;
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Number(heading.tagName[1]);
    if (level > previous + 1) headingJumps.push(`h${previous} → h${level} "${heading.textContent?.trim()}"`);
    previous = level;
  }
  return { duplicateIds: [...duplicateIds], headingJumps };
}

// One page per template on a phone's viewport in the dark theme: the sitemap pass above runs on a desktop viewport
// in the light theme, so between them both widths (scrollable regions) and both themes (contrast) are checked.
// One pass per template, not two: axe takes tens of seconds on the longest page of this two-core machine.
const TEMPLATE_PAGES = [
  '/',
  '/atlas/',
  '/timelines/',
  '/measures/',
  '/measures/eu-turkey-statement/',
  '/about/',
  '/data/',
  '/embed/atlas/',
  '/embed/timelines/rates/',
  '/embed/measures/eu-turkey-statement/',
];

describe('one page per template at 390 px wide, in the dark theme', () => {
  it.each(TEMPLATE_PAGES)('%s passes axe', async (path) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(new URL(path, session.baseUrl).href, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), 'axe serious or critical').toEqual([]);
    await page.close();
  });
});

/** The sequence of elements Tab visits, as document positions; it must only move forward. */
async function tabOrderMovesForward(path: string, presses: number) {
  const { page } = await session.open(path);
  const positions: number[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const position = await page.evaluate(() => {
      const active = document.activeElement;
      // Focus back on the body (or nowhere) means Tab has left the end of the page.
      if (!active || active === document.body) return -1;
      return [...document.querySelectorAll('*')].indexOf(active);
    });
    // Back to the body, or wrapped round to the first stop: the end of the page.
    if (position < 0 || (positions.length > 0 && position <= positions[0]!)) break;
    positions.push(position);
  }
  const positiveTabindex = await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count();
  await page.close();
  return { positions, positiveTabindex };
}

describe('keyboard focus order', () => {
  for (const path of ['/atlas/', '/measures/eu-turkey-statement/']) {
    it(`${path}: Tab follows the document order, starting at the skip link`, async () => {
      const { positions, positiveTabindex } = await tabOrderMovesForward(path, 40);
      expect(positiveTabindex).toBe(0);
      expect(positions.length).toBeGreaterThan(10);
      // Equal stops are the sub-fields of one control (a month input has a month and a year part).
      for (let i = 1; i < positions.length; i++)
        expect(positions[i]!, `stop ${i}`).toBeGreaterThanOrEqual(positions[i - 1]!);
    });
  }
});

// Random and malicious query strings and hashes.
function hostileUrls(count: number, seed: number): string[] {
  let state = seed;
  const rand = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Every registered view parameter, so a parameter added later is attacked too, plus unknown and empty names.
  // `vs` twice: the reference window is the parameter with the most ways to be garbled.
  const names = [...VIEW_PARAM_NAMES, 'vs', 'x', ''];
  const values = [
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    'javascript:window.__pwned=1',
    '9'.repeat(400),
    '-1e309',
    'NaN,Infinity,-0',
    '%00%01%02',
    '😀🚢💀',
    'measure:<script>window.__pwned=1</script>',
    'incident:../../etc/passwd',
    '2016-13',
    '2009-01',
    // A month inside the data: from= or to= alone narrows the atlas window or the timelines' period.
    '2016-04',
    'routes,incidents,<b>',
    '',
    'a'.repeat(3000),
    'year,log,multiples',
    'sahel-agadez',
    '2015-04..2016-03',
    '2016-03..2015-04',
    '2008-01..2030-12',
    '2015-04..<img src=x onerror="window.__pwned=1">',
    '..',
    'fitted',
  ];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const params = Array.from(
      { length: 1 + Math.floor(rand() * 4) },
      () => `${pick(names)}=${encodeURIComponent(pick(values))}`,
    );
    const raw = rand() < 0.2 ? `&${pick(values)}` : '';
    const hash = rand() < 0.3 ? `#${encodeURIComponent(pick(values))}` : '';
    urls.push(`?${params.join('&')}${raw}${hash}`);
  }
  return urls;
}

// Each parameter's parser is also fuzzed without a browser (tests/lib/url/params.test.ts, 600 random queries);
// here the pages prove they render whatever the parsers return, with no reflected markup and no error. 60 per
// page keeps every parameter and every kind of hostile value in the sample and the whole suite under 15 minutes.
const HOSTILE_URLS_PER_PAGE = 60;

describe('hostile URLs', () => {
  for (const path of [
    '/atlas/',
    '/measures/eu-turkey-statement/',
    '/measures/',
    '/timelines/',
    '/embed/atlas/',
    '/embed/timelines/rates/',
    '/embed/measures/eu-turkey-statement/',
  ]) {
    it(`${path} renders ${HOSTILE_URLS_PER_PAGE} random and malicious URLs without errors or reflected markup`, async () => {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const search of hostileUrls(HOSTILE_URLS_PER_PAGE, path.length * 7919)) {
        const response = await page.goto(new URL(`${path}${search}`, session.baseUrl).href, {
          waitUntil: 'domcontentloaded',
        });
        expect(response?.status(), search).toBe(200);
        const check = await page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: number }).__pwned,
          injected: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
          heading: document.querySelector('main h1')?.textContent ?? '',
        }));
        expect(check.pwned, search).toBeUndefined();
        expect(check.injected, search).toBe(0);
        expect(check.heading.length, search).toBeGreaterThan(0);
      }
      // Let the last page's scripts run before counting errors.
      await page.waitForLoadState('load');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
