/**
 * Sizes and emphasis of the map's marks shared by the WebGL layers (layers.ts) and the static SVG maps (staticMap.ts). Kept
 * apart from layers.ts, which imports deck.gl, so the static drawings (the atlas's image download among them)
 * never pull deck.gl into the browser.
 */

/** Area ∝ dead + missing: radius grows with the square root. */
export function incidentRadiusPx(deadMissing: number): number {
  return 2 + 1.4 * Math.sqrt(Math.max(0, deadMissing));
}

/**
 * Route line opacity (0–255): emphasised (selected or highlighted), plain, or faded beside highlighted routes.
 * Widths are left alone, since a route's width encodes its detections. The static map reads the same values.
 */
export const ROUTE_ALPHA = { emphasised: 255, plain: 200, faded: 80 } as const;
export type RouteEmphasis = keyof typeof ROUTE_ALPHA;

/** How a route is drawn, given the selected route and the highlighted ones (any number of them). */
export function routeEmphasis(
  routeId: string,
  selectedRouteId: string | null,
  highlightedRouteIds: readonly string[] = [],
): RouteEmphasis {
  if (routeId === selectedRouteId || highlightedRouteIds.includes(routeId)) return 'emphasised';
  return highlightedRouteIds.length > 0 ? 'faded' : 'plain';
}

/** Glyph size of a measure mark, px: larger when selected or highlighted. */
export const MEASURE_SIZE_PX = { emphasised: 26, plain: 18 } as const;
