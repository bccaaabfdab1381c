/**
 * The atlas view in the URL: camera, time window, visible layers and the selected feature. One module
 * parses and serializes it. Parsing is tolerant: each parameter that is missing, garbled, out of range or
 * hostile falls back to its default on its own, so a damaged link still opens a working map.
 */
import { monthToIndex } from '../time/months.ts';
import { roundCamera, valueOr } from '../url/codecs.ts';
import { PARAM_CODECS, readViewQuery, writeViewQuery } from '../url/params.ts';

export const ATLAS_LAYERS = ['routes', 'incidents', 'measures', 'places'] as const;
export type AtlasLayer = (typeof ATLAS_LAYERS)[number];

export const SELECTION_KINDS = ['incident', 'measure', 'route', 'place'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];

export const WIDTH_SCALES = ['fixed', 'fitted'] as const;
/** Route widths: one scale for the whole period, or fitted to the windows on screen. */
export type WidthScaleChoice = (typeof WIDTH_SCALES)[number];

/** A month window, YYYY-MM, inclusive. */
export interface MonthSpan {
  startMonth: string;
  endMonth: string;
}

export interface AtlasState {
  centerLon: number;
  centerLat: number;
  zoom: number;
  startMonth: string;
  endMonth: string;
  /** The reference window the current one is compared with (`vs`), or null outside compare mode. */
  compare: MonthSpan | null;
  /** The reader's choice of route-width scale, or null for the default (fitted in compare mode). */
  widthScale: WidthScaleChoice | null;
  layers: AtlasLayer[];
  selected: { kind: SelectionKind; id: string } | null;
  /**
   * Features drawn emphasised besides the selection: a story step may highlight several routes and measures at
   * once. Not in the URL (the atlas page never sets it); absent means none.
   */
  highlight?: { routes: readonly string[]; measures: readonly string[] };
}

/**
 * What the map's layers depend on in a state: everything but the camera (zoom steps and the theme rebuild the
 * layers on their own). Equal keys: the map moves only its camera and leaves deck.gl's layers alone.
 */
export function layerStateKey(state: AtlasState): string {
  const { startMonth, endMonth, compare, widthScale, layers, selected, highlight } = state;
  return JSON.stringify([startMonth, endMonth, compare, widthScale, layers, selected, highlight ?? null]);
}

export interface AtlasLimits {
  firstMonth: string;
  lastMonth: string;
  minZoom: number;
  maxZoom: number;
}

/**
 * The atlas view from a query string, composed from the registry's parsers (src/lib/url/params.ts). Each
 * parameter falls back to its default on its own; a window that ends up reversed falls back whole.
 */
export function parseAtlasState(search: string, defaults: AtlasState, limits: AtlasLimits): AtlasState {
  const raw = readViewQuery(search);
  const state = structuredClone(defaults);

  const camera = PARAM_CODECS.c.parse(raw.c, limits);
  if (camera.kind === 'valid') Object.assign(state, camera.value);

  const startMonth = valueOr(PARAM_CODECS.from.parse(raw.from, limits), defaults.startMonth);
  const endMonth = valueOr(PARAM_CODECS.to.parse(raw.to, limits), defaults.endMonth);
  if (startMonth <= endMonth) {
    state.startMonth = startMonth;
    state.endMonth = endMonth;
  }

  state.compare = valueOr(PARAM_CODECS.vs.parse(raw.vs, limits), state.compare);
  state.widthScale = valueOr(PARAM_CODECS.widths.parse(raw.widths, { allowed: WIDTH_SCALES }), state.widthScale);

  // An empty or all-garbage list keeps the defaults; "none" is the explicit way to hide every layer.
  state.layers = valueOr(PARAM_CODECS.layers.parse(raw.layers, { allowed: ATLAS_LAYERS }), state.layers);
  state.selected = valueOr(PARAM_CODECS.sel.parse(raw.sel, { allowed: SELECTION_KINDS }), state.selected);
  return state;
}

/** Query string for a state; parameters equal to the defaults are left out to keep links short. */
export function serializeAtlasState(state: AtlasState, defaults: AtlasState): string {
  const cameraMoved =
    state.centerLon !== defaults.centerLon || state.centerLat !== defaults.centerLat || state.zoom !== defaults.zoom;
  const windowMoved = state.startMonth !== defaults.startMonth || state.endMonth !== defaults.endMonth;
  const layers = PARAM_CODECS.layers.serialize(state.layers, { allowed: ATLAS_LAYERS });
  const defaultLayers = PARAM_CODECS.layers.serialize(defaults.layers, { allowed: ATLAS_LAYERS });
  return writeViewQuery({
    c: cameraMoved ? PARAM_CODECS.c.serialize(state) : null,
    from: windowMoved ? state.startMonth : null,
    to: windowMoved ? state.endMonth : null,
    vs: state.compare ? PARAM_CODECS.vs.serialize(state.compare) : null,
    widths: state.widthScale !== defaults.widthScale ? state.widthScale : null,
    layers: layers !== defaultLayers ? layers : null,
    sel: state.selected ? PARAM_CODECS.sel.serialize(state.selected) : null,
  });
}

/** The scale the route widths use: the reader's choice, else fitted in compare mode and fixed outside it. */
export function effectiveWidthScale(state: Pick<AtlasState, 'compare' | 'widthScale'>): WidthScaleChoice {
  return state.widthScale ?? (state.compare ? 'fitted' : 'fixed');
}

/** Rounds the camera as the URL does, so a state survives a round trip exactly. */
export function normalizeCamera(state: AtlasState): AtlasState {
  return roundCamera(state);
}

/** The window as month indexes counted from an origin month (the atlas payload's originMonth). */
export function windowMonthIndexes(
  state: Pick<AtlasState, 'startMonth' | 'endMonth'>,
  originMonth: string,
): [number, number] {
  return [monthToIndex(state.startMonth, originMonth), monthToIndex(state.endMonth, originMonth)];
}
