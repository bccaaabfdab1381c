/**
 * The atlas basemap, prepared once at build time from Natural Earth 1:10m countries (world-atlas TopoJSON):
 * land, internal borders and one label point per country, simplified for Web Mercator and clipped to a
 * lon/lat box. Pure: the topology comes in as an argument (src/lib/io/basemap.ts reads it from disk).
 */
import { geoArea, geoCentroid, geoContains, geoIdentity, geoStream, type GeoStream } from 'd3';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export interface BasemapOptions {
  bbox: Bbox;
  /**
   * Visvalingam weight below which a vertex is dropped: triangle area in square "Mercator degrees" (lon × Mercator
   * y, both in degrees), so that detail is kept evenly as drawn on the Web Mercator map, not as on the sphere.
   */
  minWeightMercDeg2: number;
  /**
   * Where the routes cross the sea and borders (and readers zoom in): full detail here; elsewhere the weight
   * is divided by `outsideDetailWeightFactor`, so that vertices thin out faster over the Sahara or Russia.
   */
  detailBbox: Bbox;
  outsideDetailWeightFactor: number;
  /**
   * Islands smaller than this (square Mercator degrees) are simplified relative to their size: their weights are
   * multiplied by this area over theirs (at most `maxIslandWeightBoost`), so Lampedusa keeps its shape, not a
   * triangle, while vertices along long coasts still go.
   */
  smallIslandAreaMercDeg2: number;
  maxIslandWeightBoost: number;
  /** Islands (rings) smaller than this, in square Mercator degrees, are dropped. */
  minRingAreaMercDeg2: number;
  /** Decimals kept in every output coordinate (3 ≈ 100 m, well under a pixel at zoom 7). */
  coordinateDecimals: number;
  /** Longest step, in degrees of longitude, along a clipped edge that runs on a parallel of the bbox. */
  edgeStepDeg: number;
  /** A country gets a label if this share of its largest polygon lies inside the bbox… */
  labelMinShareInside: number;
  /** …or if at least this much of it does (so Russia and Kazakhstan, mostly outside, are still named). */
  labelMinAreaInsideKm2: number;
  /** Countries smaller than this get no label (Vatican, Monaco, the sovereign base areas). */
  labelMinCountryAreaKm2: number;
  /** Names never labelled: territories that are not countries a reader would look for. */
  labelExclude: readonly string[];
}

export type LandFeature = Feature<Polygon | MultiPolygon, Record<string, never>>;
export type BorderFeature = Feature<LineString | MultiLineString, Record<string, never>>;
export type CountryLabelFeature = Feature<Point, { name: string }>;

export interface Basemap {
  land: FeatureCollection<Polygon | MultiPolygon, Record<string, never>>;
  borders: FeatureCollection<LineString | MultiLineString, Record<string, never>>;
  countries: FeatureCollection<Point, { name: string }>;
}

export interface CountryProperties {
  name: string;
}

/** world-atlas countries-10m.json: one object, `countries`, whose geometries carry `properties.name`. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

const EARTH_RADIUS_KM = 6371;
const DEG = 180 / Math.PI;

function mercatorYDeg(latDeg: number): number {
  const lat = Math.max(-85, Math.min(85, latDeg)) / DEG;
  return Math.log(Math.tan(Math.PI / 4 + lat / 2)) * DEG;
}

type XY = [number, number];

/** Triangle area in Mercator degrees²: the weight presimplify gives the middle vertex. */
export function mercatorTriangleArea(triangle: [XY, XY, XY]): number {
  const [a, b, c] = triangle;
  const ay = mercatorYDeg(a[1]);
  const by = mercatorYDeg(b[1]);
  const cy = mercatorYDeg(c[1]);
  return Math.abs((b[0] - a[0]) * (cy - ay) - (c[0] - a[0]) * (by - ay)) / 2;
}

export function mercatorRingArea(ring: XY[]): number {
  let twice = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    twice += x0 * mercatorYDeg(y1) - x1 * mercatorYDeg(y0);
  }
  return Math.abs(twice) / 2;
}

/** Signed planar area in lon/lat with y up: negative = clockwise, d3's winding for an exterior ring. */
function signedArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    twice += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return twice / 2;
}

function inRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point as XY;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as XY;
    const [xj, yj] = ring[j] as XY;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Streams `geometry` through a planar rectangle clip in lon/lat and collects the output lines or rings.
 * The clip runs with y reflected, the screen orientation d3's rectangle clipper expects, so that rings keep
 * d3's winding (exterior clockwise in lon/lat) and the corners of the box are put in the right rings.
 */
function clipToBbox(geometry: Geometry, bbox: Bbox): Position[][][] {
  const groups: Position[][][] = [];
  let group: Position[][] = [];
  let line: Position[] = [];
  let inPolygon = false;
  const sink: GeoStream = {
    point(x, y) {
      line.push([x, -y]);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      if (line.length > 0) group.push(line);
      if (!inPolygon) {
        groups.push(group);
        group = [];
      }
    },
    polygonStart() {
      inPolygon = true;
      group = [];
    },
    polygonEnd() {
      inPolygon = false;
      if (group.length > 0) groups.push(group);
      group = [];
    },
  };
  const clip = geoIdentity()
    .reflectY(true)
    .clipExtent([
      [bbox.minLon, -bbox.maxLat],
      [bbox.maxLon, -bbox.minLat],
    ]);
  geoStream(geometry, clip.stream(sink));
  return groups;
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f + 0; // + 0 turns -0 into 0
}

/** Adds vertices along edges that run on the box's top or bottom parallel, which d3 would otherwise bow. */
function densifyBboxEdges(ring: Position[], bbox: Bbox, stepDeg: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    out.push(a);
    const b = ring[(i + 1) % ring.length]!;
    const onParallel = a[1] === b[1] && (a[1] === bbox.minLat || a[1] === bbox.maxLat);
    const spanDeg = Math.abs(b[0]! - a[0]!);
    if (!onParallel || spanDeg <= stepDeg) continue;
    const steps = Math.ceil(spanDeg / stepDeg);
    for (let s = 1; s < steps; s++) out.push([a[0]! + ((b[0]! - a[0]!) * s) / steps, a[1]!]);
  }
  return out;
}

function roundLine(line: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Open ring from the clipper → closed, rounded ring, or null once rounding has collapsed it. */
function finishRing(ring: Position[], bbox: Bbox, options: BasemapOptions): Position[] | null {
  const rounded = roundLine(densifyBboxEdges(ring, bbox, options.edgeStepDeg), options.coordinateDecimals);
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) rounded.push([first[0]!, first[1]!]);
  if (rounded.length < 4 || signedArea(rounded) === 0) return null;
  return rounded;
}

/**
 * Clipped rings come out as a flat list per input polygon; regroup them into polygons: each clockwise ring
 * (d3's exterior) starts a polygon, each anticlockwise ring is a hole of the smallest exterior around it.
 */
function assemblePolygons(rings: Position[][]): Position[][][] {
  const exteriors = rings.filter((r) => signedArea(r) < 0);
  const holes = rings.filter((r) => signedArea(r) > 0);
  const polygons = exteriors.map((r) => [r]);
  for (const hole of holes) {
    let best: Position[][] | undefined;
    let bestArea = Infinity;
    for (const polygon of polygons) {
      const area = -signedArea(polygon[0]!);
      if (area < bestArea && inRing(hole[0]!, polygon[0]!)) {
        best = polygon;
        bestArea = area;
      }
    }
    best?.push(hole);
  }
  return polygons;
}

function clipPolygons(geometry: Polygon | MultiPolygon, bbox: Bbox, options: BasemapOptions): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: Position[][][] = [];
  for (const coordinates of polygons) {
    // One input polygon at a time, so that holes are only looked for among its own pieces.
    const rings = clipToBbox({ type: 'Polygon', coordinates }, bbox)
      .flat()
      .map((ring) => finishRing(ring, bbox, options))
      .filter((ring): ring is Position[] => ring !== null);
    out.push(...assemblePolygons(rings));
  }
  return out;
}

function clipLines(geometry: LineString | MultiLineString, bbox: Bbox, decimals: number): Position[][] {
  return clipToBbox(geometry, bbox)
    .flat()
    .map((line) => roundLine(line, decimals))
    .filter((line) => line.length >= 2);
}

function polygonOrMulti(polygons: Position[][][]): Polygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0]! }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function areaKm2(geometry: Geometry): number {
  return geoArea(geometry) * EARTH_RADIUS_KM ** 2;
}

/** Poor man's pole of inaccessibility: the grid point inside the polygon farthest from its edges. */
function interiorPoint(polygon: Polygon): Position | null {
  const outer = polygon.coordinates[0]!;
  const xs = outer.map((p) => p[0]!);
  const ys = outer.map((p) => p[1]!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cells = 24;
  let best: Position | null = null;
  let bestDistance = -1;
  for (let i = 0; i <= cells; i++) {
    for (let j = 0; j <= cells; j++) {
      const p = [x0 + ((x1 - x0) * (i + 0.5)) / (cells + 1), y0 + ((y1 - y0) * (j + 0.5)) / (cells + 1)];
      if (!polygon.coordinates.every((ring, k) => inRing(p, ring) === (k === 0))) continue;
      const kx = Math.cos(p[1]! / DEG);
      let distance = Infinity;
      for (const ring of polygon.coordinates) {
        for (const q of ring) distance = Math.min(distance, Math.hypot((q[0]! - p[0]!) * kx, q[1]! - p[1]!));
      }
      if (distance > bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function countryLabel(
  country: Feature<Polygon | MultiPolygon, CountryProperties>,
  bbox: Bbox,
  options: BasemapOptions,
): CountryLabelFeature | null {
  const name = country.properties.name;
  if (options.labelExclude.includes(name) || areaKm2(country.geometry) < options.labelMinCountryAreaKm2) return null;
  const polygons: Polygon[] =
    country.geometry.type === 'Polygon'
      ? [country.geometry]
      : country.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const inside = clipPolygons(largest, bbox, options).map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  if (inside.length === 0) return null;
  const insideKm2 = inside.reduce((sum, p) => sum + areaKm2(p), 0);
  const shareInside = insideKm2 / areaKm2(largest);
  if (shareInside < options.labelMinShareInside && insideKm2 < options.labelMinAreaInsideKm2) return null;
  // Mostly inside: the centroid of the whole polygon; mostly outside: of the part that shows.
  const target =
    shareInside >= options.labelMinShareInside ? largest : inside.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const centroid = geoCentroid(target);
  const onLand = inside.some((p) => geoContains(p, centroid));
  const point = onLand ? centroid : interiorPoint(target);
  if (!point) return null;
  const decimals = options.coordinateDecimals;
  return {
    type: 'Feature',
    properties: { name },
    geometry: { type: 'Point', coordinates: [roundTo(point[0]!, decimals), roundTo(point[1]!, decimals)] },
  };
}

/** A presimplified arc ([lon, lat, weight][]) that closes on itself is a whole island: scale up its weights. */
function boostSmallIsland(arc: Position[], options: BasemapOptions): Position[] {
  const first = arc[0];
  const last = arc[arc.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return arc;
  const areaMercDeg2 = mercatorRingArea(arc as XY[]);
  if (areaMercDeg2 <= 0 || areaMercDeg2 >= options.smallIslandAreaMercDeg2) return arc;
  const boost = Math.min(options.maxIslandWeightBoost, options.smallIslandAreaMercDeg2 / areaMercDeg2);
  return arc.map(([lon, lat, weight]) => [lon!, lat!, weight! * boost]);
}

/** Simplified, clipped land, borders and label points, ready to serialise for MapLibre and the static map. */
export function prepareBasemap(topology: CountriesTopology, options: BasemapOptions): Basemap {
  const { bbox } = options;
  const { detailBbox: d, outsideDetailWeightFactor: factor } = options;
  const weight = (triangle: [XY, XY, XY]): number => {
    const [lon, lat] = triangle[1];
    const inDetail = lon >= d.minLon && lon <= d.maxLon && lat >= d.minLat && lat <= d.maxLat;
    return inDetail ? mercatorTriangleArea(triangle) : mercatorTriangleArea(triangle) / factor;
  };
  const presimplified = presimplify(topology, weight);
  // Drop specks first (by area, before vertices go), then thin vertices; presimplify keeps arc endpoints, so
  // a small island's ring keeps at least its shape's corners and does not vanish in simplify.
  const filtered = filter(presimplified, filterWeight(presimplified, options.minRingAreaMercDeg2, mercatorRingArea));
  const boosted = { ...filtered, arcs: filtered.arcs.map((arc) => boostSmallIsland(arc, options)) };
  const simplified = simplify(boosted, options.minWeightMercDeg2) as CountriesTopology;
  const countries = simplified.objects.countries;

  const landGeometry = merge(simplified, countries.geometries as Parameters<typeof merge>[1]);
  const landPolygons = clipPolygons(landGeometry, bbox, options);
  const land: LandFeature[] =
    landPolygons.length > 0 ? [{ type: 'Feature', properties: {}, geometry: polygonOrMulti(landPolygons) }] : [];

  const borderGeometry = mesh(simplified, countries, (a, b) => a !== b);
  const borderLines = clipLines(borderGeometry, bbox, options.coordinateDecimals);
  const borders: BorderFeature[] =
    borderLines.length > 0
      ? [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: borderLines } }]
      : [];

  const labels: CountryLabelFeature[] = [];
  for (const geometry of countries.geometries) {
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const country = feature(simplified, geometry) as Feature<Polygon | MultiPolygon, CountryProperties>;
    const label = countryLabel(country, bbox, options);
    if (label) labels.push(label);
  }
  labels.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

  return {
    land: { type: 'FeatureCollection', features: land },
    borders: { type: 'FeatureCollection', features: borders },
    countries: { type: 'FeatureCollection', features: labels },
  };
}

/**
 * The basemap's parts, each also served as a file of its own beside the whole: the WebGL map hands MapLibre the
 * land and borders by URL, so MapLibre's worker fetches and parses them off the main thread, and fetches only
 * the small country label points itself. The whole file stays for the image download (exportMap.ts).
 */
export const BASEMAP_PARTS = ['land', 'borders', 'countries'] as const satisfies readonly (keyof Basemap)[];
export type BasemapPart = (typeof BASEMAP_PARTS)[number];

/** `/atlas/basemap.json` → `/atlas/basemap-land.json`: the file of one part, next to the whole basemap's. */
export function basemapPartUrl(basemapUrl: string, part: BasemapPart): string {
  if (!/\.json$/.test(basemapUrl)) throw new Error(`basemap URL must end in .json: ${basemapUrl}`);
  return basemapUrl.replace(/\.json$/, `-${part}.json`);
}
