/**
 * Where a route's change label sits on the map: a fixed point along the route's path, computed once at
 * build time (labels are never placed in the browser). The point lies `fraction` of the way along the
 * route's longest line, measured in degrees, so it always falls on the drawn path.
 */
import type { RoutePathFeature } from '../data/schemas/geo.ts';

type Point = [number, number];

function lengthDeg(line: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++)
    total += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
  return total;
}

/** The point `fraction` (0–1) of the way along a polyline. */
export function pointAlong(line: readonly Point[], fraction: number): Point {
  let left = lengthDeg(line) * Math.min(1, Math.max(0, fraction));
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1]!;
    const [x1, y1] = line[i]!;
    const segment = Math.hypot(x1 - x0, y1 - y0);
    if (segment >= left && segment > 0) {
      const t = left / segment;
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t];
    }
    left -= segment;
  }
  return line[line.length - 1]!;
}

/** The label anchor [lon, lat] of each route with a path, by route id. */
export function routeLabelAnchors(features: readonly RoutePathFeature[], fraction = 0.55): Record<string, Point> {
  const anchors: Record<string, Point> = {};
  for (const feature of features) {
    const lines: Point[][] = (
      feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    ).map((line) => line.map((p) => [p[0]!, p[1]!] as Point));
    const longest = lines.reduce((a, b) => (lengthDeg(b) > lengthDeg(a) ? b : a));
    const previous = anchors[feature.properties.route_id];
    // A route drawn as several features keeps the anchor on its longest line.
    if (!previous) anchors[feature.properties.route_id] = pointAlong(longest, fraction);
  }
  return anchors;
}

/** The lon/lat box around the paths of some routes, or null when none of them has a path. */
export function routesBounds(
  features: readonly RoutePathFeature[],
  routeIds: readonly string[],
): { minLon: number; minLat: number; maxLon: number; maxLat: number } | null {
  let box: { minLon: number; minLat: number; maxLon: number; maxLat: number } | null = null;
  for (const feature of features) {
    if (!routeIds.includes(feature.properties.route_id)) continue;
    const lines =
      feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const line of lines) {
      for (const [lon, lat] of line) {
        box ??= { minLon: lon!, minLat: lat!, maxLon: lon!, maxLat: lat! };
        box = {
          minLon: Math.min(box.minLon, lon!),
          minLat: Math.min(box.minLat, lat!),
          maxLon: Math.max(box.maxLon, lon!),
          maxLat: Math.max(box.maxLat, lat!),
        };
      }
    }
  }
  return box;
}
