/** The interactive timeline charts, specified once for the page (build) and the browser (re-render). */
import { routeShortLabels } from './chartPair.ts';
import type { RouteChartSpec } from './timelineCharts.ts';
import type { Route } from '../../lib/data/schemas/curated.ts';
import {
  deathsSeries,
  describePartialPeriods,
  describeFlaggedRates,
  detectionsSeries,
  ratesSeries,
  seriesWithin,
  type Period,
  type RouteSeries,
  type RatePeriod,
} from '../../lib/timelines/series.ts';
import { seriesFromPayload, type TimelinePayload } from '../../lib/timelines/payload.ts';
import {
  DEFAULT_VIEW,
  timelineWindowInWords,
  type TimelineView,
  type TimelineWindow,
} from '../../lib/timelines/view.ts';

export type { TimelinePayload };

export type RouteChartKind = 'detections' | 'deaths' | 'rates';

/** The periods each chart offers: a monthly rate over a few hundred detections would be noise. */
export const CHART_PERIODS: Record<RouteChartKind, readonly Period[]> = {
  detections: ['month', 'quarter', 'year'],
  deaths: ['month', 'quarter', 'year'],
  rates: ['quarter', 'year'],
};

export const CHART_DEFAULT_VIEWS: Record<RouteChartKind, TimelineView> = {
  detections: DEFAULT_VIEW,
  deaths: DEFAULT_VIEW,
  rates: { ...DEFAULT_VIEW, period: 'year' },
};

/** What each chart is called on the page and in its embed, and the note on its sources. */
export const CHART_TEXT: Record<RouteChartKind, { heading: string; note: string }> = {
  detections: {
    heading: 'Detections by route',
    note: 'Source: Frontex, detections of illegal border-crossings (detections, not people; Western Balkans figures double-count people detected earlier in Greece). Measures: curated list.',
  },
  deaths: {
    heading: 'Dead and missing by route',
    note: 'Source: IOM Missing Migrants Project, a minimum estimate. The last, incomplete month is left out.',
  },
  rates: {
    heading: 'Deaths per 1,000 detections',
    note: 'Numerator: IOM dead and missing (minimum estimate). Denominator: Frontex detections (detections, not people). The two counts behind each rate are in the detections and dead-and-missing charts of the timelines page, and in their tables. The ratio is an indicator of danger relative to recorded crossings, not a probability of dying; quarterly rates swing more, because a single shipwreck weighs more in three months than in twelve.',
  },
};

export const ROUTE_CHART_KINDS = Object.keys(CHART_TEXT) as RouteChartKind[];

/**
 * The query parameters a route chart's view is made of: its own view, and the route and period the page is
 * narrowed to. Its permalink and its embed code both carry them, so an embed shows what the page showed.
 */
export function routeChartViewParams(kind: RouteChartKind): [RouteChartKind, 'route', 'from', 'to'] {
  return [kind, 'route', 'from', 'to'];
}

const formatRate = (n: number) => n.toFixed(1);

/**
 * The chart's specification; with `routeId`, narrowed to that route (its series, and its name in the title);
 * with `window`, to the periods wholly inside those months (series, table, summary, axis and title alike).
 */
export function routeChartSpec(
  kind: RouteChartKind,
  p: TimelinePayload,
  period: Period,
  routeId: string | null = null,
  window: TimelineWindow | null = null,
): RouteChartSpec {
  // An id the data does not have draws every route, as a page without ?route= does.
  const known = routeId !== null && p.routes.some((r) => r.id === routeId) ? routeId : null;
  const spec = narrowToWindow(
    { ...chartSpec(kind, p, period, window, known), shortLabels: routeShortLabels(p.routes) },
    window,
  );
  if (known === null || spec.series.length !== 1 || spec.series[0]!.id !== known) return spec;
  return { ...spec, title: `${spec.title}: ${spec.series[0]!.label}` };
}

function narrowToWindow(spec: RouteChartSpec, window: TimelineWindow | null): RouteChartSpec {
  if (!window) return spec;
  const { fromMonth, toMonth } = window;
  const inWords = timelineWindowInWords(window);
  return {
    ...spec,
    title: `${spec.title}, ${inWords}`,
    events: spec.events.filter((e) => e.month >= fromMonth && e.month <= toMonth),
    xDomain: [fromMonth, toMonth],
    // The series were narrowed (route and window) before their notes were written, so every count in the text is the view's.
    notes: [`Shown: ${inWords} only; a quarter or year the period cuts through is left out.`, ...(spec.notes ?? [])],
  };
}

function chartSpec(
  kind: RouteChartKind,
  p: TimelinePayload,
  period: Period,
  window: TimelineWindow | null,
  routeId: string | null,
): RouteChartSpec {
  const series = seriesFromPayload(p);
  // Narrowed to the route and the window before any note is written, so every count in the notes is the view's.
  const within = (all: RouteSeries[]) => {
    // A route without this series (no Frontex series for the Sahel) draws every route, as before.
    const only = all.filter((s) => s.id === routeId);
    const routes = only.length > 0 ? only : all;
    return window ? seriesWithin(routes, window.fromMonth, window.toMonth) : routes;
  };
  const routes = p.routes as Route[];
  const partialNotes = (counts: RouteSeries[]) => (period === 'month' ? [] : [describePartialPeriods(counts, period)]);
  if (kind === 'detections') {
    const counts = within(detectionsSeries(series, routes, period));
    return {
      id: 'detections',
      title: `Detections by route, per ${period}`,
      unit: `Detections per ${period} (not people)`,
      unitInText: `detections in a ${period}`,
      description:
        'Frontex detections of illegal border-crossings on each route. Triangles on the time axis mark measures; select one to open its page.',
      series: counts,
      events: p.events,
      notes: partialNotes(counts),
    };
  }
  const deathEvents = p.events.filter((e) => e.month >= p.deathsFirstMonth);
  if (kind === 'deaths') {
    const counts = within(deathsSeries(series, routes, period));
    return {
      id: 'deaths',
      title: `Dead and missing by route, per ${period}`,
      unit: `Dead and missing per ${period} (minimum estimate)`,
      unitInText: `dead and missing in a ${period}`,
      description:
        'People recorded dead or missing by the IOM Missing Migrants Project on each route. Triangles mark measures.',
      series: counts,
      events: deathEvents,
      notes: partialNotes(counts),
    };
  }
  const ratePeriod: RatePeriod = period === 'quarter' ? 'quarter' : 'year';
  const rates = within(ratesSeries(series, routes, ratePeriod));
  return {
    id: 'rates',
    title: `Dead and missing per 1,000 detections, by route and ${ratePeriod}`,
    unit: 'Dead and missing per 1,000 detections',
    unitInText: `dead and missing per 1,000 detections in a ${ratePeriod}`,
    description: `For each route and complete ${ratePeriod}, IOM dead and missing divided by Frontex detections, times 1,000. Where a ${ratePeriod} has fewer than 1,000 detections, a cross on the time axis stands in for the point.`,
    series: rates,
    events: deathEvents,
    format: formatRate,
    notes: [describeFlaggedRates(rates, ratePeriod)],
  };
}
