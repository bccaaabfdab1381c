/**
 * Which place labels fit at which zoom, decided once at build time. deck.gl's collision filter hides every
 * label drawn beside its dot (it tests the anchor point, and a pixel offset moves the label off it), so the
 * atlas places labels itself: greedy, most important first, on Web Mercator pixels at each zoom step. Pure.
 */
import { ZOOM_LIMITS } from './views.ts';

export interface LabelCandidate {
  lon: number;
  lat: number;
  text: string;
  /** Lower places first when labels compete. */
  priority: number;
  /** 'start': a dot with the text to its right (places); 'middle': text centred on the point (countries). */
  anchor?: 'start' | 'middle';
  fontSizePx?: number;
  /** Average character width in ems: wider for bold capitals. */
  charWidthEm?: number;
}

export interface LabelPlacementOptions {
  minZoom: number;
  maxZoom: number;
  /** Zoom steps tested between minZoom and maxZoom. */
  stepZoom: number;
  fontSizePx: number;
  /** Gap between the dot and the start of the label. */
  offsetPx: number;
  paddingPx: number;
}

export const PLACE_LABEL_OPTIONS: LabelPlacementOptions = {
  ...ZOOM_LIMITS,
  stepZoom: 0.5,
  fontSizePx: 12,
  offsetPx: 6,
  paddingPx: 2,
};

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

export function mercatorPx(lon: number, lat: number, zoom: number): [number, number] {
  const size = WORLD_PX_AT_ZOOM_0 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

export type Box = [left: number, top: number, right: number, bottom: number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A label's box with padding: a dot and the text to its right, or centred text. Text width is estimated. */
export function labelBox(candidate: LabelCandidate, zoom: number, options: LabelPlacementOptions): Box {
  const [x, y] = mercatorPx(candidate.lon, candidate.lat, zoom);
  const fontSizePx = candidate.fontSizePx ?? options.fontSizePx;
  const widthPx = candidate.text.length * fontSizePx * (candidate.charWidthEm ?? 0.62);
  const halfHeightPx = fontSizePx * 0.6;
  const pad = options.paddingPx;
  if (candidate.anchor === 'middle')
    return [x - widthPx / 2 - pad, y - halfHeightPx - pad, x + widthPx / 2 + pad, y + halfHeightPx + pad];
  return [x - 4 - pad, y - halfHeightPx - pad, x + options.offsetPx + widthPx + pad, y + halfHeightPx + pad];
}

/**
 * The lowest zoom at which each label is shown. Zooming in never hides a label: a label is only a candidate
 * at a zoom if it was placed at the next zoom up. Labels that collide even at maxZoom get maxZoom + stepZoom,
 * beyond what the map allows, and are never drawn (their dot still is).
 */
export function labelMinZooms(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): number[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.priority - candidates[b]!.priority || a - b);
  const minZoom = candidates.map(() => options.maxZoom + options.stepZoom);
  let eligible = new Set(order);
  for (let zoom = options.maxZoom; zoom >= options.minZoom - 1e-9; zoom -= options.stepZoom) {
    const placed: Box[] = [];
    const kept = new Set<number>();
    for (const i of order) {
      if (!eligible.has(i)) continue;
      const box = labelBox(candidates[i]!, zoom, options);
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      kept.add(i);
      minZoom[i] = zoom;
    }
    eligible = kept;
  }
  return minZoom;
}

/**
 * Which labels fit at one zoom: greedy, most important first (lower priority), each kept only when it clears
 * the labels kept before it. The static maps place their labels this way for the scale they are drawn at.
 */
export function labelsFittingAt(
  candidates: readonly LabelCandidate[],
  zoom: number,
  options: LabelPlacementOptions,
): boolean[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.priority - candidates[b]!.priority || a - b);
  const kept = candidates.map(() => false);
  const placed: Box[] = [];
  for (const i of order) {
    const box = labelBox(candidates[i]!, zoom, options);
    if (placed.some((b) => overlaps(b, box))) continue;
    placed.push(box);
    kept[i] = true;
  }
  return kept;
}

/**
 * The boxes of the place and country labels the WebGL map shows at a zoom (those whose build-time minimum zoom
 * it has reached, as the layers' filter range does), in Web Mercator pixels: what the change labels keep clear of.
 */
export function shownPlaceLabelBoxes(
  places: readonly { lon: number; lat: number; name: string; labelMinZoom: number }[],
  countries: readonly { lon: number; lat: number; name: string; minZoom: number | undefined }[],
  zoom: number,
): Box[] {
  const boxes: Box[] = [];
  for (const p of places)
    if (p.labelMinZoom <= zoom) boxes.push(labelBox({ ...p, text: p.name, priority: 0 }, zoom, PLACE_LABEL_OPTIONS));
  for (const c of countries)
    if (c.minZoom !== undefined && c.minZoom <= zoom)
      boxes.push(
        labelBox({ ...COUNTRY_LABEL_CANDIDATE, lon: c.lon, lat: c.lat, text: c.name }, zoom, PLACE_LABEL_OPTIONS),
      );
  return boxes;
}

/** How a country label is drawn and placed (src/map/labels.ts): centred, 11 px bold capitals. */
export const COUNTRY_LABEL_CANDIDATE = {
  priority: 10,
  anchor: 'middle',
  fontSizePx: 11,
  charWidthEm: 0.75,
} as const satisfies Omit<LabelCandidate, 'lon' | 'lat' | 'text'>;

/** The text of a country label: names are drawn in capitals. */
export function countryLabelText(name: string): string {
  return name.toUpperCase();
}
