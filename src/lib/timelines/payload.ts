/** The timelines' data as shipped to the browser: the monthly series in plain JSON, and back. */
import type { RouteId } from '../core/ids.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';
import type { Route } from '../data/schemas/curated.ts';
import type { ChartEvent } from './series.ts';

export interface TimelinePayload {
  routes: Pick<
    Route,
    'id' | 'label' | 'colour' | 'short_label' | 'description' | 'frontex_route' | 'iom_routes' | 'regions'
  >[];
  months: string[];
  detections: [RouteId, (number | null)[]][];
  deadMissing: [RouteId, (number | null)[]][];
  detectionsLastMonth: string;
  deathsFirstMonth: string;
  deathsLastCompleteMonth: string;
  events: ChartEvent[];
}

export function timelinePayload(
  series: MonthlySeries,
  routes: readonly Route[],
  events: ChartEvent[],
): TimelinePayload {
  return {
    routes: routes.map((r) => ({ ...r })),
    months: series.months,
    detections: [...series.detections.entries()],
    deadMissing: [...series.deadMissing.entries()],
    detectionsLastMonth: series.detectionsLastMonth,
    deathsFirstMonth: series.deathsFirstMonth,
    deathsLastCompleteMonth: series.deathsLastCompleteMonth,
    events,
  };
}

export function seriesFromPayload(p: TimelinePayload): MonthlySeries {
  return {
    months: p.months,
    detections: new Map(p.detections),
    deadMissing: new Map(p.deadMissing),
    detectionsLastMonth: p.detectionsLastMonth,
    deathsFirstMonth: p.deathsFirstMonth,
    deathsLastCompleteMonth: p.deathsLastCompleteMonth,
  };
}
