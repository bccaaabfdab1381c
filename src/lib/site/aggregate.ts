/** Build-time aggregations shared by pages, downloads and tests. Pure functions over typed rows. */
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { CrossingMonth, Incident } from '../data/schemas/derived.ts';
import { monthOf, yearOf } from '../time/months.ts';
import { monthsOfYearWithin } from '../time/periods.ts';
import { partialYearLabel } from '../time/words.ts';
import type { CoverageReason, SeriesSpan } from './coverage.ts';

export interface CrossingYear {
  route_id: RouteId;
  year: number;
  detections: number;
  /** Months of data behind the total (12 unless the series starts or ends inside the year). */
  months_covered: number;
  /** True when all 12 months are in the total; a partial year is never compared with whole ones. */
  complete: boolean;
  coverage: CoverageReason;
}

export function crossingsByYear(months: readonly CrossingMonth[]): CrossingYear[] {
  const totals = new Map<string, CrossingYear>();
  for (const m of months) {
    const year = yearOf(m.month);
    const key = `${m.route_id}|${year}`;
    const row = totals.get(key) ?? {
      route_id: m.route_id,
      year,
      detections: 0,
      months_covered: 0,
      complete: false,
      coverage: 'partial_period',
    };
    row.detections += m.detections;
    row.months_covered += 1;
    row.complete = row.months_covered === 12;
    row.coverage = row.complete ? 'recorded' : 'partial_period';
    totals.set(key, row);
  }
  return sortByRouteYear([...totals.values()]);
}

export interface DeathsYear {
  route_id: RouteId;
  year: number;
  /** null where IOM did not record the route in that year (see coverage), never 0. */
  dead_missing: number | null;
  /** Distinct events (IOM Main IDs), not records: IOM records some events in several parts. */
  incidents: number | null;
  /** Whole calendar months of the year that IOM's records cover for this route. */
  months_covered: number;
  complete: boolean;
  coverage: CoverageReason;
  /** The year named with the part it covers: "2021, Aug–Dec", "2026, to 3 May". */
  label: string;
}

/** Distinct events among records: parts of one event share IOM's Main ID. */
export function countEvents(incidents: Iterable<Incident>): number {
  const events = new Set<string>();
  for (const i of incidents) events.add(i.main_id);
  return events.size;
}

/**
 * Dead and missing per route and year, and the events behind them. Incidents on IOM routes outside the
 * crosswalk (route id `other`) are left out of route totals. Every route gets a row for every year of the
 * table: a covered year without records is 0, a year IOM did not record under the route is empty (null)
 * with its reason in `coverage`.
 */
export function deathsByRouteYear(
  incidents: readonly Incident[],
  deathsCoverage: ReadonlyMap<RouteId, SeriesSpan | null>,
): DeathsYear[] {
  if (incidents.length === 0) return [];
  const years = yearSpan(incidents);
  const byKey = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (incident.route_id === 'other') continue;
    const key = `${incident.route_id}|${yearOf(incident.date)}`;
    const list = byKey.get(key) ?? [];
    list.push(incident);
    byKey.set(key, list);
  }
  const rows: DeathsYear[] = [];
  for (const routeId of ROUTE_IDS) {
    const span = deathsCoverage.get(routeId) ?? null;
    for (const year of years) {
      const whole = span ? monthsOfYearWithin(year, span.firstMonth, span.lastWholeMonth) : [];
      const touched = span ? monthsOfYearWithin(year, span.firstMonth, monthOf(span.lastDay)) : [];
      const list = byKey.get(`${routeId}|${year}`) ?? [];
      const recorded = touched.length > 0;
      rows.push({
        route_id: routeId,
        year,
        dead_missing: recorded ? list.reduce((s, i) => s + i.dead_missing, 0) : null,
        incidents: recorded ? countEvents(list) : null,
        months_covered: whole.length,
        complete: whole.length === 12,
        coverage: !recorded ? 'not_recorded_under_route' : whole.length === 12 ? 'recorded' : 'partial_period',
        label: partialYearLabel(year, whole, span?.lastDay),
      });
    }
  }
  return sortByRouteYear(rows);
}

/** Libya is a focus area: its incidents are those whose country of incident is Libya, on any route. */
export function isLibyaIncident(incident: Incident): boolean {
  return incident.country === 'Libya';
}

export function deathsByYear(
  incidents: readonly Incident[],
): { year: number; dead_missing: number; incidents: number }[] {
  const years = yearSpan(incidents);
  const totals = new Map(years.map((year) => [year, { year, dead_missing: 0, incidents: 0 }]));
  const eventsByYear = new Map(years.map((year) => [year, new Set<string>()]));
  for (const incident of incidents) {
    const row = totals.get(yearOf(incident.date))!;
    row.dead_missing += incident.dead_missing;
    eventsByYear.get(row.year)!.add(incident.main_id);
  }
  for (const row of totals.values()) row.incidents = eventsByYear.get(row.year)!.size;
  return [...totals.values()];
}

function yearSpan(incidents: readonly Incident[]): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const i of incidents) {
    const y = yearOf(i.date);
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

function sortByRouteYear<T extends { route_id: RouteId; year: number }>(rows: T[]): T[] {
  const order = new Map(ROUTE_IDS.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.route_id)! - order.get(b.route_id)! || a.year - b.year);
}
