/**
 * The static map: one standalone SVG string of the basemap, the routes, places and measure markers. Rendered at
 * build time into the atlas page, where it is what readers without WebGL (or before the map loads) see.
 * Web Mercator, like MapLibre, so the two line up when one replaces the other.
 */
import { geoMercator, geoPath, type GeoStream } from 'd3';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { Basemap, Bbox } from '../lib/atlas/basemap.ts';
import { escapeXml } from '../lib/core/escape.ts';
import { svgFrameMarkup } from '../charts/svg.ts';
import { PALETTE, type Theme } from './palette.ts';
import { incidentRadiusPx, MEASURE_SIZE_PX, ROUTE_ALPHA, routeEmphasis } from './marks.ts';
import { labelBox, labelsFittingAt, PLACE_LABEL_OPTIONS } from '../lib/atlas/labelPlacement.ts';
import { frameOfBbox, type Box, type FrameBox } from '../lib/atlas/routeLabelAnchors.ts';

export type RoutePathInput = Feature<LineString | MultiLineString, { route_id: string }>;

export interface StaticMapInput {
  basemap: Basemap;
  routePaths: readonly RoutePathInput[];
  routes: readonly { id: string; label: string; colour: string }[];
  places?: readonly { name: string; lon: number; lat: number }[];
  markers?: readonly { id: string; lon: number; lat: number; label: string }[];
}

export interface StaticMapOptions {
  widthPx: number;
  heightPx: number;
  /** Lon/lat extent fitted into the SVG; whatever else fits in the frame's aspect ratio shows too. */
  bbox: Bbox;
  title: string;
  description: string;
  dashedRouteIds?: readonly string[];
  theme?: Theme;
  /** Prefix for the ids of <title> and <desc>, so that two maps on one page do not share ids. */
  idPrefix?: string;
  /**
   * Compare mode drawn at build time: each route's reference width as a pale band under its current width,
   * and the change labels at their anchors (the same figures as the atlas's compare mode).
   */
  compare?: StaticCompare;
  /**
   * Routes a story step highlights, drawn as the WebGL map draws them (`routeEmphasis`): all of them at full
   * opacity, the other routes faded. Default: none, every route drawn alike.
   */
  highlightedRouteIds?: readonly string[];
  /** Measure markers a story step highlights: drawn larger, as on the WebGL map. Default: none. */
  highlightedMarkerIds?: readonly string[];
  /**
   * The widths (CSS px) the map's text is also written for, each in a layer of its own over the same extent
   * (`<g class="static-text" data-tier="…">`, scaled to the frame): a page shows, by a container query, the layer drawn for the width
   * the map takes on screen, so its 12 px text is never shrunk below 11 px (the widest is shown when nothing
   * chooses). Default: one layer, at `widthPx`.
   */
  textTiersPx?: readonly number[];
}

export interface StaticCompare {
  widthsPx: Readonly<Record<string, { referencePx: number; currentPx: number }>>;
  /**
   * The change labels placed for one scale of the drawing (src/lib/atlas/compare.ts staticCompareDrawing): its
   * zoom and frame, clear of the place labels it writes. `offsetPx`: screen offset from the point on the route.
   */
  labelsAt(placement: { zoom: number; frame: FrameBox; obstacles: readonly Box[] }): readonly {
    routeId: string;
    lon: number;
    lat: number;
    text: string;
    offsetPx?: readonly [number, number];
  }[];
}

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const ROUTE_WIDTH_PX = 3;
const HALO_WIDTH_PX = 6;
const PLACE_RADIUS_PX = 3;
const MARKER_HALF_DIAGONAL_PX = 5;
const MIN_STEP_PX = 0.7;
/** A highlighted marker is this much larger, as MEASURE_SIZE_PX makes a highlighted glyph on the WebGL map. */
const MARKER_HIGHLIGHT_SCALE = MEASURE_SIZE_PX.emphasised / MEASURE_SIZE_PX.plain;

/** A route group's emphasis as the WebGL map decides it: `data-emphasis`, and a faded route's opacity. */
function routeEmphasisAttrs(routeId: string, highlightedRouteIds: readonly string[] | undefined): string {
  if (!highlightedRouteIds?.length) return '';
  const emphasis = routeEmphasis(routeId, null, highlightedRouteIds);
  const opacity = emphasis === 'emphasised' ? '' : ` opacity="${px(ROUTE_ALPHA[emphasis] / 255)}"`;
  return ` data-emphasis="${emphasis}"${opacity}`;
}

/**
 * Drops projected points closer than `minStepPx` to the last one kept: the basemap is detailed for zoom 7, and at
 * the scale of a whole-region SVG most of its vertices would share a pixel and only bloat the page.
 */
function thinned(output: GeoStream, minStepPx: number): GeoStream {
  let lastX = NaN;
  let lastY = NaN;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (Math.hypot(x - lastX, y - lastY) < minStepPx) {
        pending = [x, y];
        return;
      }
      output.point(x, y);
      lastX = x;
      lastY = y;
      pending = null;
    },
    lineStart() {
      lastX = lastY = NaN;
      pending = null;
      output.lineStart();
    },
    lineEnd() {
      // A line keeps its true end, so borders still meet the coast.
      if (pending) output.point(pending[0], pending[1]);
      pending = null;
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/** One decimal: a tenth of a pixel is below what anyone sees, and it keeps the SVG small. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}

/** The projection of a static map: the bbox fitted into the frame, clipped to it. */
function staticProjection(widthPx: number, heightPx: number, bbox: Bbox) {
  // The corners, not a bbox polygon: in Mercator the four corners span exactly the box, and a polygon's edges
  // would be read as great circles bulging past it.
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [bbox.minLon, bbox.minLat],
      [bbox.maxLon, bbox.maxLat],
    ],
  };
  return (
    geoMercator()
      .fitExtent(
        [
          [0, 0],
          [widthPx, heightPx],
        ],
        corners,
      )
      .clipExtent([
        [0, 0],
        [widthPx, heightPx],
      ])
      // No resampling: straight segments in Mercator, as MapLibre and deck.gl draw them.
      .precision(0)
  );
}

/** The Web Mercator zoom (MapLibre's, 512-px tiles) a static map is drawn at: labels are placed for it. */
export function staticMapZoom(widthPx: number, heightPx: number, bbox: Bbox): number {
  return Math.log2((staticProjection(widthPx, heightPx, bbox).scale() * 2 * Math.PI) / 512);
}

/**
 * The land and borders of a frame, drawn once per basemap, size and extent: the build draws many maps of the
 * same frame (the atlas's compare pictures of one camera, a measure's shift map on each of its pages), and
 * projecting the basemap is most of a map's drawing time.
 */
const basemapPathCache = new WeakMap<Basemap, Map<string, { land: string | null; borders: string | null }>>();
function basemapPaths(
  basemap: Basemap,
  frame: Pick<StaticMapOptions, 'widthPx' | 'heightPx' | 'bbox'>,
  draw: () => { land: string | null; borders: string | null },
): { land: string | null; borders: string | null } {
  const key = JSON.stringify([frame.widthPx, frame.heightPx, frame.bbox]);
  const byFrame = basemapPathCache.get(basemap) ?? basemapPathCache.set(basemap, new Map()).get(basemap)!;
  const cached = byFrame.get(key) ?? draw();
  byFrame.set(key, cached);
  return cached;
}

/** Place labels as the static map draws them: 12 px, 6 px right of the dot (labelPlacement.ts labelBox). */
const PLACE_LABEL_PLACEMENT = { ...PLACE_LABEL_OPTIONS, fontSizePx: 12, offsetPx: PLACE_RADIUS_PX + 3 };

/**
 * The text of a static map drawn `drawnWidthPx` wide (the same extent, scaled): the place labels that fit at
 * that scale, most important first, and the change labels placed clear of them and of the measure marks.
 */
function staticMapText(input: StaticMapInput, options: StaticMapOptions, drawnWidthPx: number): string {
  const { bbox } = options;
  const theme = PALETTE[options.theme ?? 'light'];
  const drawnHeightPx = (drawnWidthPx * options.heightPx) / options.widthPx;
  const projection = staticProjection(drawnWidthPx, drawnHeightPx, bbox);
  const zoom = staticMapZoom(drawnWidthPx, drawnHeightPx, bbox);
  const shown = (input.places ?? []).filter((p) => {
    const xy = projection([p.lon, p.lat]);
    return xy !== null && xy[0] >= 0 && xy[0] <= drawnWidthPx && xy[1] >= 0 && xy[1] <= drawnHeightPx;
  });
  const candidates = shown.map((p, i) => ({ lon: p.lon, lat: p.lat, text: p.name, priority: i }));
  const fits = labelsFittingAt(candidates, zoom, PLACE_LABEL_PLACEMENT);
  const placeLabels: string[] = [];
  const obstacles: Box[] = [];
  shown.forEach((place, i) => {
    if (!fits[i]) return;
    const [x, y] = projection([place.lon, place.lat])!;
    obstacles.push(labelBox(candidates[i]!, zoom, PLACE_LABEL_PLACEMENT));
    placeLabels.push(`<text x="${px(x + PLACE_RADIUS_PX + 3)}" y="${px(y + 4)}">${escapeXml(place.name)}</text>`);
  });
  const parts: string[] = [];
  if (placeLabels.length > 0)
    parts.push(
      `<g font-family="${FONT_FAMILY}" font-size="12" fill="${theme.text}" stroke="${theme.halo}" stroke-width="3"` +
        ` stroke-linejoin="round" paint-order="stroke">${placeLabels.join('')}</g>`,
    );
  const changeLabels: string[] = [];
  for (const label of options.compare?.labelsAt({ zoom, frame: frameOfBbox(bbox, zoom), obstacles }) ?? []) {
    const xy = projection([label.lon, label.lat]);
    if (!xy || xy[0] < 0 || xy[0] > drawnWidthPx || xy[1] < 0 || xy[1] > drawnHeightPx) continue;
    changeLabels.push(
      `<text data-change-label="${escapeXml(label.routeId)}" x="${px(xy[0] + (label.offsetPx?.[0] ?? 0))}"` +
        ` y="${px(xy[1] + (label.offsetPx?.[1] ?? 0) + 5)}">${escapeXml(label.text)}</text>`,
    );
  }
  if (changeLabels.length > 0)
    parts.push(
      `<g font-family="${FONT_FAMILY}" font-size="15" font-weight="700" text-anchor="middle" fill="${theme.text}"` +
        ` stroke="${theme.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${changeLabels.join('')}</g>`,
    );
  return parts.join('');
}

/** The measure markers in the frame, a highlighted one larger. */
function markersMarkup(
  input: StaticMapInput,
  options: StaticMapOptions,
  inFrame: (lon: number, lat: number) => [number, number] | null,
): string {
  const theme = PALETTE[options.theme ?? 'light'];
  const markerParts: string[] = [];
  for (const marker of input.markers ?? []) {
    const xy = inFrame(marker.lon, marker.lat);
    if (!xy) continue;
    const [x, y] = xy;
    const highlighted = options.highlightedMarkerIds?.includes(marker.id) ?? false;
    const h = highlighted ? MARKER_HALF_DIAGONAL_PX * MARKER_HIGHLIGHT_SCALE : MARKER_HALF_DIAGONAL_PX;
    markerParts.push(
      `<g data-measure-id="${escapeXml(marker.id)}"${highlighted ? ' data-highlighted="true"' : ''}>` +
        `<title>${escapeXml(marker.label)}</title>` +
        `<path d="M${px(x)},${px(y - h)}L${px(x + h)},${px(y)}L${px(x)},${px(y + h)}L${px(x - h)},${px(y)}Z"/></g>`,
    );
  }
  if (markerParts.length === 0) return '';
  return `<g fill="${theme.measure}" stroke="${theme.halo}" stroke-width="1">${markerParts.join('')}</g>`;
}

/** The map's text: one layer at its own width, or one per width of `textTiersPx` (see StaticMapOptions). */
function textLayersMarkup(input: StaticMapInput, options: StaticMapOptions): string {
  const { widthPx } = options;
  const tiers = options.textTiersPx ?? [];
  if (tiers.length === 0) return staticMapText(input, options, widthPx);
  const widest = Math.max(...tiers);
  return tiers
    .map(
      (tierPx) =>
        // Drawn at the tier's width and scaled to the frame; only the widest layer shows where no page rule
        // chooses (the file opened alone, an image download).
        `<g class="static-text" data-tier="${tierPx}" transform="scale(${Number((widthPx / tierPx).toFixed(4))})"` +
        `${tierPx === widest ? '' : ' display="none"'}>${staticMapText(input, options, tierPx)}</g>`,
    )
    .join('');
}

export function staticMapSvg(input: StaticMapInput, options: StaticMapOptions): string {
  const { widthPx, heightPx, bbox } = options;
  const theme = PALETTE[options.theme ?? 'light'];
  const projection = staticProjection(widthPx, heightPx, bbox);
  const path = geoPath({ stream: (output) => projection.stream(thinned(output, MIN_STEP_PX)) }).digits(1);
  const inFrame = (lon: number, lat: number): [number, number] | null => {
    const xy = projection([lon, lat]);
    if (!xy || xy[0] < 0 || xy[0] > widthPx || xy[1] < 0 || xy[1] > heightPx) return null;
    return xy;
  };

  const parts: string[] = [];
  parts.push(`<rect width="${px(widthPx)}" height="${px(heightPx)}" fill="${theme.sea}"/>`);

  const { land, borders } = basemapPaths(input.basemap, options, () => ({
    land: path(input.basemap.land),
    borders: path(input.basemap.borders),
  }));
  if (land) {
    parts.push(
      `<path d="${land}" fill="${theme.land}" stroke="${theme.coast}" stroke-width="0.5" stroke-linejoin="round"/>`,
    );
  }
  if (borders) {
    parts.push(
      `<path d="${borders}" fill="none" stroke="${theme.border}" stroke-width="0.7" stroke-linejoin="round"/>`,
    );
  }

  const dashed = new Set(options.dashedRouteIds ?? []);
  const routeParts: string[] = [];
  for (const route of input.routes) {
    const features = input.routePaths.filter((f) => f.properties.route_id === route.id);
    if (features.length === 0) continue;
    const collection: FeatureCollection<LineString | MultiLineString> = { type: 'FeatureCollection', features };
    const d = path(collection);
    if (!d) continue;
    const dash = dashed.has(route.id) ? ' stroke-dasharray="7 5"' : '';
    const widths = options.compare?.widthsPx[route.id];
    if (widths) {
      const colour = escapeXml(route.colour);
      // Both windows (the reference as a band with an edge under the current line), and the reference alone as a
      // solid line, hidden: a page that shows one window at a time (the atlas's phone toggle) switches them.
      routeParts.push(
        `<g data-route-id="${escapeXml(route.id)}"><title>${escapeXml(route.label)}</title>` +
          `<g data-window="reference-band">` +
          `<path d="${d}" stroke="${theme.text}" stroke-opacity="0.55" stroke-width="${px(widths.referencePx + 2)}"/>` +
          `<path d="${d}" stroke="${theme.sea}" stroke-width="${px(widths.referencePx)}"/>` +
          `<path d="${d}" stroke="${colour}" stroke-opacity="0.3" stroke-width="${px(widths.referencePx)}"/></g>` +
          `<path data-window="current" d="${d}" stroke="${colour}" stroke-width="${px(widths.currentPx)}"${dash}/>` +
          `<path data-window="reference" display="none" d="${d}" stroke="${colour}" stroke-width="${px(widths.referencePx)}"${dash}/></g>`,
      );
      continue;
    }
    routeParts.push(
      `<g data-route-id="${escapeXml(route.id)}"${routeEmphasisAttrs(route.id, options.highlightedRouteIds)}>` +
        `<title>${escapeXml(route.label)}</title>` +
        `<path d="${d}" stroke="${theme.halo}" stroke-width="${HALO_WIDTH_PX}" stroke-opacity="0.85"/>` +
        `<path d="${d}" stroke="${escapeXml(route.colour)}" stroke-width="${ROUTE_WIDTH_PX}"${dash}/></g>`,
    );
  }
  if (routeParts.length > 0) {
    parts.push(`<g fill="none" stroke-linecap="round" stroke-linejoin="round">${routeParts.join('')}</g>`);
  }

  const dots: string[] = [];
  for (const place of input.places ?? []) {
    const xy = inFrame(place.lon, place.lat);
    if (xy) dots.push(`<circle cx="${px(xy[0])}" cy="${px(xy[1])}" r="${PLACE_RADIUS_PX}"/>`);
  }
  if (dots.length > 0)
    parts.push(`<g fill="${theme.text}" stroke="${theme.halo}" stroke-width="1">${dots.join('')}</g>`);

  parts.push(markersMarkup(input, options, inFrame), textLayersMarkup(input, options));

  return svgFrameMarkup(
    {
      widthPx: Number(px(widthPx)),
      heightPx: Number(px(heightPx)),
      label: { title: options.title, description: options.description, idPrefix: options.idPrefix ?? 'static-map' },
      attrs: { class: 'static-map-svg', preserveAspectRatio: 'xMidYMid meet' },
    },
    parts.join(''),
  );
}

export interface StaticIncident {
  lon: number;
  lat: number;
  deadMissing: number;
  colour: string;
  /** IOM gives the location as approximate: drawn hollow, as on the WebGL map. */
  approximate: boolean;
}

export type StaticIncidentsOptions = Omit<StaticMapOptions, 'dashedRouteIds' | 'theme'>;

/**
 * The incidents of a time window as circles (area ∝ dead and missing, as on the WebGL map), on a transparent
 * ground, in the same frame and projection as staticMapSvg with the same size and bbox: laid over it, the two
 * make the static picture of one window. Largest first within each colour, so small circles stay visible.
 */
export function staticIncidentsSvg(incidents: readonly StaticIncident[], options: StaticIncidentsOptions): string {
  const { widthPx, heightPx, bbox } = options;
  const projection = staticProjection(widthPx, heightPx, bbox);
  // One group per colour and kind, so that a circle is only its position and radius: a two-year window of the
  // whole map holds thousands of incidents, and the file stays small.
  const groups = new Map<string, string[]>();
  for (const incident of [...incidents].sort((a, b) => b.deadMissing - a.deadMissing)) {
    const xy = projection([incident.lon, incident.lat]);
    if (!xy || xy[0] < 0 || xy[0] > widthPx || xy[1] < 0 || xy[1] > heightPx) continue;
    const key = `${incident.colour}|${incident.approximate ? 'hollow' : 'filled'}`;
    const circles = groups.get(key) ?? groups.set(key, []).get(key)!;
    circles.push(`<circle cx="${px(xy[0])}" cy="${px(xy[1])}" r="${px(incidentRadiusPx(incident.deadMissing))}"/>`);
  }
  const parts = [...groups].map(([key, circles]) => {
    const [colour = '', kind] = key.split('|');
    const fill = kind === 'hollow' ? 'none' : escapeXml(colour);
    return `<g fill="${fill}" stroke="${escapeXml(colour)}">${circles.join('')}</g>`;
  });
  return svgFrameMarkup(
    {
      widthPx: Number(px(widthPx)),
      heightPx: Number(px(heightPx)),
      label: {
        title: options.title,
        description: options.description,
        idPrefix: options.idPrefix ?? 'static-incidents',
      },
      attrs: { class: 'static-map-svg', preserveAspectRatio: 'xMidYMid meet' },
    },
    parts.length > 0 ? `<g fill-opacity="0.6" stroke-opacity="0.9" stroke-width="1">${parts.join('')}</g>` : '',
  );
}
