/**
 * The atlas view as one SVG for the image download: the static map of the view's camera and window with the
 * layers the reader has on (routes, incidents, measures, places; compare mode's reference widths and change
 * labels when it is on), and a legend underneath that states the units. Built from the same pure drawings as
 * the build-time static maps (staticMapSvg, staticIncidentsSvg), so the file and the page's first paint agree.
 * Pure: the browser passes the payload and basemap it has loaded and the view's state.
 */
import type { Basemap } from '../lib/atlas/basemap.ts';
import type { AtlasPayload } from '../lib/atlas/payload.ts';
import { windowMonthIndexes, type AtlasState } from '../lib/atlas/state.ts';
import { incidentsInWindow } from '../lib/atlas/summary.ts';
import { compareWindows, fittedMaxDetectionsPerMonth, staticCompareDrawing } from '../lib/atlas/compare.ts';
import { routeWidthScale } from '../lib/atlas/routeWidths.ts';
import { regionBbox, STATIC_MAP_SIZE } from '../lib/atlas/staticViews.ts';
import { escapeXml } from '../lib/core/escape.ts';
import { svgFrameMarkup } from '../charts/svg.ts';
import { wrapText } from '../charts/share/exportFrame.ts';
import { windowInWords } from '../lib/time/words.ts';
import { PALETTE, type Theme } from './palette.ts';
import { staticIncidentsSvg, staticMapSvg, type StaticIncident } from './staticMap.ts';

export type AtlasExportPayload = AtlasPayload;

export interface AtlasExportInput {
  payload: AtlasExportPayload;
  basemap: Basemap;
  state: AtlasState;
  theme?: Theme;
}

export interface AtlasExportBody {
  markup: string;
  widthPx: number;
  heightPx: number;
}

const LEGEND_FONT_PX = 12;
const LEGEND_LINE_PX = 18;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** The incidents of the window, each in its route's colour (other routes in the palette's grey). */
export function windowIncidents(payload: AtlasExportPayload, state: AtlasState, theme: Theme): StaticIncident[] {
  return incidentsInWindow(payload, state).map(({ routeColour, ...incident }) => ({
    ...incident,
    colour: routeColour ?? PALETTE[theme].otherIncident,
  }));
}

/** The legend's lines: one per layer drawn, each naming its unit and source. */
export function atlasLegendLines(state: AtlasState): string[] {
  const on = (layer: AtlasState['layers'][number]) => state.layers.includes(layer);
  const window = windowInWords(state.startMonth, state.endMonth);
  const lines: string[] = [];
  if (on('routes')) {
    lines.push(
      state.compare
        ? `Routes: width by Frontex detections per month (detections, not people) in ${window}; pale band: ${windowInWords(state.compare.startMonth, state.compare.endMonth)}; labels: the change.`
        : 'Lines: the routes (dashed: the Sahel land route, outside Frontex counts); Frontex counts detections, not people.',
    );
  }
  if (on('incidents'))
    lines.push(
      `Circles: dead and missing per incident, ${window} (IOM Missing Migrants; minimum estimate); area grows with the number; hollow: approximate location.`,
    );
  if (on('measures')) lines.push('Diamonds: measures and events in force in the window.');
  return lines;
}

export function atlasExportSvg(input: AtlasExportInput): AtlasExportBody {
  const theme = input.theme ?? 'light';
  const { payload, state } = input;
  const on = (layer: AtlasState['layers'][number]) => state.layers.includes(layer);
  const [start, end] = windowMonthIndexes(state, payload.originMonth);
  const frame = {
    ...STATIC_MAP_SIZE,
    bbox: regionBbox({ id: 'view', label: 'view', ...state }),
  };
  const windowWords = windowInWords(state.startMonth, state.endMonth);
  const summary = state.compare && on('routes') ? compareWindows(payload, state, state.compare) : null;
  const markers = on('measures')
    ? payload.measures
        .filter((m) => m.startIndex <= end && (m.endIndex ?? m.startIndex) >= start)
        .map((m) => ({ id: m.id, lon: m.lon, lat: m.lat, label: m.title }))
    : [];
  const base = staticMapSvg(
    {
      basemap: input.basemap,
      routePaths: payload.routePaths,
      routes: on('routes') ? payload.routes : [],
      places: on('places') ? payload.places.filter((p) => p.kind === 'hub') : [],
      markers,
    },
    {
      ...frame,
      title: `Map of the routes, ${windowWords}`,
      description: 'Land, borders and the layers shown on the atlas.',
      dashedRouteIds: ['sahel-agadez'],
      theme,
      idPrefix: 'export-map',
      compare: summary
        ? // Change labels placed as the atlas places them at this zoom, clear of the measures and places drawn.
          staticCompareDrawing(
            payload,
            summary,
            routeWidthScale(fittedMaxDetectionsPerMonth(summary, [])).widthPx,
            markers,
          )
        : undefined,
    },
  );
  const incidents = on('incidents')
    ? staticIncidentsSvg(windowIncidents(payload, state, theme), {
        ...frame,
        title: `Dead and missing, ${windowWords}`,
        description: 'Incidents recorded by the IOM Missing Migrants Project (minimum estimate).',
        idPrefix: 'export-incidents',
      })
    : '';
  // Wrapped to the map's width, so the legend never runs off the image.
  const lines = atlasLegendLines(state).flatMap((line) => wrapText(line, frame.widthPx, LEGEND_FONT_PX));
  const legendTopPx = frame.heightPx + 8;
  const legend = lines
    .map((line, i) => `<text x="0" y="${legendTopPx + LEGEND_FONT_PX + i * LEGEND_LINE_PX}">${escapeXml(line)}</text>`)
    .join('');
  const heightPx = legendTopPx + lines.length * LEGEND_LINE_PX + 4;
  // The two drawings share one frame and projection: laid at the same place, incidents over the base.
  const placed = (svg: string) =>
    svgFrameMarkup(
      {
        widthPx: frame.widthPx,
        heightPx: frame.heightPx,
        label: null,
        attrs: { x: 0, y: 0, width: frame.widthPx, height: frame.heightPx, 'aria-hidden': null },
      },
      svg,
    );
  return {
    markup:
      placed(base) +
      (incidents ? placed(incidents) : '') +
      `<g data-export-legend="true" font-family="${FONT_FAMILY}" font-size="${LEGEND_FONT_PX}" fill="${PALETTE[theme].text}">${legend}</g>`,
    widthPx: frame.widthPx,
    heightPx,
  };
}
