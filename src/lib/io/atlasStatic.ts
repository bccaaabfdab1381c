/**
 * Build-time inputs of the atlas's static maps (src/lib/atlas/staticViews.ts): the views to draw, the map
 * features every base picture shares, and the incidents of one view. Read by AtlasView.astro (the default view,
 * in the page) and src/pages/atlas/static/[view].svg.ts (every view, as files).
 */
import {
  staticCompareIndex,
  staticViewIndex,
  staticViewsToDraw,
  type StaticCompareView,
  type StaticView,
} from '../atlas/staticViews.ts';
import type { AtlasState } from '../atlas/state.ts';
import { measureShiftAtlasState, measureShiftFrame } from '../atlas/compare.ts';
import { incidentsInWindow, type WindowIncident } from '../atlas/summary.ts';
import { shiftWindowMonths } from '../measures/measureShifts.ts';
import { DEFAULT_SHIFT_WINDOW } from '../measures/shifts.ts';
import { measureAtlasWindow } from '../measures/window.ts';
import { firstMonthOf } from '../time/partialDates.ts';
import { getAtlasDefaults, getAtlasPayload } from './atlas.ts';
import { getBasemap } from './basemapData.ts';
import { getSiteData } from './siteData.ts';

let viewsCache: StaticView[] | undefined;
export function getStaticViews(): StaticView[] {
  if (viewsCache) return viewsCache;
  const data = getSiteData();
  const { defaults, limits } = getAtlasDefaults();
  const months = data.monthly.months;
  viewsCache = staticViewsToDraw({
    defaultWindow: defaults,
    // The same window as the "See this period on the atlas" link of each measure's page.
    measureWindows: data.measures.map((m) => {
      const w = measureAtlasWindow(firstMonthOf(m.date_start), months[0]!, months.at(-1)!);
      return { startMonth: w.fromMonth, endMonth: w.toMonth };
    }),
    firstMonth: limits.firstMonth,
    lastMonth: limits.lastMonth,
  });
  return viewsCache;
}

export function getStaticViewIndex() {
  return staticViewIndex(getStaticViews());
}

export interface StaticCompareDrawn extends StaticCompareView {
  /** The atlas state of the measure's link (camera, windows, selection), which the picture draws. */
  state: AtlasState;
}

let compareCache: StaticCompareDrawn[] | undefined;
/**
 * The compare pictures to draw: each measure page's "See this shift on the map" link with the page's default
 * window, built the way MeasureShiftMap.astro builds the link (measures whose start lies outside the data have
 * no comparison and no picture).
 */
export function getStaticCompareViews(): StaticCompareDrawn[] {
  if (compareCache) return compareCache;
  const data = getSiteData();
  const { defaults, limits } = getAtlasDefaults();
  compareCache = data.measures.flatMap((m) => {
    const startMonth = firstMonthOf(m.date_start);
    if (!data.monthly.months.includes(startMonth)) return [];
    const window = shiftWindowMonths(startMonth, DEFAULT_SHIFT_WINDOW);
    const camera = measureShiftFrame(data.routePaths, m.routes)?.camera ?? null;
    const state = measureShiftAtlasState(defaults, limits, window, camera, m.id);
    if (!state.compare) return [];
    return [{ startMonth: state.startMonth, endMonth: state.endMonth, compare: state.compare, measureId: m.id, state }];
  });
  return compareCache;
}

export function getStaticCompareIndex() {
  return staticCompareIndex(getStaticCompareViews());
}

/** The features of every base picture (src/map/staticMap.ts StaticMapInput). */
export function staticMapInput() {
  const data = getSiteData();
  return {
    basemap: getBasemap(),
    routePaths: data.routePaths,
    routes: data.routes,
    places: data.places.filter((p) => p.kind === 'hub'),
    markers: data.measures.map((m) => ({ id: m.id, lon: m.lon, lat: m.lat, label: m.title })),
  };
}

/** The incidents of a view's window. */
export function staticIncidents(view: StaticView): WindowIncident[] {
  return incidentsInWindow(getAtlasPayload(), view);
}
