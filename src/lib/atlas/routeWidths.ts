/**
 * Route line width proportional to detections per month in the window; one scale for map and legend.
 * Readers compare widths as ratios, so the width is proportional to the count (twice the detections, twice
 * the width) up to `maxPx`; only a flow too small to see is raised to `minPx`, so it never vanishes.
 */
export const ROUTE_WIDTH = { minPx: 2, maxPx: 22 };

export interface RouteWidthScale {
  /** Detections per month that draw the widest line. */
  maxDetectionsPerMonth: number;
  widthPx(detectionsPerMonth: number | null): number;
}

/**
 * Two domains: fixed (the busiest month of any route over the whole period) keeps widths comparable across
 * windows; fitted (the busiest monthly average in the windows on screen) lets a small flow's rise show.
 */
export function routeWidthScale(maxDetectionsPerMonth: number): RouteWidthScale {
  const domain = Math.max(1, maxDetectionsPerMonth);
  return {
    maxDetectionsPerMonth: domain,
    widthPx: (perMonth) =>
      perMonth === null
        ? ROUTE_WIDTH.minPx
        : Math.max(ROUTE_WIDTH.minPx, ROUTE_WIDTH.maxPx * Math.min(1, Math.max(0, perMonth) / domain)),
  };
}
