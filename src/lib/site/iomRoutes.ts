/**
 * Some routes of the site combine several IOM routes (the Eastern Mediterranean holds IOM's sea route and
 * its Türkiye-Europe land route across the Evros). Their dead-and-missing totals are then higher than the
 * IOM headline for the route of the same name, so every such total carries a note and the split is
 * published.
 */
import type { RouteId } from '../core/ids.ts';
import type { Route } from '../data/schemas/curated.ts';
import type { Incident } from '../data/schemas/derived.ts';
import { yearOf } from '../time/months.ts';

export interface DeathsByIomRoute {
  route_id: RouteId;
  year: number;
  iom_route: string;
  /** Distinct IOM events (Main ID): an event recorded in several parts counts once. */
  incidents: number;
  dead_missing: number;
}

/** Dead and missing per route, year and IOM route; only combinations with at least one record are listed. */
export function deathsByIomRouteYear(incidents: readonly Incident[]): DeathsByIomRoute[] {
  const rows = new Map<string, DeathsByIomRoute & { events: Set<string> }>();
  for (const incident of incidents) {
    if (incident.route_id === 'other') continue;
    const year = yearOf(incident.date);
    const key = `${incident.route_id}|${year}|${incident.iom_route}`;
    const row = rows.get(key) ?? {
      route_id: incident.route_id,
      year,
      iom_route: incident.iom_route,
      incidents: 0,
      dead_missing: 0,
      events: new Set<string>(),
    };
    row.events.add(incident.main_id);
    row.incidents = row.events.size;
    row.dead_missing += incident.dead_missing;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ events: _events, ...row }) => row)
    .sort((a, b) => a.route_id.localeCompare(b.route_id) || a.year - b.year || a.iom_route.localeCompare(b.iom_route));
}

/** The note shown beside a route's dead and missing, or null when the route is one IOM route. */
export function combinedIomRoutesNote(route: Pick<Route, 'label' | 'iom_routes'>): string | null {
  if (route.iom_routes.length < 2) return null;
  const [main, ...others] = route.iom_routes;
  const quoted = others.map((name) => `“${name}”`).join(' and ');
  return `Dead and missing on the ${route.label} route include IOM’s ${quoted} as well as its “${main}” route, so they are higher than IOM’s own figure for “${main}” alone; /downloads/deaths-by-route-year-iom-route.csv gives the split.`;
}
