/** Monthly series per route on one shared month axis, the input of the shift analysis and the timelines. */
import { monthOf, monthRange } from '../time/months.ts';
import { lastWholeMonthTo } from '../time/periods.ts';
import type { SeriesSpan } from './coverage.ts';
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { CrossingMonth, Incident } from '../data/schemas/derived.ts';

export interface MonthlySeries {
  /** Every month of the axis, YYYY-MM. */
  months: string[];
  /** Detections per route and month; null where Frontex has no data; routes without a series are absent. */
  detections: Map<RouteId, (number | null)[]>;
  /** Dead and missing per route and month; null outside the IOM period and before IOM recorded the route. */
  deadMissing: Map<RouteId, (number | null)[]>;
  /** Last month of each series that is complete. */
  detectionsLastMonth: string;
  deathsFirstMonth: string;
  deathsLastCompleteMonth: string;
}

/**
 * The IOM table ends on a day inside its last month (e.g. 3 May 2026); that month is incomplete, so the
 * deaths series stops at the month before unless the last record falls on the month's last day.
 */
export function buildMonthlySeries(
  crossings: readonly CrossingMonth[],
  incidents: readonly Incident[],
  crossingsPeriod: { firstMonth: string; lastMonth: string },
  incidentsPeriod: { firstDate: string; lastDate: string },
  /** Where each route's deaths series starts (src/lib/site/coverage.ts); without it, at the table's start. */
  deathsCoverage?: ReadonlyMap<RouteId, SeriesSpan | null>,
): MonthlySeries {
  const deathsFirstMonth = monthOf(incidentsPeriod.firstDate);
  const deathsLastCompleteMonth = lastWholeMonthTo(incidentsPeriod.lastDate);
  const last =
    deathsLastCompleteMonth > crossingsPeriod.lastMonth ? deathsLastCompleteMonth : crossingsPeriod.lastMonth;
  const months = monthRange(crossingsPeriod.firstMonth, last);
  const index = new Map(months.map((m, i) => [m, i]));

  const detections = new Map<RouteId, (number | null)[]>();
  for (const c of crossings) {
    let series = detections.get(c.route_id);
    if (!series) {
      series = months.map((m) => (m <= crossingsPeriod.lastMonth ? 0 : null));
      detections.set(c.route_id, series);
    }
    series[index.get(c.month)!] = c.detections;
  }

  const deadMissing = new Map<RouteId, (number | null)[]>();
  for (const routeId of ROUTE_IDS) {
    const span = deathsCoverage ? deathsCoverage.get(routeId) : undefined;
    const from = span === undefined ? deathsFirstMonth : span === null ? null : span.firstMonth;
    deadMissing.set(
      routeId,
      months.map((m) => (from !== null && m >= from && m <= deathsLastCompleteMonth ? 0 : null)),
    );
  }
  for (const i of incidents) {
    if (i.route_id === 'other') continue;
    const k = index.get(monthOf(i.date));
    const series = deadMissing.get(i.route_id)!;
    if (k !== undefined && series[k] !== null) series[k] = series[k]! + i.dead_missing;
  }
  return {
    months,
    detections,
    deadMissing,
    detectionsLastMonth: crossingsPeriod.lastMonth,
    deathsFirstMonth,
    deathsLastCompleteMonth,
  };
}
