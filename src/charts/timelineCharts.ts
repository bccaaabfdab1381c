/**
 * The timelines' route charts, built the same way at build time and in the browser:
 * (data, view) → SVG trees plus the generated summary and the table behind them.
 */
import type { RouteSeries, ChartEvent } from '../lib/timelines.ts';
import { describePeaks, seriesTable } from '../lib/timelines.ts';
import type { TimelineView } from '../lib/timelineView.ts';
import type { SvgNode } from './svg.ts';
import { timeSeriesChart } from './timeSeries/index.ts';

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
}

export interface BuiltChart {
  svgs: SvgNode[];
  summary: string[];
  table: { headers: string[]; rows: string[][] };
}

export function buildRouteChart(spec: RouteChartSpec, view: TimelineView): BuiltChart {
  const base = {
    yLabel: spec.unit,
    scale: view.scale,
    events: spec.events,
    ...(spec.format ? { formatValue: spec.format } : {}),
  };
  const svgs =
    view.layout === 'combined'
      ? [
          timeSeriesChart(spec.series, {
            ...base,
            widthPx: 900,
            heightPx: 360,
            title: spec.title,
            description: spec.description,
            idPrefix: `${spec.id}-all`,
          }),
        ]
      : spec.series.map((s) =>
          timeSeriesChart([s], {
            ...base,
            widthPx: 440,
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
