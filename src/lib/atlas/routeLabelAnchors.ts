/**
 * Where a route's change label sits on the map: a fixed point along the route's path, computed once at
 * build time (labels are never placed in the browser). The point lies `fraction` of the way along the
 * route's longest line, measured in degrees, so it always falls on the drawn path.
 */
import type { RoutePathFeature } from '../data/schemas/geo.ts';
import { mercatorPx } from './labelPlacement.ts';

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

/** The longest line of each route's (first) path feature, by route id. */
function longestLines(features: readonly RoutePathFeature[]): Map<string, Point[]> {
  const longest = new Map<string, Point[]>();
  for (const feature of features) {
    const lines: Point[][] = (
      feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates
    ).map((line) => line.map((p) => [p[0]!, p[1]!] as Point));
    const id = feature.properties.route_id;
    if (!longest.has(id))
      longest.set(
        id,
        lines.reduce((a, b) => (lengthDeg(b) > lengthDeg(a) ? b : a)),
      );
  }
  return longest;
}

/** The label anchor [lon, lat] of each route with a path, by route id: `fraction` of the way along its longest line. */
export function routeLabelAnchors(features: readonly RoutePathFeature[], fraction = 0.55): Record<string, Point> {
  const anchors: Record<string, Point> = {};
  for (const [id, line] of longestLines(features)) anchors[id] = pointAlong(line, fraction);
  return anchors;
}

/** Fractions along a route tried for its change label: the middle stretch first, then outwards. */
const LABEL_FRACTIONS = [0.55, 0.5, 0.6, 0.45, 0.65, 0.4, 0.7, 0.35, 0.75, 0.3, 0.8, 0.25, 0.85, 0.2, 0.9, 0.15];

/**
 * The points a route's change label may sit at, best first, computed at build time: along its longest line,
 * middle first. Which one is used depends on the marks in view (placeChangeLabels).
 */
export function routeLabelCandidates(features: readonly RoutePathFeature[]): Record<string, Point[]> {
  const candidates: Record<string, Point[]> = {};
  for (const [id, line] of longestLines(features))
    candidates[id] = LABEL_FRACTIONS.map((f) => {
      const [lon, lat] = pointAlong(line, f);
      // Four decimals (about 10 m): the payload stays small.
      return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
    });
  return candidates;
}

/** Change labels as the map draws them (src/map/labels.ts changeLabels): bold, centred on the anchor. */
export const CHANGE_LABEL_STYLE = { fontSizePx: 15, charWidthEm: 0.66 } as const;

/**
 * Half the side of the box a measure mark covers: its glyph (18 px, 26 px when selected) and, in compare mode,
 * the ring around it (radius 14 px, a 2.5 px line), with a little room.
 */
export const MEASURE_MARK_HALF_PX = 17;

/**
 * Where a label may sit relative to its point on the route, in screen pixels: on the line first, then just
 * above or below it, then a little further and to the side, so that it still reads as the route's (a short
 * route among many marks, such as the Aegean crossing at the zoom of a phone, needs the last ones).
 */
const LABEL_OFFSETS_PX: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -20],
  [0, 20],
  [0, -34],
  [0, 34],
  [0, -48],
  [0, 48],
  [-50, 34],
  [50, 34],
  [-50, -34],
  [50, -34],
  [-50, 48],
  [50, 48],
  [-50, -48],
  [50, -48],
];

export type Box = [left: number, top: number, right: number, bottom: number];

/** The box a change label covers at a zoom, in Web Mercator pixels, moved by its pixel offset. */
export function changeLabelBox(
  label: { lon: number; lat: number; text: string; offsetPx?: readonly [number, number] },
  zoom: number,
): Box {
  const [x0, y0] = mercatorPx(label.lon, label.lat, zoom);
  const x = x0 + (label.offsetPx?.[0] ?? 0);
  const y = y0 + (label.offsetPx?.[1] ?? 0);
  const halfWidthPx = (label.text.length * CHANGE_LABEL_STYLE.fontSizePx * CHANGE_LABEL_STYLE.charWidthEm) / 2 + 2;
  const halfHeightPx = CHANGE_LABEL_STYLE.fontSizePx * 0.6 + 2;
  return [x - halfWidthPx, y - halfHeightPx, x + halfWidthPx, y + halfHeightPx];
}

/** The box a measure mark (glyph and compare ring) covers at a zoom. */
export function measureMarkBox(mark: { lon: number; lat: number }, zoom: number): Box {
  const [x, y] = mercatorPx(mark.lon, mark.lat, zoom);
  return [x - MEASURE_MARK_HALF_PX, y - MEASURE_MARK_HALF_PX, x + MEASURE_MARK_HALF_PX, y + MEASURE_MARK_HALF_PX];
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export interface PlacedChangeLabel {
  routeId: string;
  text: string;
  lon: number;
  lat: number;
  /** Screen offset from the point on the route (deck.gl getPixelOffset; the static map adds it too). */
  offsetPx: [number, number];
}

/** The visible frame of a map in Web Mercator pixels at its zoom: [left, top, right, bottom]. */
export type FrameBox = Box;

/** The frame a camera shows in a view of some size (MapLibre's: the centre in the middle). */
export function frameAroundCamera(
  camera: { centerLon: number; centerLat: number },
  zoom: number,
  size: { widthPx: number; heightPx: number },
): FrameBox {
  const [x, y] = mercatorPx(camera.centerLon, camera.centerLat, zoom);
  return [x - size.widthPx / 2, y - size.heightPx / 2, x + size.widthPx / 2, y + size.heightPx / 2];
}

/** The frame of a lon/lat box at a zoom (a static map drawn of that box). */
export function frameOfBbox(
  bbox: { minLon: number; minLat: number; maxLon: number; maxLat: number },
  zoom: number,
): FrameBox {
  const [left, top] = mercatorPx(bbox.minLon, bbox.maxLat, zoom);
  const [right, bottom] = mercatorPx(bbox.maxLon, bbox.minLat, zoom);
  return [left, top, right, bottom];
}

const insideFrame = (box: Box, frame: FrameBox) =>
  box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3];

function pointInFrame(lon: number, lat: number, zoom: number, frame: FrameBox): boolean {
  const [x, y] = mercatorPx(lon, lat, zoom);
  return x >= frame[0] && x <= frame[2] && y >= frame[1] && y <= frame[3];
}

/** A label whose box still leaves the frame, moved just inside it (centred when it is wider than the frame). */
function pulledIntoFrame(label: PlacedChangeLabel, box: Box, frame: FrameBox): PlacedChangeLabel {
  const shift = (low: number, high: number, frameLow: number, frameHigh: number) => {
    if (high - low > frameHigh - frameLow) return (frameLow + frameHigh - low - high) / 2;
    if (low < frameLow) return frameLow - low;
    if (high > frameHigh) return frameHigh - high;
    return 0;
  };
  const dx = shift(box[0], box[2], frame[0], frame[2]);
  const dy = shift(box[1], box[3], frame[1], frame[3]);
  return { ...label, offsetPx: [label.offsetPx[0] + dx, label.offsetPx[1] + dy] };
}

/** A place outside the frame is worse than covering every mark: it is only taken when nothing else is left. */
const OUTSIDE_FRAME_COST = 1000;

/**
 * Places the change labels of a view at the zoom it is drawn at: each at the first of its route's build-time
 * points and offsets whose box lies inside the visible frame (when given) and clears every measure mark shown,
 * every place and country label shown (`obstacles`) and the change labels placed before it. Marks are boxes of fixed pixels, so the map places again when the zoom
 * changes. A label with no clear place takes the one that covers the fewest marks; a label with no place in
 * the frame is moved just inside it, so that a label is never cut by the map's edge (unless its route lies
 * wholly outside the frame: then the label stays by its route, out of view).
 */
export function placeChangeLabels(
  labels: readonly { routeId: string; text: string }[],
  candidates: Readonly<Record<string, readonly Point[]>>,
  marks: readonly { lon: number; lat: number }[],
  zoom: number,
  frame?: FrameBox,
  /** Other boxes to keep clear of, counted like marks: the place and country labels drawn (Mercator px at `zoom`). */
  obstacles: readonly Box[] = [],
): PlacedChangeLabel[] {
  const markBoxes = [...marks.map((m) => measureMarkBox(m, zoom)), ...obstacles];
  const placedBoxes: Box[] = [];
  const placed: PlacedChangeLabel[] = [];
  for (const { routeId, text } of labels) {
    const points = candidates[routeId] ?? [];
    let best: { label: PlacedChangeLabel; box: Box; covered: number } | null = null;
    for (const offset of LABEL_OFFSETS_PX) {
      for (const [lon, lat] of points) {
        const label: PlacedChangeLabel = { routeId, text, lon, lat, offsetPx: [offset[0], offset[1]] };
        const box = changeLabelBox(label, zoom);
        const covered =
          markBoxes.filter((m) => boxesOverlap(m, box)).length +
          placedBoxes.filter((p) => boxesOverlap(p, box)).length +
          (frame && !insideFrame(box, frame) ? OUTSIDE_FRAME_COST : 0);
        if (!best || covered < best.covered) best = { label, box, covered };
        if (covered === 0) break;
      }
      if (best?.covered === 0) break;
    }
    if (!best) continue;
    // A route none of whose points is in the frame is out of view: its label stays by the route, not pulled
    // onto the edge where it would name a route that is not shown.
    const routeInFrame = frame !== undefined && points.some(([lon, lat]) => pointInFrame(lon, lat, zoom, frame));
    const label =
      frame && routeInFrame && !insideFrame(best.box, frame)
        ? pulledIntoFrame(best.label, best.box, frame)
        : best.label;
    placed.push(label);
    placedBoxes.push(changeLabelBox(label, zoom));
  }
  return placed;
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
