/**
 * What the atlas map shows in the current time window and camera view, as a list the keyboard can reach:
 * the routes, the measures in force, the largest incidents and the places. Choosing an item selects it as a
 * click on the map does, so this list is the map's keyboard and screen-reader twin. Pure: the browser passes
 * the map's size in CSS pixels, and the view's bounds come from the same Web Mercator maths as the labels.
 */
import type { AtlasMeasure, AtlasPayload } from './payload.ts';
import { mercatorPx } from './labelPlacement.ts';
import { windowMonthIndexes, type AtlasState, type SelectionKind } from './state.ts';
import { formatCount } from '../core/format.ts';
import { indexToMonth } from '../time/months.ts';
import { formatPartialDate, windowInWords } from '../time/words.ts';

const monthWords = (month: string) => windowInWords(month, month);

/** In force during the window: started by its end, and not ended before its start. */
export function measureStateInWindow(
  m: AtlasMeasure,
  startIndex: number,
  endIndex: number,
): 'active' | 'ended' | 'future' {
  if (m.startIndex > endIndex) return 'future';
  const end = m.endIndex ?? (m.kind === 'event' ? m.startIndex : Number.POSITIVE_INFINITY);
  return end >= startIndex ? 'active' : 'ended';
}

export interface ListedFeature {
  kind: SelectionKind;
  id: string;
  label: string;
}

export interface FeatureGroups {
  routes: ListedFeature[];
  measures: ListedFeature[];
  incidents: ListedFeature[];
  places: ListedFeature[];
}

/** How many incidents the list names: the largest by dead and missing; the table below counts them all. */
export const LISTED_INCIDENTS = 5;

export interface ViewSizePx {
  widthPx: number;
  heightPx: number;
}

/** A point is in view when it projects inside the map's box around the camera centre. */
export function inViewTest(
  camera: Pick<AtlasState, 'centerLon' | 'centerLat' | 'zoom'>,
  size: ViewSizePx,
): (lon: number, lat: number) => boolean {
  const [cx, cy] = mercatorPx(camera.centerLon, camera.centerLat, camera.zoom);
  return (lon, lat) => {
    const [x, y] = mercatorPx(lon, lat, camera.zoom);
    return Math.abs(x - cx) <= size.widthPx / 2 && Math.abs(y - cy) <= size.heightPx / 2;
  };
}

function routePositions(payload: Pick<AtlasPayload, 'routePaths'>, routeId: string): number[][] {
  const feature = payload.routePaths.find((f) => f.properties.route_id === routeId);
  if (!feature) return [];
  const g = feature.geometry;
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
}

/** The features the map shows for this state and view size, layer by layer (a hidden layer lists nothing). */
export function featuresInView(payload: AtlasPayload, state: AtlasState, size: ViewSizePx): FeatureGroups {
  const [start, end] = windowMonthIndexes(state, payload.originMonth);
  const inView = inViewTest(state, size);
  const on = (layer: AtlasState['layers'][number]) => state.layers.includes(layer);

  const routes = on('routes')
    ? payload.routes
        .filter((r) => routePositions(payload, r.id).some(([lon, lat]) => inView(lon!, lat!)))
        .map((r) => ({ kind: 'route' as const, id: r.id, label: r.label }))
    : [];
  const measures = on('measures')
    ? payload.measures
        .filter((m) => measureStateInWindow(m, start, end) === 'active' && inView(m.lon, m.lat))
        .map((m) => ({ kind: 'measure' as const, id: m.id, label: `${m.title} (${formatPartialDate(m.dateStart)})` }))
    : [];
  const places = on('places')
    ? payload.places
        .filter((p) => inView(p.lon, p.lat))
        .map((p) => ({ kind: 'place' as const, id: p.id, label: p.name }))
    : [];
  return { routes, measures, incidents: on('incidents') ? largestIncidents(payload, start, end, inView) : [], places };
}

function largestIncidents(
  payload: AtlasPayload,
  start: number,
  end: number,
  inView: (lon: number, lat: number) => boolean,
): ListedFeature[] {
  const { incidents } = payload;
  const picked: number[] = [];
  for (let i = 0; i < incidents.id.length; i++) {
    const month = incidents.month[i]!;
    if (month < start || month > end || !inView(incidents.lon[i]!, incidents.lat[i]!)) continue;
    picked.push(i);
  }
  // Largest first; ties in the order of the data (by date), so the list is stable.
  picked.sort((a, b) => incidents.deadMissing[b]! - incidents.deadMissing[a]! || a - b);
  return picked.slice(0, LISTED_INCIDENTS).map((i) => ({
    kind: 'incident' as const,
    id: incidents.id[i]!,
    label: `${formatCount(incidents.deadMissing[i]!)} dead or missing, ${monthWords(indexToMonth(incidents.month[i]!, payload.originMonth))}`,
  }));
}
