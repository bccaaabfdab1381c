/**
 * deck.gl layer builders: (rows, options) → Layer. Pure and testable without a GPU; the map client calls
 * them on every change and deck.gl diffs the props. Data objects are cached per input so that moving the
 * time window changes only `filterRange` and never re-uploads buffers.
 */
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { AtlasIncidents, AtlasMeasure, AtlasPayload, AtlasPlace } from '../lib/atlas/payload.ts';
import type { RouteWidthScale } from '../lib/atlas/routeWidths.ts';
import { hexToRgb } from './palette.ts';
import { incidentRadiusPx, ROUTE_ALPHA, routeEmphasis, type RouteEmphasis } from './marks.ts';

type Rgba = [number, number, number, number];
type Rgb = [number, number, number];

export function hexToRgba(hex: string, alpha = 255): Rgba {
  return [...hexToRgb(hex), alpha];
}

export interface IncidentsLayerOptions {
  startIndex: number;
  endIndex: number;
  visible: boolean;
  routeColours: string[];
  otherColour: string;
  selectedIndex: number | null;
}

export { incidentRadiusPx };

/**
 * The incidents as deck.gl attributes, one typed array per accessor, built in one pass over the columns.
 * deck.gl copies them to the GPU as they are, instead of calling an accessor per incident and packing each
 * returned array (the accessor loops cost more than the rest of the layer's set-up on a slow phone).
 */
export interface IncidentAttributes {
  length: number;
  /** lon, lat per incident. */
  positions: Float32Array;
  radiiPx: Float32Array;
  /** RGBA per incident; approximate locations are hollow (alpha 0). */
  fillColours: Uint8Array;
  /** RGBA per incident, not selected. */
  lineColours: Uint8Array;
  /** The incident's month index, the time filter's value. */
  months: Float32Array;
}

const FILL_ALPHA = 150;
const LINE_ALPHA = 230;
const SELECTED_LINE: Rgba = [0, 0, 0, 255];
const SELECTED_LINE_WIDTH_PX = 3;

type IncidentGeometry = Pick<IncidentAttributes, 'length' | 'positions' | 'radiiPx' | 'months'>;
const geometryCache = new WeakMap<object, IncidentGeometry>();
/** Positions, radii and months: the same for every colour, selection and window (and for compare mode's rings). */
function incidentGeometry(incidents: AtlasIncidents): IncidentGeometry {
  let geometry = geometryCache.get(incidents);
  if (geometry) return geometry;
  const length = incidents.month.length;
  geometry = {
    length,
    positions: new Float32Array(length * 2),
    radiiPx: new Float32Array(length),
    months: new Float32Array(length),
  };
  for (let i = 0; i < length; i++) {
    geometry.positions[2 * i] = incidents.lon[i]!;
    geometry.positions[2 * i + 1] = incidents.lat[i]!;
    geometry.radiiPx[i] = incidentRadiusPx(incidents.deadMissing[i]!);
    geometry.months[i] = incidents.month[i]!;
  }
  geometryCache.set(incidents, geometry);
  return geometry;
}

const attributeCache = new WeakMap<object, { key: string; attributes: IncidentAttributes }>();

export function incidentAttributes(
  incidents: AtlasIncidents,
  routeColours: readonly string[],
  otherColour: string,
): IncidentAttributes {
  const key = `${routeColours.join()}|${otherColour}`;
  const cached = attributeCache.get(incidents);
  if (cached?.key === key) return cached.attributes;
  const rgb = routeColours.map((c) => hexToRgb(c));
  const other = hexToRgb(otherColour);
  const geometry = incidentGeometry(incidents);
  const fillColours = new Uint8Array(geometry.length * 4);
  const lineColours = new Uint8Array(geometry.length * 4);
  for (let i = 0; i < geometry.length; i++) {
    const route = incidents.route[i]!;
    const [r, g, b] = route >= 0 ? rgb[route]! : other;
    // Approximate locations are drawn hollow: outline only (their fill stays 0, 0, 0, 0).
    if (!incidents.approximate[i]) fillColours.set([r, g, b, FILL_ALPHA], 4 * i);
    lineColours.set([r, g, b, LINE_ALPHA], 4 * i);
  }
  const attributes = { ...geometry, fillColours, lineColours };
  attributeCache.set(incidents, { key, attributes });
  return attributes;
}

type IncidentData = {
  length: number;
  attributes: Record<string, { value: Float32Array | Uint8Array; size: number; normalized?: boolean }>;
};
// Per colour set: the data object without a selection, and the last one with a selection.
const dataCache = new WeakMap<IncidentAttributes, { none?: IncidentData; selected?: [number, IncidentData] }>();

/**
 * deck.gl's data object for the incidents: the same object for the same colours and selection, so moving the
 * time window changes only `filterRange`. A selection copies the line colours and widths with one incident
 * changed.
 */
function incidentData(attributes: IncidentAttributes, selectedIndex: number | null): IncidentData {
  const selected = selectedIndex !== null && selectedIndex >= 0 && selectedIndex < attributes.length;
  const cached = dataCache.get(attributes) ?? {};
  dataCache.set(attributes, cached);
  if (!selected && cached.none) return cached.none;
  if (selected && cached.selected?.[0] === selectedIndex) return cached.selected[1];
  let lineColours = attributes.lineColours;
  const lineWidthsPx = new Float32Array(attributes.length).fill(1);
  if (selected) {
    lineColours = lineColours.slice();
    lineColours.set(SELECTED_LINE, 4 * selectedIndex);
    lineWidthsPx[selectedIndex] = SELECTED_LINE_WIDTH_PX;
  }
  const data: IncidentData = {
    length: attributes.length,
    attributes: {
      getPosition: { value: attributes.positions, size: 2 },
      getRadius: { value: attributes.radiiPx, size: 1 },
      getFillColor: { value: attributes.fillColours, size: 4, normalized: true },
      getLineColor: { value: lineColours, size: 4, normalized: true },
      getLineWidth: { value: lineWidthsPx, size: 1 },
      getFilterValue: { value: attributes.months, size: 1 },
    },
  };
  if (selected) cached.selected = [selectedIndex, data];
  else cached.none = data;
  return data;
}

export function incidentsLayer(incidents: AtlasIncidents, options: IncidentsLayerOptions) {
  const attributes = incidentAttributes(incidents, options.routeColours, options.otherColour);
  return new ScatterplotLayer<unknown, DataFilterExtensionProps<unknown>>({
    id: 'incidents',
    // Every per-incident value comes from `data.attributes` (incidentAttributes): no accessor runs.
    data: incidentData(attributes, options.selectedIndex),
    visible: options.visible,
    pickable: true,
    stroked: true,
    filled: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    filterRange: [options.startIndex, options.endIndex],
    extensions: [new DataFilterExtension({ filterSize: 1 })],
  });
}

export interface RoutesLayerOptions {
  visible: boolean;
  /** Detections per month in the window by route id; null for routes without a series. */
  perMonth: Map<string, number | null>;
  scale: RouteWidthScale;
  selectedRouteId: string | null;
  /** Routes a story step highlights, all of them alike; the others fade. Default: none. */
  highlightedRouteIds?: readonly string[];
}

export { ROUTE_ALPHA, routeEmphasis, type RouteEmphasis };

interface RoutePathDatum {
  routeId: string;
  colour: string;
  path: [number, number][];
  dashed: boolean;
}

const DASH_DEG = 0.35;
const GAP_DEG = 0.25;

/** Cuts a polyline into dashes of `dash` degrees separated by `gap` degrees, measured along the line. */
export function dashLine(path: [number, number][], dash: number, gap: number): [number, number][][] {
  const pieces: [number, number][][] = [];
  let drawing = true;
  let left = dash;
  let current: [number, number][] = [path[0]!];
  for (let i = 1; i < path.length; i++) {
    let [x0, y0] = path[i - 1]!;
    const [x1, y1] = path[i]!;
    let segment = Math.hypot(x1 - x0, y1 - y0);
    while (segment > left) {
      const t = left / segment;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (drawing) {
        current.push([x, y]);
        pieces.push(current);
      } else current = [[x, y]];
      segment -= left;
      [x0, y0] = [x, y];
      drawing = !drawing;
      left = drawing ? dash : gap;
    }
    left -= segment;
    if (drawing) current.push([x1, y1]);
  }
  if (drawing && current.length > 1) pieces.push(current);
  return pieces;
}

const pathData = new WeakMap<object, RoutePathDatum[]>();
function routePathData(payload: Pick<AtlasPayload, 'routes' | 'routePaths'>): RoutePathDatum[] {
  let data = pathData.get(payload.routePaths);
  if (!data) {
    data = [];
    for (const feature of payload.routePaths) {
      const route = payload.routes.find((r) => r.id === feature.properties.route_id);
      if (!route) continue;
      const lines =
        feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const dashed = route.detections === null;
      for (const line of lines) {
        const path = line.map((p) => [p[0], p[1]] as [number, number]);
        // Routes without a detections series are drawn dashed. The dashes are cut from the geometry here
        // (deck.gl's PathStyleExtension dashes did not show on this MapLibre overlay).
        const pieces = dashed ? dashLine(path, DASH_DEG, GAP_DEG) : [path];
        for (const piece of pieces) data.push({ routeId: route.id, colour: route.colour, path: piece, dashed });
      }
    }
    pathData.set(payload.routePaths, data);
  }
  return data;
}

export function routesLayer(payload: Pick<AtlasPayload, 'routes' | 'routePaths'>, options: RoutesLayerOptions) {
  const widthKey = [...options.perMonth.entries()].map(([k, v]) => `${k}:${v}`).join('|');
  const highlighted = options.highlightedRouteIds ?? [];
  return new PathLayer<RoutePathDatum>({
    id: 'routes',
    data: routePathData(payload),
    visible: options.visible,
    pickable: true,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    getPath: (d) => d.path,
    getColor: (d) => hexToRgba(d.colour, ROUTE_ALPHA[routeEmphasis(d.routeId, options.selectedRouteId, highlighted)]),
    getWidth: (d) => options.scale.widthPx(options.perMonth.get(d.routeId) ?? null),
    updateTriggers: { getWidth: widthKey, getColor: `${options.selectedRouteId}|${highlighted.join()}` },
  });
}

// The measures' marks, the place and country names and the change labels are HTML text over the map
// (src/map/labels.ts): no deck.gl text layer is drawn.

export interface PlaceDotsLayerOptions {
  visible: boolean;
  /** The dots' colour (palette `text`). Their names are HTML text over the map (src/map/labels.ts). */
  colour: Rgb;
}

/** A 3 px dot per place, in the text colour. */
export function placeDotsLayer(places: AtlasPlace[], options: PlaceDotsLayerOptions) {
  return new ScatterplotLayer<AtlasPlace>({
    id: 'places-dots',
    data: places,
    visible: options.visible,
    radiusUnits: 'pixels',
    getRadius: 3,
    getPosition: (p) => [p.lon, p.lat],
    getFillColor: [...options.colour, 255],
  });
}

// --- compare mode ------------------------------------------------------------------------------------

export interface RouteReferenceLayerOptions {
  visible: boolean;
  /** Detections per month in the REFERENCE window by route id. */
  perMonth: Map<string, number | null>;
  scale: RouteWidthScale;
  /** The outline's colour (palette `text`): a thin edge at the reference width, seen where the current line is narrower. */
  edgeColour: Rgb;
}

/** Extra width of the reference outline's edge, each side counted: 1 px per side. */
export const REFERENCE_EDGE_PX = 2;
/** The reference band is the route colour at this opacity, under the current line (fully opaque). */
export const REFERENCE_BAND_ALPHA = 70;

/**
 * The reference window's widths, drawn under the current routes: a pale band in the route colour with a thin
 * edge, so a line that shrank sits inside the outline of its former width. Same paths as `routesLayer`.
 */
export function routeReferenceLayers(
  payload: Pick<AtlasPayload, 'routes' | 'routePaths'>,
  options: RouteReferenceLayerOptions,
) {
  const widthKey = [...options.perMonth.entries()].map(([k, v]) => `${k}:${v}`).join('|');
  const widthOf = (d: RoutePathDatum) => options.scale.widthPx(options.perMonth.get(d.routeId) ?? null);
  const common = {
    data: routePathData(payload),
    visible: options.visible,
    widthUnits: 'pixels' as const,
    capRounded: true,
    jointRounded: true,
    getPath: (d: RoutePathDatum) => d.path,
  };
  return [
    new PathLayer<RoutePathDatum>({
      ...common,
      id: 'routes-reference-edge',
      getColor: [...options.edgeColour, 150],
      getWidth: (d) => widthOf(d) + REFERENCE_EDGE_PX,
      updateTriggers: { getWidth: widthKey, getColor: options.edgeColour.join() },
    }),
    new PathLayer<RoutePathDatum>({
      ...common,
      id: 'routes-reference',
      getColor: (d) => hexToRgba(d.colour, REFERENCE_BAND_ALPHA),
      getWidth: widthOf,
      updateTriggers: { getWidth: widthKey },
    }),
  ];
}

export interface ReferenceIncidentsLayerOptions {
  /** The reference window's month indexes. */
  startIndex: number;
  endIndex: number;
  visible: boolean;
  /** Rings of the reference window are drawn in one neutral colour (palette `text`), hollow. */
  ringColour: Rgb;
}

/** Incidents of the reference window: hollow neutral rings, told apart from the current window's filled circles. */
export function referenceIncidentsLayer(incidents: AtlasIncidents, options: ReferenceIncidentsLayerOptions) {
  return new ScatterplotLayer<unknown, DataFilterExtensionProps<unknown>>({
    id: 'incidents-reference',
    data: referenceIncidentData(incidentGeometry(incidents)),
    visible: options.visible,
    stroked: true,
    filled: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getLineColor: [...options.ringColour, 170],
    getLineWidth: 1.5,
    filterRange: [options.startIndex, options.endIndex],
    extensions: [new DataFilterExtension({ filterSize: 1 })],
    updateTriggers: { getLineColor: options.ringColour.join() },
  });
}

const referenceDataCache = new WeakMap<IncidentGeometry, IncidentData>();
/** The rings' data object: the incidents' positions, radii and months, shared with the incidents layer. */
function referenceIncidentData(geometry: IncidentGeometry): IncidentData {
  let data = referenceDataCache.get(geometry);
  if (!data) {
    data = {
      length: geometry.length,
      attributes: {
        getPosition: { value: geometry.positions, size: 2 },
        getRadius: { value: geometry.radiiPx, size: 1 },
        getFilterValue: { value: geometry.months, size: 1 },
      },
    };
    referenceDataCache.set(geometry, data);
  }
  return data;
}

/** Measures that start inside either window or between them: from the earlier window's start to the later one's end. */
export function measuresStartingAcross(measures: AtlasMeasure[], windows: readonly [number, number][]): AtlasMeasure[] {
  const from = Math.min(...windows.map((w) => w[0]));
  const to = Math.max(...windows.map((w) => w[1]));
  return measures.filter((m) => m.startIndex >= from && m.startIndex <= to);
}

/** A ring around each measure mark that started between or inside the compared windows. */
export function measureShiftRingsLayer(measures: AtlasMeasure[], options: { visible: boolean; colour: Rgb }) {
  return new ScatterplotLayer<AtlasMeasure>({
    id: 'measures-compare-rings',
    data: measures,
    visible: options.visible,
    stroked: true,
    filled: false,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (m) => [m.lon, m.lat],
    getRadius: 14,
    getLineWidth: 2.5,
    getLineColor: [...options.colour, 255],
    updateTriggers: { getLineColor: options.colour.join() },
  });
}
