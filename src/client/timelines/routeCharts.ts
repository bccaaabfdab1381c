// Timelines in the browser: view buttons re-render a chart with the same chart functions the build used,
// and the view is written to the URL (?detections=year,log,multiples) so it can be linked. The route menu
// (?route=) and the period selects (?from=2015-01&to=2016-12) narrow every route chart at once.
import { setViewParam, setViewParams } from '../viewUrl.ts';
import { formatMonth, yearOf } from '../../lib/time/months.ts';
import { buildRouteChart, BUILD_WIDTH_PX } from '../../charts/figures/timelineCharts.ts';
import {
  CHART_DEFAULT_VIEWS,
  CHART_PERIODS,
  routeChartSpec,
  type RouteChartKind,
  type TimelinePayload,
} from '../../charts/figures/timelineSpecs.ts';
import { toSvgElement } from '../../charts/svg.ts';
import {
  parseTimelineRoute,
  parseTimelineView,
  parseTimelineWindow,
  serializeTimelineView,
  timelineNarrowingInWords,
  timelineWindowInWords,
  timelineWindowParams,
  type MonthExtent,
  type TimelineView,
  type TimelineWindow,
} from '../../lib/timelines/view.ts';
import { readViewQuery } from '../../lib/url/params.ts';
import { SITE_NAME } from '../../lib/site/citation.ts';

let payloadPromise: Promise<TimelinePayload> | null = null;
function loadPayload(url: string): Promise<TimelinePayload> {
  payloadPromise ??= fetch(url).then((r) => r.json() as Promise<TimelinePayload>);
  return payloadPromise;
}

function cell(tag: 'td' | 'th', text: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * The width to draw at: the build's 900 px, or the column's own width wherever it is narrower (a tablet's too,
 * not only a phone's), so the drawing is never shrunk and its 11 px text stays 11 px on screen.
 */
function chartWidthPx(figure: HTMLElement): number {
  const available = figure.querySelector<HTMLElement>('[data-chart-svgs]')!.clientWidth;
  return available > 0 && available < BUILD_WIDTH_PX ? Math.max(280, Math.floor(available)) : BUILD_WIDTH_PX;
}

/** The route the page is narrowed to (?route=…), or null: read from the URL, changed by the route menu. */
let onlyRoute: string | null = null;
/** The period the page is narrowed to (?from=…&to=…), or null for the whole period: read from the URL, changed by the period selects. */
let onlyWindow: TimelineWindow | null = null;

async function render(figure: HTMLElement, kind: RouteChartKind, view: TimelineView, dataUrl: string) {
  const payload = await loadPayload(dataUrl);
  const widthPx = chartWidthPx(figure);
  const built = buildRouteChart(routeChartSpec(kind, payload, view.period, onlyRoute, onlyWindow), view, widthPx);
  figure.dataset['widthPx'] = String(widthPx);
  const svgs = figure.querySelector<HTMLElement>('[data-chart-svgs]')!;
  svgs.classList.toggle('multiples', view.layout === 'multiples');
  svgs.classList.toggle('combined', view.layout === 'combined');
  svgs.replaceChildren(...built.svgs.map((node) => toSvgElement(node, document)));
  figure.querySelector('[data-chart-summary]')!.replaceChildren(
    ...built.summary.map((s) => {
      const p = document.createElement('p');
      p.textContent = s;
      return p;
    }),
  );
  // The header row too: a page narrowed to one route has that route's column alone.
  const headRow = figure.querySelector('[data-chart-table] thead tr');
  headRow?.replaceChildren(
    ...built.table.headers.map((h, i) => cell('th', h, i > 0 ? { scope: 'col', class: 'num' } : { scope: 'col' })),
  );
  const tbody = figure.querySelector('[data-chart-table] tbody');
  if (tbody) {
    tbody.replaceChildren(
      ...built.table.rows.map(([first, ...cells]) => {
        const tr = document.createElement('tr');
        tr.append(cell('th', first!, { scope: 'row' }), ...cells.map((c) => cell('td', c, { class: 'num' })));
        return tr;
      }),
    );
  }
  for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-view-key]')) {
    const key = button.dataset['viewKey'] as keyof TimelineView;
    button.setAttribute('aria-pressed', String(view[key] === button.dataset['viewValue']));
  }
  figure.dataset['view'] = serializeTimelineView(view);
}

/** The data's months, from the element that names them (the period selects, or an embed's view scope). */
const extentOf = (el: HTMLElement): MonthExtent => ({
  firstMonth: el.dataset['firstMonth']!,
  lastMonth: el.dataset['lastMonth']!,
});

const clampMonth = (month: string, extent: MonthExtent) =>
  month < extent.firstMonth ? extent.firstMonth : month > extent.lastMonth ? extent.lastMonth : month;

/**
 * The period selects: a year each for the first and last year shown, and a button back to the whole period.
 * They write whole years (from=2015-01&to=2016-12); a hand-written month window is kept and named in words.
 */
function initPeriodFilter(rerenderAll: () => void): void {
  const filter = document.querySelector<HTMLElement>('[data-period-filter]');
  if (!filter) {
    // A chart's embed has no selects, but shows the period its embed code carries (?from=&to=).
    const scope = document.querySelector<HTMLElement>('[data-view-scope]');
    if (scope) onlyWindow = parseTimelineWindow(readViewQuery(location.search), extentOf(scope));
    return;
  }
  const extent = extentOf(filter);
  const from = filter.querySelector<HTMLSelectElement>('[data-period-from]')!;
  const to = filter.querySelector<HTMLSelectElement>('[data-period-to]')!;
  const clear = filter.querySelector<HTMLButtonElement>('[data-period-clear]')!;
  const text = filter.querySelector<HTMLElement>('[data-period-text]')!;
  const show = () => {
    const shown = onlyWindow ?? { fromMonth: extent.firstMonth, toMonth: extent.lastMonth };
    from.value = String(yearOf(shown.fromMonth));
    to.value = String(yearOf(shown.toMonth));
    clear.hidden = onlyWindow === null;
    text.textContent = `${onlyWindow ? 'Showing' : 'Showing the whole period'}: ${timelineWindowInWords(shown)}.`;
  };
  const change = (window: TimelineWindow | null) => {
    onlyWindow = window && parseTimelineWindow({ from: window.fromMonth, to: window.toMonth }, extent);
    setViewParams(timelineWindowParams(onlyWindow, extent));
    show();
    rerenderAll();
  };
  onlyWindow = parseTimelineWindow(readViewQuery(location.search), extent);
  show();
  filter.hidden = false;
  const fromSelects = () => {
    // A first year after the last one moves the last one with it, so the selects never make an empty period.
    const [first, last] = [Number(from.value), Math.max(Number(from.value), Number(to.value))];
    change({
      fromMonth: clampMonth(formatMonth(first, 1), extent),
      toMonth: clampMonth(formatMonth(last, 12), extent),
    });
  };
  from.addEventListener('change', fromSelects);
  to.addEventListener('change', () => {
    if (Number(to.value) < Number(from.value)) from.value = to.value;
    fromSelects();
  });
  clear.addEventListener('click', () => {
    change(null);
    from.focus();
  });
}

/** An embed's view scope (src/pages/embed/timelines/[chart].astro): the routes and months its address may name. */
function viewScope(): { scope: HTMLElement; routeIds: string[]; routeLabels: Record<string, string> } | null {
  const scope = document.querySelector<HTMLElement>('[data-view-scope]');
  if (!scope) return null;
  return {
    scope,
    routeIds: scope.dataset['routeIds']?.split(',') ?? [],
    routeLabels: JSON.parse(scope.dataset['routeLabels'] ?? '{}') as Record<string, string>,
  };
}

/** The route and period the address narrows an embed to, in words, or null (every route, the whole period). */
function narrowingInWords(route: string | null, window: TimelineWindow | null): string | null {
  const found = viewScope();
  if (!found) return null;
  return timelineNarrowingInWords(route && (found.routeLabels[route] ?? route), window, extentOf(found.scope));
}

/**
 * An embed's heading and document title name what its address narrows it to: "Detections by route: Central
 * Mediterranean route, January 2016 – December 2018". The words are a span of their own, which the image
 * download reads as the view's state (RouteChart.astro's stateSelector).
 */
function nameNarrowing(words: string): void {
  for (const heading of document.querySelectorAll<HTMLElement>('[data-route-chart] > h1')) {
    const span = document.createElement('span');
    span.dataset['chartNarrowing'] = '';
    span.textContent = words;
    heading.append(': ', span);
    document.title = `${(heading.textContent ?? '').trim()} · ${SITE_NAME}`;
  }
}

/**
 * static=1: the build's drawing of every route over the whole period stays. When the address asks for a route or
 * period, a visible line says the drawing does not show it.
 */
export function noteStaticNarrowing(): void {
  const found = viewScope();
  const note = document.querySelector<HTMLElement>('[data-static-narrowing-note]');
  if (!found || !note) return;
  const query = readViewQuery(location.search);
  const extent = extentOf(found.scope);
  const asked = narrowingInWords(parseTimelineRoute(query.route, found.routeIds), parseTimelineWindow(query, extent));
  if (!asked) return;
  const whole = timelineWindowInWords({ fromMonth: extent.firstMonth, toMonth: extent.lastMonth });
  note.textContent = `This drawing shows every route, ${whole}. The view its link names (${asked}) is drawn only by the live embed, without static=1.`;
  note.hidden = false;
}

export function initRouteCharts(dataUrl: string): void {
  const menu = document.querySelector<HTMLSelectElement>('[data-route-filter]');
  // The page's route menu, or in an embed (no menu) the routes its view scope names: ?route= works in both.
  const routeIds = menu
    ? [...menu.options].map((o) => o.value).filter(Boolean)
    : (document.querySelector<HTMLElement>('[data-view-scope]')?.dataset['routeIds']?.split(',') ?? []);
  onlyRoute = parseTimelineRoute(readViewQuery(location.search).route, routeIds);
  const renderers: (() => void)[] = [];
  if (menu) {
    menu.value = onlyRoute ?? '';
    menu.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
    menu.addEventListener('change', () => {
      onlyRoute = menu.value || null;
      setViewParam('route', onlyRoute);
      for (const rerender of renderers) rerender();
    });
  }
  initPeriodFilter(() => {
    for (const rerender of renderers) rerender();
  });
  if (!menu) {
    const words = narrowingInWords(onlyRoute, onlyWindow);
    if (words) nameNarrowing(words);
  }
  for (const figure of document.querySelectorAll<HTMLElement>('[data-route-chart]')) {
    const kind = figure.dataset['routeChart'] as RouteChartKind;
    const defaults = serializeTimelineView(CHART_DEFAULT_VIEWS[kind]);
    let view = parseTimelineView(readViewQuery(location.search)[kind], CHART_DEFAULT_VIEWS[kind], CHART_PERIODS[kind]);
    figure.dataset['view'] = serializeTimelineView(view);
    renderers.push(() => void render(figure, kind, view, dataUrl));
    const redraw =
      figure.dataset['redrawOnLoad'] !== undefined ||
      serializeTimelineView(view) !== defaults ||
      chartWidthPx(figure) !== BUILD_WIDTH_PX ||
      onlyRoute ||
      onlyWindow;
    if (redraw) void render(figure, kind, view, dataUrl);
    // Follow the column's width (a phone turned, a window resized) once the change settles.
    let resizeTimer: number | undefined;
    new ResizeObserver(() => {
      window.clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => {
        if (String(chartWidthPx(figure)) !== (figure.dataset['widthPx'] ?? String(BUILD_WIDTH_PX)))
          void render(figure, kind, view, dataUrl);
      }, 150);
    }).observe(figure);
    for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-view-key]')) {
      button.addEventListener('click', () => {
        view = { ...view, [button.dataset['viewKey']!]: button.dataset['viewValue'] } as TimelineView;
        setViewParam(kind, serializeTimelineView(view) === defaults ? null : serializeTimelineView(view));
        void render(figure, kind, view, dataUrl);
      });
    }
  }
}
