/** Named camera views of the atlas ("quick views") and its defaults. */
import type { AtlasLayer, AtlasState } from './state.ts';

export interface CameraView {
  id: string;
  label: string;
  centerLon: number;
  centerLat: number;
  zoom: number;
}

// Wide enough for the Sahel route: Agadez and northern Niger are in view with the Canaries and Belarus.
export const ALL_ROUTES_VIEW: CameraView = { id: 'all', label: 'All routes', centerLon: 13, centerLat: 37, zoom: 3 };

export const QUICK_VIEWS: CameraView[] = [
  ALL_ROUTES_VIEW,
  { id: 'central-mediterranean', label: 'Central Mediterranean', centerLon: 14, centerLat: 35, zoom: 5.3 },
  { id: 'eastern-mediterranean', label: 'Eastern Mediterranean', centerLon: 25.8, centerLat: 38.6, zoom: 5.9 },
  { id: 'western-balkans', label: 'Western Balkans', centerLon: 19.6, centerLat: 43.6, zoom: 5.4 },
  // Zoom 5: the country labels placed at build time show Niger from zoom 5 (Agadez, Arlit and Assamaka win below).
  { id: 'sahel-agadez', label: 'Sahel / Agadez', centerLon: 11, centerLat: 22, zoom: 5 },
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
    compare: null,
    widthScale: null,
    layers: [...DEFAULT_LAYERS],
    selected: null,
  };
}

/** The extent of the static (build-time SVG) map: every route, from the Canaries to Belarus. */
export const ATLAS_BBOX = { minLon: -20, minLat: 11, maxLon: 44, maxLat: 57 };

/**
 * The camera that fits a lon/lat box into a map of the given size (Web Mercator, 512-px tiles as MapLibre
 * uses), within the zoom limits: the measure pages open the atlas with the measure's routes in view.
 */
export function cameraForBounds(
  bounds: { minLon: number; minLat: number; maxLon: number; maxLat: number },
  viewport: { widthPx: number; heightPx: number; paddingPx: number },
): Pick<CameraView, 'centerLon' | 'centerLat' | 'zoom'> {
  const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const worldPx = 512;
  const spanX = (bounds.maxLon - bounds.minLon) / 360;
  const spanY = (mercatorY(bounds.maxLat) - mercatorY(bounds.minLat)) / (2 * Math.PI);
  const fitX = Math.log2((viewport.widthPx - 2 * viewport.paddingPx) / (worldPx * Math.max(spanX, 1e-6)));
  const fitY = Math.log2((viewport.heightPx - 2 * viewport.paddingPx) / (worldPx * Math.max(spanY, 1e-6)));
  const zoom = Math.min(ZOOM_LIMITS.maxZoom, Math.max(ZOOM_LIMITS.minZoom, Math.min(fitX, fitY)));
  const centerY = (mercatorY(bounds.maxLat) + mercatorY(bounds.minLat)) / 2;
  const centerLat = (Math.atan(Math.sinh(centerY)) * 180) / Math.PI;
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return {
    centerLon: round((bounds.minLon + bounds.maxLon) / 2, 4),
    centerLat: round(centerLat, 4),
    // Rounded down, so the rounded camera still shows the whole box.
    zoom: Math.floor(zoom * 100) / 100,
  };
}

/** The lon/lat box a camera shows in a map of the given size (the inverse of cameraForBounds, no padding). */
export function visibleBounds(
  camera: Pick<CameraView, 'centerLon' | 'centerLat' | 'zoom'>,
  viewport: { widthPx: number; heightPx: number },
): { minLon: number; minLat: number; maxLon: number; maxLat: number } {
  const pxPerRadian = (512 * 2 ** camera.zoom) / (2 * Math.PI);
  const centerY = Math.log(Math.tan(Math.PI / 4 + (camera.centerLat * Math.PI) / 360));
  const latAt = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const halfLon = ((viewport.widthPx / 2 / pxPerRadian) * 180) / Math.PI;
  return {
    minLon: camera.centerLon - halfLon,
    maxLon: camera.centerLon + halfLon,
    minLat: latAt(centerY - viewport.heightPx / 2 / pxPerRadian),
    maxLat: latAt(centerY + viewport.heightPx / 2 / pxPerRadian),
  };
}
