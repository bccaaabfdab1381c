/**
 * The interactive map's place and country names: which show, and where. The map draws them as HTML text over its
 * WebGL canvas (src/client/atlas/labelOverlay.ts) rather than as deck.gl text layers: each text layer costs a phone
 * a shader program, a glyph atlas drawn and distance-transformed on the CPU and a texture, in the tasks that set the
 * map up (about a fifth of the map's start-up; bench/README.md), while the browser lays out a few dozen names for
 * next to nothing and draws them crisp at any pixel ratio.
 *
 * Pure: the overlay passes in the map's projection and zoom. Where each name may show was decided at build time
 * (src/lib/atlas/labelPlacement.ts), so that no two overprint at any zoom: here a name shows from its minimum zoom.
 */
import type { AtlasPlace, CountryLabelPoint } from '../lib/atlas/payload.ts';
import { COUNTRY_LABEL_CANDIDATE, countryLabelText, PLACE_LABEL_OPTIONS } from '../lib/atlas/labelPlacement.ts';

export interface MapLabel {
  kind: 'place' | 'country';
  /** For a place, its id (a click on its name selects it); for a country, its name. */
  id: string;
  text: string;
  lon: number;
  lat: number;
  /** The name shows from this zoom on; Infinity: the placement found no room for it at any zoom. */
  minZoom: number;
}

/**
 * How each kind of name is drawn (src/client/atlas/mapLabels.css writes the same out; a unit test checks it):
 * place names beside their dot (`offsetPx` right of it, as the build-time placement assumed) with a halo;
 * country names centred on their point in small, bold capitals at half opacity, behind the data and place names.
 */
export const MAP_LABEL_STYLE = {
  place: { sizePx: PLACE_LABEL_OPTIONS.fontSizePx, offsetPx: PLACE_LABEL_OPTIONS.offsetPx },
  country: { sizePx: COUNTRY_LABEL_CANDIDATE.fontSizePx, fontWeight: 600, opacity: 0.47 },
  fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
} as const;

/** Country names first, so that place names, later in the document, are drawn over them. */
export function mapLabels(
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

export interface LabelView {
  zoom: number;
  /** Place names show with the places layer; country names always. */
  placesShown: boolean;
  widthPx: number;
  heightPx: number;
  /** Screen position of a point, in CSS px from the map's top left (MapLibre's `project`). */
  project(lonLat: [number, number]): { x: number; y: number };
}

/** A name's anchor may lie this far outside the map and still show: a long name reaches in from beyond the edge. */
const OFFSCREEN_MARGIN_PX = 200;

/**
 * Each label's CSS transform in this view, or null where it does not show (below its zoom, its layer off, or
 * well outside the map). Positions are rounded to whole pixels so that the text stays sharp.
 */
export function labelTransforms(labels: readonly MapLabel[], view: LabelView): (string | null)[] {
  return labels.map((label) => {
    if (label.minZoom > view.zoom) return null;
    if (label.kind === 'place' && !view.placesShown) return null;
    const { x, y } = view.project([label.lon, label.lat]);
    const outside =
      x < -OFFSCREEN_MARGIN_PX ||
      y < -OFFSCREEN_MARGIN_PX ||
      x > view.widthPx + OFFSCREEN_MARGIN_PX ||
      y > view.heightPx + OFFSCREEN_MARGIN_PX;
    if (outside) return null;
    return label.kind === 'place'
      ? `translate(${Math.round(x) + MAP_LABEL_STYLE.place.offsetPx}px, ${Math.round(y)}px) translateY(-50%)`
      : `translate(${Math.round(x)}px, ${Math.round(y)}px) translate(-50%, -50%)`;
  });
}

export interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The place whose shown name covers a point (CSS px, the map's frame), the last drawn first; null if none. */
export function placeAtPoint(boxes: readonly LabelBox[], xPx: number, yPx: number): string | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i]!;
    if (xPx >= box.left && xPx <= box.right && yPx >= box.top && yPx <= box.bottom) return box.id;
  }
  return null;
}
