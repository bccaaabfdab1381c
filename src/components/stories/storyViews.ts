/**
 * Build-time drawings and figures of a story step, shared by the story pages, the step's static map file, its
 * embed and its preview image, so none of them can drift from another: the static SVG map of the step's
 * bounds and highlights, the timeline strip with its window, and the figures table of its window.
 */
import { staticMapSvg } from '../../map/staticMap.ts';
import { windowSparkline } from '../../charts/atlas/windowSparkline.ts';
import { toSvgString } from '../../charts/svg.ts';
import { monthlyTotals, summarizeWindow, summaryTableRows } from '../../lib/atlas/summary.ts';
import { windowMonthIndexes } from '../../lib/atlas/state.ts';
import { STORY_MAP_SIZE } from '../../lib/stories/paths.ts';
import type { ResolvedStep } from '../../lib/stories/types.ts';
import { getAtlasPayload } from '../../lib/io/atlas.ts';
import { getBasemap } from '../../lib/io/basemapData.ts';
import { getSiteData } from '../../lib/io/siteData.ts';

/**
 * The step's static map: its bounds, all routes (every highlighted one emphasised and the others faded, as the
 * WebGL map draws them), its places or the hubs, and its measures (the highlighted ones larger).
 */
export function stepStaticMapSvg(step: ResolvedStep, idPrefix: string): string {
  const data = getSiteData();
  const { bounds, highlight, layers } = step.state;
  const measureIds = new Set([...highlight.measures, ...step.measureIds]);
  const placeIds = new Set(highlight.places);
  const places = layers.includes('places') || placeIds.size > 0;
  return staticMapSvg(
    {
      basemap: getBasemap(),
      routePaths: layers.includes('routes') ? data.routePaths : [],
      routes: data.routes,
      places: places ? data.places.filter((p) => placeIds.has(p.id) || (placeIds.size === 0 && p.kind === 'hub')) : [],
      markers: data.measures
        .filter((m) => measureIds.has(m.id))
        .map((m) => ({ id: m.id, lon: m.lon, lat: m.lat, label: m.title })),
    },
    {
      ...STORY_MAP_SIZE,
      bbox: { minLon: bounds[0], minLat: bounds[1], maxLon: bounds[2], maxLat: bounds[3] },
      title: `Map: ${step.heading}`,
      description: step.mapDescription,
      dashedRouteIds: ['sahel-agadez'],
      highlightedRouteIds: highlight.routes,
      highlightedMarkerIds: highlight.measures,
      idPrefix,
    },
  );
}

/** The atlas's timeline strip with the step's window boxed. */
export function stepSparklineSvg(step: ResolvedStep): string {
  const payload = getAtlasPayload();
  return toSvgString(windowSparkline(monthlyTotals(payload), windowMonthIndexes(step.state, payload.originMonth)));
}

/** The figures of the step's window, one row per highlighted route (every route when none is highlighted). */
export function stepFigureRows(step: ResolvedStep): string[][] {
  const payload = getAtlasPayload();
  const [start, end] = windowMonthIndexes(step.state, payload.originMonth);
  const summary = summarizeWindow(payload, start, end);
  const wanted = new Set<string>(step.state.highlight.routes);
  const rows = summaryTableRows(summary);
  return wanted.size === 0 ? rows : rows.filter((_, i) => wanted.has(summary.routes[i]!.routeId));
}
