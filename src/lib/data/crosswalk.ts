/** The route crosswalk lives in data/routes.csv; this turns it into look-ups for each upstream series. */
import { OTHER_ROUTE, type IncidentRouteId, type RouteId } from '../core/ids.ts';
import type { Route } from './schemas/curated.ts';

export interface Crosswalk {
  /** Frontex route name → route id; undefined for Frontex routes the site does not show. */
  frontexRouteId(frontexRoute: string): RouteId | undefined;
  /** IOM route field → route id. Multi-route rows ("A,B") count toward the first route listed. */
  iomRouteId(iomRoute: string): IncidentRouteId;
}

export function firstIomRoute(iomRoute: string): string {
  return iomRoute.split(',')[0]!.trim();
}

export function buildCrosswalk(routes: readonly Route[]): Crosswalk {
  const byFrontex = new Map<string, RouteId>();
  const byIom = new Map<string, RouteId>();
  for (const route of routes) {
    if (route.frontex_route) byFrontex.set(route.frontex_route, route.id);
    for (const name of route.iom_routes) byIom.set(name, route.id);
  }
  return {
    frontexRouteId: (name) => byFrontex.get(name.trim()),
    iomRouteId: (name) => byIom.get(firstIomRoute(name)) ?? OTHER_ROUTE,
  };
}
