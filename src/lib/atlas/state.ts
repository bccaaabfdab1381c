/**
 * The atlas view in the URL: camera, time window, visible layers and the selected feature. One module
 * parses and serializes it. Parsing is tolerant: each parameter that is missing, garbled, out of range or
 * hostile falls back to its default on its own, so a damaged link still opens a working map.
 */
import { monthToIndex } from '../time/months.ts';

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

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const NUMBER = /^-?\d{1,3}(\.\d{1,6})?$/;
const SELECTED_ID = /^[A-Za-z0-9][A-Za-z0-9._,-]{0,119}$/;

function clampMonth(month: string, limits: AtlasLimits): string | null {
  if (!MONTH.test(month)) return null;
  if (month < limits.firstMonth || month > limits.lastMonth) return null;
  return month;
}

export function parseAtlasState(search: string, defaults: AtlasState, limits: AtlasLimits): AtlasState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4000 ? '' : search);
  } catch {
    return structuredClone(defaults);
  }
  const state = structuredClone(defaults);

  const camera = params.get('c')?.split(',');
  if (camera && camera.length === 3 && camera.every((part) => NUMBER.test(part))) {
    const [lon, lat, zoom] = camera.map(Number) as [number, number, number];
    if (lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && zoom >= limits.minZoom && zoom <= limits.maxZoom) {
      state.centerLon = lon;
      state.centerLat = lat;
      state.zoom = zoom;
    }
  }

  // Each end falls back to its default on its own; a window that ends up reversed falls back whole.
  const startMonth = clampMonth(params.get('from') ?? '', limits) ?? defaults.startMonth;
  const endMonth = clampMonth(params.get('to') ?? '', limits) ?? defaults.endMonth;
  if (startMonth <= endMonth) {
    state.startMonth = startMonth;
    state.endMonth = endMonth;
  }

  const layers = params.get('layers');
  if (layers !== null) {
    const listed = layers.split(',').filter((l): l is AtlasLayer => (ATLAS_LAYERS as readonly string[]).includes(l));
    // An empty or all-garbage list keeps the defaults; "none" is the explicit way to hide every layer.
    if (listed.length > 0) state.layers = ATLAS_LAYERS.filter((l) => listed.includes(l));
    else if (layers === 'none') state.layers = [];
  }

  const selected = params.get('sel');
  if (selected) {
    const colon = selected.indexOf(':');
    const kind = selected.slice(0, colon);
    const id = selected.slice(colon + 1);
    if (colon > 0 && (SELECTION_KINDS as readonly string[]).includes(kind) && SELECTED_ID.test(id)) {
      state.selected = { kind: kind as SelectionKind, id };
    }
  }
  return state;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Query string for a state; parameters equal to the defaults are left out to keep links short. */
export function serializeAtlasState(state: AtlasState, defaults: AtlasState): string {
  const params = new URLSearchParams();
  if (
    state.centerLon !== defaults.centerLon ||
    state.centerLat !== defaults.centerLat ||
    state.zoom !== defaults.zoom
  ) {
    params.set('c', `${round(state.centerLon, 4)},${round(state.centerLat, 4)},${round(state.zoom, 2)}`);
  }
  if (state.startMonth !== defaults.startMonth || state.endMonth !== defaults.endMonth) {
    params.set('from', state.startMonth);
    params.set('to', state.endMonth);
  }
  const layers = ATLAS_LAYERS.filter((l) => state.layers.includes(l));
  if (layers.join(',') !== defaults.layers.join(',')) params.set('layers', layers.length ? layers.join(',') : 'none');
  if (state.selected) params.set('sel', `${state.selected.kind}:${state.selected.id}`);
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}

/** Rounds the camera as the URL does, so a state survives a round trip exactly. */
export function normalizeCamera(state: AtlasState): AtlasState {
  return {
    ...state,
    centerLon: round(state.centerLon, 4),
    centerLat: round(state.centerLat, 4),
    zoom: round(state.zoom, 2),
  };
}

/** The window as month indexes counted from an origin month (the atlas payload's originMonth). */
export function windowMonthIndexes(
  state: Pick<AtlasState, 'startMonth' | 'endMonth'>,
  originMonth: string,
): [number, number] {
  return [monthToIndex(state.startMonth, originMonth), monthToIndex(state.endMonth, originMonth)];
}
