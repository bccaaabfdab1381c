/**
 * The timelines' route charts, built the same way at build time and in the browser:
 * (data, view) → SVG trees plus the generated summary and the table behind them.
 */
import type { RouteSeries, ChartEvent } from '../../lib/timelines/series.ts';
import { describePeaks, seriesTable } from '../../lib/timelines/series.ts';
import type { TimelineView } from '../../lib/timelines/view.ts';
import { withShortLabels } from './chartPair.ts';
import type { SvgNode } from '../svg.ts';
import { timeSeriesChart } from '../timeSeries/index.ts';

export interface RouteChartSpec {
  id: string;
  title: string;
  unit: string;
  /** The unit as it reads in a sentence: "detections in a month". */
  unitInText: string;
  description: string;
  series: RouteSeries[];
  events: ChartEvent[];
  format?: (n: number) => string;
  /** Sentences the summary adds after the peaks, e.g. what was left unplotted and why. */
  notes?: string[];
  /** Months the time axis spans, inclusive, when the page is narrowed to a period; the data's extent otherwise. */
  xDomain?: [string, string];
  /** Short route names by id, for direct labels where the chart is narrow. */
  shortLabels?: Record<string, string>;
}

/** Below this width a combined chart is drawn for its space, with short direct labels. */
export const NARROW_CHART_PX = 640;

/** The width the build draws a route chart at, for a desktop column; the browser redraws it narrower where needed. */
export const BUILD_WIDTH_PX = 900;

export interface BuiltChart {
  svgs: SvgNode[];
  summary: string[];
  table: { headers: string[]; rows: string[][] };
}

/**
 * Builds the chart at `widthPx` (900 by default; the browser passes the column's width on narrow screens, so
 * that text keeps its size instead of shrinking with the drawing).
 */
export function buildRouteChart(spec: RouteChartSpec, view: TimelineView, widthPx = BUILD_WIDTH_PX): BuiltChart {
  const narrow = widthPx < NARROW_CHART_PX;
  const drawn = narrow && spec.shortLabels ? withShortLabels(spec.series, spec.shortLabels) : spec.series;
  const base = {
    yLabel: spec.unit,
    scale: view.scale,
    events: spec.events,
    ...(spec.format ? { formatValue: spec.format } : {}),
    ...(spec.xDomain ? { xDomain: spec.xDomain } : {}),
  };
  const svgs =
    view.layout === 'combined'
      ? [
          timeSeriesChart(drawn, {
            ...base,
            widthPx,
            heightPx: narrow ? 300 : 360,
            title: spec.title,
            description: spec.description,
            idPrefix: `${spec.id}-all`,
          }),
        ]
      : spec.series.map((s) =>
          timeSeriesChart([s], {
            ...base,
            widthPx: Math.min(440, widthPx),
            heightPx: 200,
            title: `${spec.title}: ${s.label}`,
            // A panel has no direct label, so the route's name leads its axis label.
            yLabel: `${s.label}: ${spec.unit.toLowerCase()}`,
            description: `${spec.description} This panel shows the ${s.label} route.`,
            idPrefix: `${spec.id}-${s.id}`,
          }),
        );
  return {
    svgs,
    summary: [describePeaks(spec.series, spec.unitInText, spec.format), ...(spec.notes ?? [])],
    table: seriesTable(spec.series, spec.format),
  };
}
