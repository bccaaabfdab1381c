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

export interface AtlasState {
  centerLon: number;
  centerLat: number;
  zoom: number;
  startMonth: string;
  endMonth: string;
  layers: AtlasLayer[];
  selected: { kind: SelectionKind; id: string } | null;
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
    layers: layers !== defaultLayers ? layers : null,
    sel: state.selected ? PARAM_CODECS.sel.serialize(state.selected) : null,
  });
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
