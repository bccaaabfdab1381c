/**
 * What the atlas ships to the browser, built once at build time: compact, columnar arrays for the
 * incidents (so deck.gl can use them as attributes directly) and monthly detections per route. Also the
 * pure summary of a time window that both the build (for the first paint) and the browser use.
 */
import { isLibyaIncident } from '../site/aggregate.ts';
import { monthOf, monthRange, monthToIndex } from '../time/months.ts';
import { firstMonthOf, lastMonthOf } from '../time/partialDates.ts';
import { lastWholeMonthTo } from '../time/periods.ts';
import { routeLabelAnchors, routeLabelCandidates } from './routeLabelAnchors.ts';
import type { RouteId } from '../core/ids.ts';
import { COUNTRY_LABEL_CANDIDATE, labelMinZooms, PLACE_LABEL_OPTIONS } from './labelPlacement.ts';
import type { MeasureType, PlaceKind } from '../data/schemas/curated.ts';
import type { RoutePathFeature } from '../data/schemas/geo.ts';
import type { SiteData } from '../site/siteData.ts';

export interface AtlasRoute {
  id: RouteId;
  label: string;
  colour: string;
  /** Monthly detections from payload.originMonth (index 0); null where Frontex has no data (after its last month). */
  detections: (number | null)[] | null;
  /** Month index from which IOM records deaths on the route; null when it records none (src/lib/site/coverage.ts). */
  deathsFromIndex: number | null;
}

export interface AtlasMeasure {
  id: string;
  title: string;
  kind: 'measure' | 'event';
  type: MeasureType;
  dateStart: string;
  dateEnd: string | null;
  startIndex: number;
  /** Month index of the end, or null while ongoing / for one-off events. */
  endIndex: number | null;
  routes: RouteId[];
  regions: string[];
  lon: number;
  lat: number;
  summary: string;
  sources: string[];
}

export interface AtlasIncidents {
  id: string[];
  lon: number[];
  lat: number[];
  month: number[];
  deadMissing: number[];
  /** Event number: parts of one IOM event (same Main ID) share it, so incidents count as events. */
  event: number[];
  /** Index into payload.routes, or -1 for incidents on routes outside the site's seven. */
  route: number[];
  libya: (0 | 1)[];
  /** 1 where IOM's location text says it is unspecified or approximate. */
  approximate: (0 | 1)[];
}

export interface IncidentDetail {
  id: string;
  date: string;
  dead: number | null;
  missing: number | null;
  survivors: number | null;
  cause: string;
  location: string;
  country: string;
  iomRoute: string;
  sourceUrl: string;
}

export interface AtlasPlace {
  id: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
  /** The label shows from this zoom on (src/lib/atlas/labelPlacement.ts); the dot always shows. */
  labelMinZoom: number;
}

/** When labels compete for room, hubs and islands win over ports and towns, and every place over a country. */
const PLACE_KIND_PRIORITY: Record<PlaceKind, number> = { hub: 0, island: 1, 'border-crossing': 2, port: 3, city: 4 };

export interface CountryLabelPoint {
  name: string;
  lon: number;
  lat: number;
}

/**
 * Place and country labels placed together, so that neither prints over the other: places keep their
 * label zoom in the payload, countries get theirs by name (the country layer is drawn from the basemap).
 */
export function atlasLabels(
  places: readonly { id: string; name: string; kind: PlaceKind; lon: number; lat: number }[],
  countries: readonly CountryLabelPoint[],
): { places: AtlasPlace[]; countryLabelMinZoom: Record<string, number> } {
  const minZooms = labelMinZooms(
    [
      ...places.map((p) => ({ lon: p.lon, lat: p.lat, text: p.name, priority: PLACE_KIND_PRIORITY[p.kind] })),
      ...countries.map((c) => ({ ...COUNTRY_LABEL_CANDIDATE, lon: c.lon, lat: c.lat, text: c.name })),
    ],
    PLACE_LABEL_OPTIONS,
  );
  return {
    places: places.map((p, i) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      lon: p.lon,
      lat: p.lat,
      labelMinZoom: minZooms[i]!,
    })),
    countryLabelMinZoom: Object.fromEntries(countries.map((c, i) => [c.name, minZooms[places.length + i]!])),
  };
}

export interface AtlasPayload {
  /**
   * The first month the atlas covers and the origin of every month index in the payload: index 0 is this
   * month in `routes[].detections`, `incidents.month` and the measures' start and end indexes alike, and
   * the controls, the summary and the map count from it too (src/lib/time/months.ts monthToIndex).
   */
  originMonth: string;
  lastMonth: string;
  crossingsLastMonth: string;
  incidentsFirstMonth: string;
  /** Last month IOM data cover whole: a window running past it is not compared (src/lib/atlas/compare.ts). */
  incidentsLastWholeMonth: string;
  routes: AtlasRoute[];
  /** Where each route's change label sits in compare mode, [lon, lat] by route id (placed at build time). */
  routeLabelAnchors: Record<string, [number, number]>;
  /** Where a change label may sit, best first (routeLabelAnchors.ts placeChangeLabels picks per view). */
  routeLabelCandidates: Record<string, [number, number][]>;
  incidents: AtlasIncidents;
  measures: AtlasMeasure[];
  places: AtlasPlace[];
  /** Zoom from which each basemap country label shows, by name. */
  countryLabelMinZoom: Record<string, number>;
  routePaths: RoutePathFeature[];
}

const APPROXIMATE = /unspecified|approximate|unknown location/i;

export function isApproximateLocation(location: string): boolean {
  return APPROXIMATE.test(location) || location.trim() === '';
}

/** The month index (from the payload's origin) from which IOM records a route's deaths; null: never. */
function deathsFrom(data: SiteData, routeId: RouteId, originMonth: string): number | null {
  const span = data.coverage.deaths.get(routeId);
  return span ? monthToIndex(span.firstMonth, originMonth) : null;
}

export function buildAtlasPayload(data: SiteData, countryLabels: readonly CountryLabelPoint[]): AtlasPayload {
  const originMonth = data.crossingsPeriod.firstMonth;
  const incidentsLast = monthOf(data.incidentsPeriod.lastDate);
  const lastMonth = incidentsLast > data.crossingsPeriod.lastMonth ? incidentsLast : data.crossingsPeriod.lastMonth;
  const months = monthRange(originMonth, lastMonth);
  const routeIndex = new Map(data.routes.map((r, i) => [r.id, i]));

  const byRouteMonth = new Map(data.crossings.map((c) => [`${c.route_id}|${c.month}`, c.detections]));
  const routesWithSeries = new Set(data.crossings.map((c) => c.route_id));
  const routes: AtlasRoute[] = data.routes.map((r) => ({
    id: r.id,
    label: r.label,
    colour: r.colour,
    detections: routesWithSeries.has(r.id)
      ? months.map((m) => (m <= data.crossingsPeriod.lastMonth ? (byRouteMonth.get(`${r.id}|${m}`) ?? 0) : null))
      : null,
    deathsFromIndex: deathsFrom(data, r.id, originMonth),
  }));

  const incidents: AtlasIncidents = {
    id: [],
    lon: [],
    lat: [],
    month: [],
    deadMissing: [],
    event: [],
    route: [],
    libya: [],
    approximate: [],
  };
  const eventIndex = new Map<string, number>();
  for (const i of data.incidents) {
    incidents.id.push(i.incident_id);
    incidents.lon.push(i.lon);
    incidents.lat.push(i.lat);
    incidents.month.push(monthToIndex(monthOf(i.date), originMonth));
    incidents.deadMissing.push(i.dead_missing);
    if (!eventIndex.has(i.main_id)) eventIndex.set(i.main_id, eventIndex.size);
    incidents.event.push(eventIndex.get(i.main_id)!);
    incidents.route.push(i.route_id === 'other' ? -1 : routeIndex.get(i.route_id)!);
    incidents.libya.push(isLibyaIncident(i) ? 1 : 0);
    incidents.approximate.push(isApproximateLocation(i.location) ? 1 : 0);
  }

  const measures: AtlasMeasure[] = data.measures.map((m) => ({
    id: m.id,
    title: m.title,
    kind: m.kind,
    type: m.measure_type,
    dateStart: m.date_start,
    dateEnd: m.date_end,
    startIndex: monthToIndex(firstMonthOf(m.date_start), originMonth),
    endIndex: m.date_end ? monthToIndex(lastMonthOf(m.date_end), originMonth) : null,
    routes: m.routes,
    regions: m.regions,
    lon: m.lon,
    lat: m.lat,
    summary: m.summary,
    sources: m.source_urls,
  }));

  return {
    originMonth,
    lastMonth,
    crossingsLastMonth: data.crossingsPeriod.lastMonth,
    incidentsFirstMonth: monthOf(data.incidentsPeriod.firstDate),
    incidentsLastWholeMonth: lastWholeMonthTo(data.incidentsPeriod.lastDate),
    routes,
    routeLabelAnchors: routeLabelAnchors(data.routePaths),
    routeLabelCandidates: routeLabelCandidates(data.routePaths),
    incidents,
    measures,
    ...atlasLabels(data.places, countryLabels),
    routePaths: data.routePaths,
  };
}

export function buildIncidentDetails(data: SiteData): IncidentDetail[] {
  return data.incidents.map((i) => ({
    id: i.incident_id,
    date: i.date,
    dead: i.dead,
    missing: i.missing,
    survivors: i.survivors,
    cause: i.cause,
    location: i.location,
    country: i.country,
    iomRoute: i.iom_route,
    sourceUrl: i.source_url,
  }));
}
