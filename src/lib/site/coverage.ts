/**
 * What each route's series covers, derived from the data rather than written by hand, so that a period a
 * source does not cover is never shown as zero.
 *
 * - Detections: a route has a Frontex series when the crossings table has rows for it; the series covers
 *   the Frontex file's period. A route without rows (the Sahel) has no series at all.
 * - Dead and missing: IOM records from the first month of its table. IOM also adds routes over time
 *   (its "Belarus-EU border" route begins in 2021): a route whose first record falls after the first year
 *   of the table is taken as recorded from the month of that first record, and the years before it are
 *   "not recorded under this route", not zero. A route seen in the first year counts from the table's start.
 */
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { CrossingMonth, Incident } from '../data/schemas/derived.ts';
import { endOfPartialDate } from '../time/partialDates.ts';
import { monthOf, yearOf } from '../time/months.ts';
import { lastWholeMonthTo } from '../time/periods.ts';

/** Why a cell holds a figure or is empty; written in the `coverage` column of the yearly downloads. */
export const COVERAGE_REASONS = {
  recorded: 'the source covers the whole period',
  partial_period: 'the source covers only part of the period (see months_covered)',
  not_recorded_under_route: 'the source did not yet record this route (it appears later in the data)',
  outside_source_period: 'the period lies outside the dates the source covers',
  no_source_series: 'the source has no series for this route',
} as const;
export type CoverageReason = keyof typeof COVERAGE_REASONS;

export interface SeriesSpan {
  /** First month the series covers, YYYY-MM. */
  firstMonth: string;
  /** Last month wholly covered, YYYY-MM. */
  lastWholeMonth: string;
  /** Last day with records (inside the month after lastWholeMonth when the data stop mid-month). */
  lastDay: string;
}

export interface RouteCoverage {
  detections: Map<RouteId, SeriesSpan | null>;
  deaths: Map<RouteId, SeriesSpan | null>;
}

export function deriveCoverage(
  crossings: readonly CrossingMonth[],
  incidents: readonly Incident[],
  crossingsPeriod: { firstMonth: string; lastMonth: string },
  incidentsPeriod: { firstDate: string; lastDate: string },
): RouteCoverage {
  const withSeries = new Set(crossings.map((c) => c.route_id));
  const detections = new Map<RouteId, SeriesSpan | null>();
  for (const routeId of ROUTE_IDS) {
    detections.set(
      routeId,
      withSeries.has(routeId)
        ? {
            firstMonth: crossingsPeriod.firstMonth,
            lastWholeMonth: crossingsPeriod.lastMonth,
            lastDay: endOfPartialDate(crossingsPeriod.lastMonth),
          }
        : null,
    );
  }

  const deaths = new Map<RouteId, SeriesSpan | null>();
  if (incidents.length === 0) {
    for (const routeId of ROUTE_IDS) deaths.set(routeId, null);
    return { detections, deaths };
  }
  const tableFirstMonth = monthOf(incidentsPeriod.firstDate);
  const firstRecord = new Map<RouteId, string>();
  for (const i of incidents) {
    if (i.route_id === 'other') continue;
    const month = monthOf(i.date);
    const seen = firstRecord.get(i.route_id);
    if (!seen || month < seen) firstRecord.set(i.route_id, month);
  }
  for (const routeId of ROUTE_IDS) {
    const first = firstRecord.get(routeId);
    if (!first) {
      deaths.set(routeId, null);
      continue;
    }
    deaths.set(routeId, {
      firstMonth: yearOf(first) === yearOf(tableFirstMonth) ? tableFirstMonth : first,
      lastWholeMonth: lastWholeMonthTo(incidentsPeriod.lastDate),
      lastDay: incidentsPeriod.lastDate,
    });
  }
  return { detections, deaths };
}
