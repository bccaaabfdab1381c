/** Named camera views of the atlas ("quick views") and its defaults. */
import type { AtlasLayer, AtlasState } from './state.ts';

export interface CameraView {
  id: string;
  label: string;
  centerLon: number;
  centerLat: number;
  zoom: number;
}

export const ALL_ROUTES_VIEW: CameraView = { id: 'all', label: 'All routes', centerLon: 14, centerLat: 38, zoom: 3.2 };

export const QUICK_VIEWS: CameraView[] = [
  ALL_ROUTES_VIEW,
  { id: 'central-mediterranean', label: 'Central Mediterranean', centerLon: 14, centerLat: 35, zoom: 5.3 },
  { id: 'eastern-mediterranean', label: 'Eastern Mediterranean', centerLon: 25.8, centerLat: 38.6, zoom: 5.9 },
  { id: 'western-balkans', label: 'Western Balkans', centerLon: 19.6, centerLat: 43.6, zoom: 5.4 },
  { id: 'sahel-agadez', label: 'Sahel / Agadez', centerLon: 11, centerLat: 22, zoom: 4.7 },
  { id: 'libya', label: 'Libya', centerLon: 17, centerLat: 28.5, zoom: 4.9 },
];

export const ZOOM_LIMITS = { minZoom: 2, maxZoom: 10 };

/** The all-routes view spans the routes, Canaries to Cyprus, in a map this wide (MapLibre, 512 px tiles). */
export const ALL_ROUTES_WIDTH_PX = 840;

/**
 * The camera a map this wide shows for a state: the all-routes view zooms out on a narrower map (a phone)
 * so that it still spans every route; any other camera is the reader's own and is kept.
 */
export function cameraForWidth<T extends Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>>(
  state: T,
  widthPx: number,
): T {
  const isAllRoutes =
    state.centerLon === ALL_ROUTES_VIEW.centerLon &&
    state.centerLat === ALL_ROUTES_VIEW.centerLat &&
    state.zoom === ALL_ROUTES_VIEW.zoom;
  if (!isAllRoutes || widthPx <= 0 || widthPx >= ALL_ROUTES_WIDTH_PX) return state;
  const zoom = ALL_ROUTES_VIEW.zoom - Math.log2(ALL_ROUTES_WIDTH_PX / widthPx);
  return { ...state, zoom: Math.max(ZOOM_LIMITS.minZoom, Math.round(zoom * 10) / 10) };
}

export const DEFAULT_LAYERS: AtlasLayer[] = ['routes', 'incidents', 'measures', 'places'];

/** The default window is the latest calendar year with complete Frontex data. */
export function defaultAtlasState(detectionsCompleteYear: number): AtlasState {
  return {
    centerLon: ALL_ROUTES_VIEW.centerLon,
    centerLat: ALL_ROUTES_VIEW.centerLat,
    zoom: ALL_ROUTES_VIEW.zoom,
    startMonth: `${detectionsCompleteYear}-01`,
    endMonth: `${detectionsCompleteYear}-12`,
    layers: [...DEFAULT_LAYERS],
    selected: null,
  };
}

/** The extent of the static (build-time SVG) map: every route, from the Canaries to Belarus. */
export const ATLAS_BBOX = { minLon: -20, minLat: 11, maxLon: 44, maxLat: 57 };
