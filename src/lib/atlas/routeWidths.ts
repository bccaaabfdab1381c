/** Route line width proportional to detections per month in the window; one scale for map and legend. */
export const ROUTE_WIDTH = { minPx: 2, maxPx: 22 };

export interface RouteWidthScale {
  /** Detections per month that draw the widest line. */
  maxDetectionsPerMonth: number;
  widthPx(detectionsPerMonth: number | null): number;
}

/** A fixed domain (the largest monthly average of any route over any 12-month window) keeps widths comparable across windows. */
export function routeWidthScale(maxDetectionsPerMonth: number): RouteWidthScale {
  const domain = Math.max(1, maxDetectionsPerMonth);
  return {
    maxDetectionsPerMonth: domain,
    widthPx: (perMonth) =>
      perMonth === null
        ? ROUTE_WIDTH.minPx
        : ROUTE_WIDTH.minPx + (ROUTE_WIDTH.maxPx - ROUTE_WIDTH.minPx) * Math.min(1, perMonth / domain),
  };
}
