/** Route ids are fixed in code so that zod can type them; data/routes.csv must list exactly these. */
export const ROUTE_IDS = [
  'central-mediterranean',
  'eastern-mediterranean',
  'western-balkans',
  'sahel-agadez',
  'western-mediterranean',
  'atlantic',
  'eastern-borders',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Libya is a focus area, not a route: its incidents are those whose country of incident is Libya. */
export const REGION_IDS = [...ROUTE_IDS, 'libya'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Incidents on IOM routes outside the crosswalk keep this id and stay out of route totals. */
export const OTHER_ROUTE = 'other' as const;
export type IncidentRouteId = RouteId | typeof OTHER_ROUTE;

export const REGION_LABELS: Record<RegionId, string> = {
  'central-mediterranean': 'Central Mediterranean',
  'eastern-mediterranean': 'Eastern Mediterranean',
  'western-balkans': 'Western Balkans',
  'sahel-agadez': 'Sahel / Agadez',
  'western-mediterranean': 'Western Mediterranean',
  atlantic: 'Atlantic / Canary Islands',
  'eastern-borders': 'Eastern borders',
  libya: 'Libya',
};
