/** The two interactive timeline charts, specified once for the page (build) and the browser (re-render). */
import type { RouteChartSpec } from './timelineCharts.ts';
import type { Route } from '../lib/schemas/curated.ts';
import { deathsSeries, detectionsSeries, type Period } from '../lib/timelines.ts';
import { seriesFromPayload, type TimelinePayload } from '../lib/timelinePayload.ts';

export type { TimelinePayload };

export type RouteChartKind = 'detections' | 'deaths';

export function routeChartSpec(kind: RouteChartKind, p: TimelinePayload, period: Period): RouteChartSpec {
  const series = seriesFromPayload(p);
  const routes = p.routes as Route[];
  if (kind === 'detections') {
    return {
      id: 'detections',
      title: `Detections by route, per ${period}`,
      unit: `Detections per ${period} (not people)`,
      unitInText: `detections in a ${period}`,
      description:
        'Frontex detections of illegal border-crossings on each route. Triangles on the time axis mark measures; select one to open its page.',
      series: detectionsSeries(series, routes, period),
      events: p.events,
    };
  }
  return {
    id: 'deaths',
    title: `Dead and missing by route, per ${period}`,
    unit: `Dead and missing per ${period} (minimum estimate)`,
    unitInText: `dead and missing in a ${period}`,
    description:
      'People recorded dead or missing by the IOM Missing Migrants Project on each route. Triangles mark measures.',
    series: deathsSeries(series, routes, period),
    events: p.events.filter((e) => e.month >= p.deathsFirstMonth),
  };
}
