/**
 * The static maps drawn at build time for the atlas's first paint: one base picture per region (a quick view's
 * camera) and one picture of the incidents per region and time window. The build draws the views the site's
 * links reach (each quick view with the default window, the whole map with each measure's atlas window) and
 * every calendar year of every region; the browser shows the one of the address, or the nearest: the region
 * whose camera is closest, then that region's closest window.
 */
import { formatMonth, monthToIndex, yearOf } from '../time/months.ts';
import type { Bbox } from './basemap.ts';
import type { AtlasState, MonthSpan } from './state.ts';
import { windowInWords } from '../time/words.ts';
import { ALL_ROUTES_VIEW, ATLAS_BBOX, QUICK_VIEWS, type CameraView } from './views.ts';

/** The drawing size of every static map: the atlas map's shape on a wide screen. */
export const STATIC_MAP_SIZE = { widthPx: 960, heightPx: 620 } as const;

/**
 * The widths the static maps' text is written for (staticMapSvg `textTiersPx`): the atlas shows the layer of the
 * width its picture takes on screen, by a container query (AtlasView.astro), so that no text is drawn below 11/12
 * of its size: a layer shows from 11/12 of its width up to 11/12 of the next one's.
 */
export const STATIC_TEXT_TIERS_PX = [288, 480, 720, 960] as const;

/** The text tiers of a measure page's before/after map (MeasureShiftMap.astro), at most 640 px wide. */
export const SHIFT_MAP_TEXT_TIERS_PX = [288, 480, 640] as const;

/** Text drawn at 12 px in a tier is never shown under 11 px: a tier shows from 11/12 of its width. */
const SMALLEST_TEXT_SCALE = 11 / 12;

export interface TextTierQuery {
  /** The tier shown from here on, and the one it replaces. */
  tierPx: number;
  previousTierPx: number;
  /** The container's width (and, for a picture fitted into a box, height) from which `tierPx` shows. */
  minWidthPx: number;
  minHeightPx?: number;
}

/**
 * The container queries that choose which text tier of a static picture shows (the CSS of AtlasView.astro and
 * MeasureShiftMap.astro writes them out, and a test checks they are these). For a picture fitted into a box of
 * its own shape, `heightPerWidth` adds the height the box needs for the picture to be that wide. Thresholds
 * are rounded up to 1/100 px, so that no text is ever drawn under 11 px.
 */
export function textTierQueries(tiersPx: readonly number[], heightPerWidth?: number): TextTierQuery[] {
  const ceil2 = (x: number) => Math.ceil(Math.round(x * 1e6) / 1e4) / 100;
  return tiersPx.slice(1).map((tierPx, i) => {
    const minWidthPx = tierPx * SMALLEST_TEXT_SCALE;
    return {
      tierPx,
      previousTierPx: tiersPx[i]!,
      minWidthPx: ceil2(minWidthPx),
      ...(heightPerWidth === undefined ? {} : { minHeightPx: ceil2(minWidthPx * heightPerWidth) }),
    };
  });
}

export interface StaticWindow {
  startMonth: string;
  endMonth: string;
}

export interface StaticView extends StaticWindow {
  /** A quick view's id (src/lib/atlas/views.ts). */
  regionId: string;
}

/** The windows drawn for each region, as `from_to` keys: what the browser chooses from. */
export type StaticViewIndex = Record<string, string[]>;

export function staticWindowKey(window: StaticWindow): string {
  return `${window.startMonth}_${window.endMonth}`;
}

function windowOfKey(key: string): StaticWindow {
  const [startMonth = '', endMonth = ''] = key.split('_');
  return { startMonth, endMonth };
}

/** The region's base picture (land, borders, routes, places, measures). */
export function staticRegionPath(regionId: string): string {
  return `/atlas/static/${regionId}.svg`;
}

/** The incidents of one region and window, drawn to lie over the region's base picture. */
export function staticViewPath(view: StaticView): string {
  return `/atlas/static/${view.regionId}_${staticWindowKey(view)}.svg`;
}

const WORLD_TILE_PX = 512;
const mercatorY = (latDeg: number) => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latOfMercatorY = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;

/**
 * What a camera shows in a frame of the static map's size, as MapLibre draws it (512 px tiles, Web Mercator).
 * The whole map keeps ATLAS_BBOX, the extent its static picture has always had.
 */
export function regionBbox(view: CameraView, size = STATIC_MAP_SIZE): Bbox {
  if (view.id === ALL_ROUTES_VIEW.id) return ATLAS_BBOX;
  const worldPx = WORLD_TILE_PX * 2 ** view.zoom;
  const halfLonDeg = ((size.widthPx / 2) * 360) / worldPx;
  const halfMercator = ((size.heightPx / 2) * 2 * Math.PI) / worldPx;
  const centreY = mercatorY(view.centerLat);
  return {
    minLon: view.centerLon - halfLonDeg,
    maxLon: view.centerLon + halfLonDeg,
    minLat: latOfMercatorY(centreY - halfMercator),
    maxLat: latOfMercatorY(centreY + halfMercator),
  };
}

/**
 * How far a camera is from a quick view: zoom levels apart, plus the distance of the centres measured in the
 * quick view's own width (the degrees a 512 px tile spans at its zoom), so a nearby centre at a far zoom loses.
 */
function cameraDistance(camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>, view: CameraView): number {
  const spanDeg = 360 / 2 ** view.zoom;
  const centreDeg = Math.hypot(camera.centerLon - view.centerLon, camera.centerLat - view.centerLat);
  return Math.abs(camera.zoom - view.zoom) + centreDeg / spanDeg;
}

export function nearestRegion(
  camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>,
  views: readonly CameraView[] = QUICK_VIEWS,
): CameraView {
  let best = views[0]!;
  for (const view of views) if (cameraDistance(camera, view) < cameraDistance(camera, best)) best = view;
  return best;
}

/** Months between the two starts plus months between the two ends. */
function windowDistance(a: StaticWindow, b: StaticWindow): number {
  return Math.abs(monthToIndex(a.startMonth, b.startMonth)) + Math.abs(monthToIndex(a.endMonth, b.endMonth));
}

/**
 * The static view to show for a state: the region of the nearest quick view that has pictures, then its window
 * closest to the state's (exact when drawn). Null when nothing was drawn.
 */
export function nearestStaticView(
  state: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom' | 'startMonth' | 'endMonth'>,
  index: StaticViewIndex,
  views: readonly CameraView[] = QUICK_VIEWS,
): StaticView | null {
  const drawn = views.filter((v) => (index[v.id]?.length ?? 0) > 0);
  if (drawn.length === 0) return null;
  const region = nearestRegion(state, drawn);
  let best: StaticWindow | null = null;
  for (const key of index[region.id]!) {
    const window = windowOfKey(key);
    if (!best || windowDistance(window, state) < windowDistance(best, state)) best = window;
  }
  return { regionId: region.id, ...best! };
}

export interface StaticViewInputs {
  defaultWindow: StaticWindow;
  /** The window of each measure's atlas link (src/lib/measures/window.ts measureAtlasWindow). */
  measureWindows: readonly StaticWindow[];
  firstMonth: string;
  lastMonth: string;
  views?: readonly CameraView[];
}

/** Every static view to draw, each once: see the module comment. */
export function staticViewsToDraw(inputs: StaticViewInputs): StaticView[] {
  const views = inputs.views ?? QUICK_VIEWS;
  const years: StaticWindow[] = [];
  const firstYear = yearOf(inputs.firstMonth);
  const lastYear = yearOf(inputs.lastMonth);
  for (let year = firstYear; year <= lastYear; year++) {
    const start = formatMonth(year, 1);
    const end = formatMonth(year, 12);
    years.push({
      startMonth: start < inputs.firstMonth ? inputs.firstMonth : start,
      endMonth: end > inputs.lastMonth ? inputs.lastMonth : end,
    });
  }
  const wanted: StaticView[] = [
    ...views.flatMap((v) => [inputs.defaultWindow, ...years].map((w) => ({ regionId: v.id, ...w }))),
    ...inputs.measureWindows.map((w) => ({ regionId: ALL_ROUTES_VIEW.id, ...w })),
  ];
  const seen = new Map<string, StaticView>();
  for (const view of wanted) seen.set(`${view.regionId}_${staticWindowKey(view)}`, view);
  return [...seen.values()];
}

export function staticViewIndex(views: readonly StaticView[]): StaticViewIndex {
  const index: StaticViewIndex = {};
  for (const view of views) (index[view.regionId] ??= []).push(staticWindowKey(view));
  return index;
}

/**
 * The static pictures of a comparison: each measure page's "See this shift on the map" link (its default
 * before/after windows, its routes in view) drawn whole at build time, both widths and the change labels.
 * Keyed by the windows (`from_to_vsfrom_vsto`), each key listing the measures whose link has those windows.
 */
export type StaticCompareIndex = Record<string, string[]>;

export interface StaticCompareView extends StaticWindow {
  compare: MonthSpan;
  /** The measure whose shift link this picture draws (its camera and selection). */
  measureId: string;
}

export function staticCompareKey(view: StaticWindow & { compare: MonthSpan }): string {
  return `${staticWindowKey(view)}_${staticWindowKey(view.compare)}`;
}

/** The whole picture of a comparison (base, both widths, change labels, marks), as one file. */
export function staticComparePath(view: Pick<StaticCompareView, 'measureId'>): string {
  return `/atlas/static/compare/${view.measureId}.svg`;
}

export function staticCompareIndex(views: readonly StaticCompareView[]): StaticCompareIndex {
  const index: StaticCompareIndex = {};
  for (const view of views) (index[staticCompareKey(view)] ??= []).push(view.measureId);
  return index;
}

/**
 * The compare picture of a state: only when its three months pairs are exactly those of a picture drawn (a
 * comparison of other windows is not the same picture, and the single-window picture with its caption is
 * shown instead). Among pictures of the same windows, the selected measure's, else the first.
 */
export function matchingCompareView(
  state: Pick<AtlasState, 'startMonth' | 'endMonth' | 'compare' | 'selected'>,
  index: StaticCompareIndex,
): StaticCompareView | null {
  if (!state.compare) return null;
  const measures = index[staticCompareKey({ ...state, compare: state.compare })];
  if (!measures || measures.length === 0) return null;
  const selected = state.selected?.kind === 'measure' ? state.selected.id : null;
  const measureId = selected && measures.includes(selected) ? selected : measures[0]!;
  return { startMonth: state.startMonth, endMonth: state.endMonth, compare: state.compare, measureId };
}

/**
 * The caption under a compare picture: which width is which window, what the labels are, what it leaves out. On a
 * phone the picture shows one window at a time (`shown`, the before/after toggle), and says which.
 */
export function staticCompareCaption(view: StaticCompareView, shown: 'both' | 'before' | 'after' = 'both'): string {
  const current = windowInWords(view.startMonth, view.endMonth);
  const reference = windowInWords(view.compare.startMonth, view.compare.endMonth);
  const widths =
    shown === 'both'
      ? `pale band with a thin edge, detections per month on each route in ${reference}; solid line, ${current}`
      : `${shown === 'before' ? 'before' : 'after'}: detections per month on each route in ${shown === 'before' ? reference : current}, as a solid line`;
  return (
    `Static map of the comparison: ${widths}; one width scale fitted to the two windows. Labels: change in Frontex ` +
    `detections from ${reference} to ${current} (detections, not people). Incidents are not drawn in this ` +
    'picture: the table below gives the dead and missing of both windows.'
  );
}

/**
 * The caption under the static map: the region and window it draws. In compare mode it says what it does not
 * draw (the reference window, the change labels), and where the comparison is: the static pictures are of one
 * window, and the legend's compare key describes the interactive map.
 */
export function staticMapCaption(regionLabel: string, drawn: StaticWindow, compare: MonthSpan | null): string {
  const caption = `Static map: ${regionLabel}, ${windowInWords(drawn.startMonth, drawn.endMonth)}. Circles: dead and missing (IOM, minimum estimate).`;
  if (!compare) return caption;
  return (
    `${caption} It draws this one window, not the comparison with ${windowInWords(compare.startMonth, compare.endMonth)}: ` +
    'both windows and the change on each route are in the table below; the interactive map draws them.'
  );
}
