// Charts read by keyboard and on a phone: one Tab stop per chart with arrow keys between its marks, no chart
// text outside its drawing, and no chart text under 11 CSS px from a 360 px screen to a 1280 px one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './setup/browser.ts';
import { chartTextProblems, MIN_CHART_TEXT_PX, scrollsSideways, visibleRouteChartDrawings } from './setup/chartText.ts';
import { BUILD_WIDTH_PX } from '../../src/charts/figures/timelineCharts.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

async function openAt(path: string, widthPx: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: widthPx, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.goto(new URL(path, session.baseUrl).href, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // The route charts redraw for a view in the URL, and at the column's width where it is narrower than the build's.
  if (path.startsWith('/timelines/'))
    await page.waitForFunction(
      ({ redrawn, buildWidthPx }) => {
        const figures = [...document.querySelectorAll<HTMLElement>('[data-route-chart]')];
        const drawnAt = (f: HTMLElement) =>
          f.dataset['widthPx'] || f.querySelector('[data-chart-svgs]')!.clientWidth >= buildWidthPx;
        return (
          figures.every(drawnAt) && (!redrawn || figures.every((f) => f.dataset['widthPx'] || f.id !== 'detections'))
        );
      },
      { redrawn: path.includes('?'), buildWidthPx: BUILD_WIDTH_PX },
    );
  return page;
}

/** Runs in the page: per visible chart, its name and the marks Tab stops at. */
function tabStopsPerChart() {
  return [...document.querySelectorAll('svg.chart')]
    .filter((svg) => svg.getClientRects().length > 0)
    .map((svg) => ({
      chart: svg.querySelector('title')?.textContent ?? '',
      stops: [...svg.querySelectorAll('a[href]')].filter((a) => a.getAttribute('tabindex') !== '-1').length,
      unnamed: [...svg.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('aria-label')).length,
    }));
}

describe('/timelines/ by keyboard', () => {
  it('costs one Tab per chart, names every mark, and moves between marks with the arrow keys', async () => {
    const page = await openAt('/timelines/', 1280);
    const charts = await page.evaluate(tabStopsPerChart);
    expect(charts.length).toBeGreaterThan(4);
    for (const c of charts) {
      expect(c.stops, c.chart).toBeLessThanOrEqual(1);
      expect(c.unnamed, c.chart).toBe(0);
    }
    const first = page.locator('svg.chart [data-roving-marks] > a[tabindex="0"]').first();
    await first.focus();
    const names = [await first.getAttribute('aria-label')];
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const moved = await page.evaluate(() => ({
      name: document.activeElement?.getAttribute('aria-label') ?? '',
      tabindex: document.activeElement?.getAttribute('tabindex'),
      inSameChart: document.activeElement?.closest('svg') !== null,
    }));
    names.push(moved.name);
    expect(moved.inSameChart).toBe(true);
    expect(moved.tabindex).toBe('0');
    expect(names[1]).not.toBe(names[0]);
    expect(names[1]).toMatch(/, \S.* \d{4}$/);
    // Tab leaves the chart: no other mark of it is a stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-roving-marks]') === null)).toBe(true);
    await page.close();
  });
});

describe('chart text', () => {
  const cases: [string, number][] = [
    ['/timelines/?detections=month,log,combined', 1280],
    ['/timelines/?detections=month,log,combined', 360],
    ['/measures/', 1280],
    ['/measures/', 960],
    ['/measures/', 640],
    ['/measures/', 360],
    // Tablets and narrow windows: the column is narrower than the full drawings (900 px; 760 on a measure page).
    ...[640, 800, 960].flatMap((widthPx): [string, number][] => [
      ['/timelines/', widthPx],
      ['/', widthPx],
      ['/measures/eu-turkey-statement/', widthPx],
    ]),
    // static=1 runs no chart script: the build's own drawings are all there is (issue 14).
    ['/embed/timelines/rates/?static=1', 360],
    ['/embed/timelines/rates/?static=1', 700],
  ];
  it.each(cases)('%s at %i px: stays inside its SVG, at least 11 px on screen', async (path, widthPx) => {
    const page = await openAt(path, widthPx);
    const problems = await page.evaluate(chartTextProblems, MIN_CHART_TEXT_PX);
    expect(problems.outside, 'text outside its SVG').toEqual([]);
    expect(problems.small, 'text under 11 px').toEqual([]);
    expect(await page.evaluate(scrollsSideways), 'page scrolls sideways').toBe(false);
    for (const c of await page.evaluate(visibleRouteChartDrawings)) expect(c.visible, `${c.chart} drawings`).toBe(1);
    if (path.startsWith('/timelines/') && widthPx === 360) {
      // The phone's route-share chart numbers its key measures, clear of each other, and names them under it.
      const keys = await page.evaluate(() => {
        const narrow = document.querySelector('#share .narrow')!;
        const boxes = [...narrow.querySelectorAll('.chart-key-label')].map((t) => t.getBoundingClientRect());
        const overlaps = boxes.filter((a, i) =>
          boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
        ).length;
        const numbers = [...narrow.querySelectorAll('.chart-key-label')].map((t) => t.textContent);
        const listed = [...narrow.querySelectorAll('[data-key-measures] li')].map((li) => li.getAttribute('value'));
        return {
          numbers,
          listed,
          overlaps,
          listVisible: narrow.querySelector('[data-key-measures]')!.checkVisibility(),
        };
      });
      expect(keys.numbers.length).toBeGreaterThan(2);
      expect(keys.numbers).toEqual(keys.listed);
      expect(keys.overlaps).toBe(0);
      expect(keys.listVisible).toBe(true);
    }
    await page.close();
  });
});

describe('pages with charts on a 320 px screen', () => {
  it.each(['/timelines/', '/', '/measures/eu-turkey-statement/'])(
    '%s does not scroll sideways, and its chart text is at least 11 px',
    async (path) => {
      const page = await openAt(path, 320);
      expect(await page.evaluate(scrollsSideways)).toBe(false);
      const problems = await page.evaluate(chartTextProblems, MIN_CHART_TEXT_PX);
      expect(problems.small, 'text under 11 px').toEqual([]);
      expect(problems.outside, 'text outside its SVG').toEqual([]);
      await page.close();
    },
  );
});

describe('the theme toggle', () => {
  it('says whether the dark theme is on', async () => {
    const page = await openAt('/measures/', 1280, 'light');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.close();
  });
});

describe('/timelines/ narrowed to a period', () => {
  it('opens ?from=&to= on that period alone in every route chart, and the period selects write the URL', async () => {
    const page = await openAt('/timelines/?from=2015-01&to=2016-12', 1280);
    // Per route chart: the years its drawn points, its table rows and its summary name.
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-route-chart]')].map((figure) => ({
          chart: figure.dataset['routeChart'],
          pointYears: [...figure.querySelectorAll('[data-chart-svgs] .chart-point title')].map((t) =>
            Number(/(\d{4})\D*$/.exec(t.textContent!.split(':')[0]!)?.[1]),
          ),
          rowYears: [...figure.querySelectorAll('[data-chart-table] tbody th')].map((th) =>
            Number(th.textContent!.slice(0, 4)),
          ),
          summary: figure.querySelector('[data-chart-summary]')!.textContent!,
        })),
      );
    const narrowed = await shown();
    expect(narrowed.map((c) => c.chart)).toEqual(['detections', 'deaths', 'rates']);
    for (const c of narrowed) {
      expect(c.pointYears.length, c.chart).toBeGreaterThan(0);
      expect(new Set([...c.pointYears, ...c.rowYears]), c.chart).toEqual(new Set([2015, 2016]));
      expect(c.summary, c.chart).toContain('January 2015 – December 2016');
    }
    expect(await page.locator('[data-period-from]').inputValue()).toBe('2015');
    await page.locator('[data-period-to]').selectOption('2017');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2017-12');
    await page.locator('[data-period-clear]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-route-chart="rates"] tbody tr').length > 5);
    const url = new URL(page.url()).searchParams;
    expect([url.has('from'), url.has('to')]).toEqual([false, false]);
    await page.close();
  });
});

describe('/timelines/ narrowed to one route', () => {
  it('opens ?route= on that route alone, and the route menu writes the URL', async () => {
    const page = await openAt('/timelines/?route=atlantic', 1280);
    const seriesShown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-route-chart="detections"] .chart-series')].map((g) =>
          g.getAttribute('data-series'),
        ),
      );
    expect(await seriesShown()).toEqual(['atlantic']);
    expect(await page.locator('[data-route-filter]').inputValue()).toBe('atlantic');
    await page.locator('[data-route-filter]').selectOption('');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-route-chart="detections"] .chart-series').length > 1,
    );
    expect(new URL(page.url()).searchParams.has('route')).toBe(false);
    expect((await seriesShown()).length).toBeGreaterThan(3);
    await page.close();
  });
});
