/** Build-time aggregations shared by pages, downloads and tests. Pure functions over typed rows. */
import { ROUTE_IDS, type RouteId } from '../core/ids.ts';
import type { CrossingMonth, Incident } from '../data/schemas/derived.ts';
import { yearOf } from '../time/months.ts';

export interface CrossingYear {
  route_id: RouteId;
  year: number;
  detections: number;
  /** Months of data behind the total (12 unless the series starts or ends inside the year). */
  months_covered: number;
}

export function crossingsByYear(months: readonly CrossingMonth[]): CrossingYear[] {
  const totals = new Map<string, CrossingYear>();
  for (const m of months) {
    const year = yearOf(m.month);
    const key = `${m.route_id}|${year}`;
    const row = totals.get(key) ?? { route_id: m.route_id, year, detections: 0, months_covered: 0 };
    row.detections += m.detections;
    row.months_covered += 1;
    totals.set(key, row);
  }
  return sortByRouteYear([...totals.values()]);
}

export interface DeathsYear {
  route_id: RouteId;
  year: number;
  dead_missing: number;
  incidents: number;
}

/**
 * Dead and missing per route and year. Incidents on IOM routes outside the crosswalk (route id
 * `other`) are left out of route totals. Every route gets a row for every year of the table, zero
 * included, so that a year without records is visible rather than missing.
 */
export function deathsByRouteYear(incidents: readonly Incident[]): DeathsYear[] {
  if (incidents.length === 0) return [];
  const years = yearSpan(incidents);
  const totals = new Map<string, DeathsYear>();
  for (const routeId of ROUTE_IDS)
    for (const year of years)
      totals.set(`${routeId}|${year}`, { route_id: routeId, year, dead_missing: 0, incidents: 0 });
  for (const incident of incidents) {
    if (incident.route_id === 'other') continue;
    const row = totals.get(`${incident.route_id}|${yearOf(incident.date)}`)!;
    row.dead_missing += incident.dead_missing;
    row.incidents += 1;
  }
  return sortByRouteYear([...totals.values()]);
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
  for (const incident of incidents) {
    const row = totals.get(yearOf(incident.date))!;
    row.dead_missing += incident.dead_missing;
    row.incidents += 1;
  }
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
