/**
 * The interactive map's text: country and place names, the measures' marks and, in compare mode, each route's
 * change. The map draws all of it as HTML text over its WebGL canvas (src/client/atlas/labelOverlay.ts) rather than
 * as deck.gl text layers: each text layer costs a phone a shader program, a glyph atlas drawn and
 * distance-transformed on the CPU and a texture, in the tasks that set the map up (with three of them, about a fifth
 * of the main thread's work from a tap to a ready map on a phone; bench/README.md), while the browser lays out a
 * hundred short texts for next to nothing and draws them crisp at any pixel ratio.
 *
 * Pure: the overlay passes in the map's projection and zoom. Where each name may show was decided at build time
 * (src/lib/atlas/labelPlacement.ts), so that no two overprint at any zoom: here a name shows from its minimum zoom.
 */
import type { AtlasMeasure, AtlasPlace, CountryLabelPoint } from '../lib/atlas/payload.ts';
import { COUNTRY_LABEL_CANDIDATE, countryLabelText, PLACE_LABEL_OPTIONS } from '../lib/atlas/labelPlacement.ts';
import { CHANGE_LABEL_STYLE } from '../lib/atlas/routeLabelAnchors.ts';
import { measureStateInWindow } from '../lib/atlas/featureList.ts';
import { MEASURE_MARKS } from '../lib/measures/marks.ts';
import { MEASURE_SIZE_PX } from './marks.ts';

/** The kinds of text, in the order they are drawn: a later kind is drawn over an earlier one. */
export const MAP_LABEL_KINDS = ['country', 'measure', 'place', 'change'] as const;
export type MapLabelKind = (typeof MAP_LABEL_KINDS)[number];

/** A measure mark selected or highlighted is drawn larger; one that ended before the window, faded. */
export type MapLabelModifier = 'emphasised' | 'faded';

export interface MapLabel {
  kind: MapLabelKind;
  /** A place's or a measure's id (a click on it selects it); a country's name; a route's id. */
  id: string;
  text: string;
  lon: number;
  lat: number;
  /** Shows from this zoom on; Infinity: the placement found no room for it at any zoom. */
  minZoom: number;
  modifiers?: readonly MapLabelModifier[];
  /** Where the text's centre sits from its point, CSS px (a change label's, chosen when it was placed). */
  offsetPx?: readonly [number, number];
}

/**
 * How each kind is drawn (src/client/atlas/mapLabels.css writes the same out; a unit test checks it). A place name
 * starts `offsetPx` right of its dot, as the build-time placement assumed, with a halo; every other text is centred
 * on its point. Country names are small, bold capitals at half opacity, behind the data and place names. Measure
 * marks are glyphs in the palette's text colour with their own halo; ended measures fade to 0.35, the 90/255 the
 * deck.gl layer drew them at. Change labels are bold, with a wide halo so that they read over the routes.
 */
export const MAP_LABEL_STYLE = {
  place: { sizePx: PLACE_LABEL_OPTIONS.fontSizePx, offsetPx: PLACE_LABEL_OPTIONS.offsetPx },
  country: { sizePx: COUNTRY_LABEL_CANDIDATE.fontSizePx, fontWeight: 600, opacity: 0.47 },
  measure: { sizePx: MEASURE_SIZE_PX.plain, emphasisedSizePx: MEASURE_SIZE_PX.emphasised, fadedOpacity: 0.35 },
  change: { sizePx: CHANGE_LABEL_STYLE.fontSizePx, fontWeight: 700 },
  fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
  measureFontFamily: '"DejaVu Sans", "Segoe UI Symbol", "Arial Unicode MS", sans-serif',
} as const;

/** Country names under place names, each shown from the zoom the build-time placement gave it. */
export function nameLabels(
  places: readonly AtlasPlace[],
  countries: readonly CountryLabelPoint[],
  countryMinZoomByName: Readonly<Record<string, number>>,
): MapLabel[] {
  return [
    ...countries.map((c) => ({
      kind: 'country' as const,
      id: c.name,
      text: countryLabelText(c.name),
      lon: c.lon,
      lat: c.lat,
      minZoom: countryMinZoomByName[c.name] ?? Infinity,
    })),
    ...places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      text: p.name,
      lon: p.lon,
      lat: p.lat,
      minZoom: p.labelMinZoom,
    })),
  ];
}

export interface MeasureLabelsOptions {
  /** The window's month indexes: measures starting after it are left out, those ended before it fade. */
  startIndex: number;
  endIndex: number;
  selectedId: string | null;
  highlightedIds?: readonly string[];
}

/** Each measure started by the end of the window, as its mark (src/lib/measures/marks.ts), at every zoom. */
export function measureLabels(measures: readonly AtlasMeasure[], options: MeasureLabelsOptions): MapLabel[] {
  const highlighted = options.highlightedIds ?? [];
  return measures.flatMap((m) => {
    const state = measureStateInWindow(m, options.startIndex, options.endIndex);
    if (state === 'future') return [];
    const modifiers: MapLabelModifier[] = [];
    if (m.id === options.selectedId || highlighted.includes(m.id)) modifiers.push('emphasised');
    if (state === 'ended') modifiers.push('faded');
    return [
      { kind: 'measure', id: m.id, text: MEASURE_MARKS[m.type].glyph, lon: m.lon, lat: m.lat, minZoom: 0, modifiers },
    ];
  });
}

export interface RouteChangeLabel {
  routeId: string;
  lon: number;
  lat: number;
  /** "−97%", "+20%". */
  text: string;
  /** Screen offset from the anchor, chosen at placement (src/lib/atlas/routeLabelAnchors.ts placeChangeLabels). */
  offsetPx?: [number, number];
}

/** The change of each route between the windows, at the point its placement chose. */
export function changeLabels(labels: readonly RouteChangeLabel[]): MapLabel[] {
  return labels.map((l) => ({
    kind: 'change',
    id: l.routeId,
    text: l.text,
    lon: l.lon,
    lat: l.lat,
    minZoom: 0,
    ...(l.offsetPx ? { offsetPx: l.offsetPx } : {}),
  }));
}

export interface LabelView {
  zoom: number;
  /** Kinds not drawn: place names without the places layer, marks without measures, changes without routes. */
  hiddenKinds: readonly MapLabelKind[];
  widthPx: number;
  heightPx: number;
  /** Screen position of a point, in CSS px from the map's top left (MapLibre's `project`). */
  project(lonLat: [number, number]): { x: number; y: number };
}

/** A text's point may lie this far outside the map and still show: a long name reaches in from beyond the edge. */
const OFFSCREEN_MARGIN_PX = 200;

/**
 * Each label's CSS transform in this view, or null where it does not show (below its zoom, its kind hidden, or
 * well outside the map). Positions are rounded to whole pixels so that the text stays sharp.
 */
export function labelTransforms(labels: readonly MapLabel[], view: LabelView): (string | null)[] {
  return labels.map((label) => {
    if (label.minZoom > view.zoom || view.hiddenKinds.includes(label.kind)) return null;
    const { x, y } = view.project([label.lon, label.lat]);
    const outside =
      x < -OFFSCREEN_MARGIN_PX ||
      y < -OFFSCREEN_MARGIN_PX ||
      x > view.widthPx + OFFSCREEN_MARGIN_PX ||
      y > view.heightPx + OFFSCREEN_MARGIN_PX;
    if (outside) return null;
    if (label.kind === 'place')
      return `translate(${Math.round(x) + MAP_LABEL_STYLE.place.offsetPx}px, ${Math.round(y)}px) translateY(-50%)`;
    const [dx, dy] = label.offsetPx ?? [0, 0];
    return `translate(${Math.round(x + dx)}px, ${Math.round(y + dy)}px) translate(-50%, -50%)`;
  });
}

export interface LabelBox {
  kind: MapLabelKind;
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The label that covers a point (CSS px, the map's frame), the last drawn first; null if none. */
export function labelAtPoint(boxes: readonly LabelBox[], xPx: number, yPx: number): LabelBox | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i]!;
    if (xPx >= box.left && xPx <= box.right && yPx >= box.top && yPx <= box.bottom) return box;
  }
  return null;
}
