/**
 * The timelines' route charts, built the same way at build time and in the browser:
 * (data, view) → SVG trees plus the generated summary and the table behind them.
 */
import type { RouteSeries, ChartEvent } from '../../lib/timelines/series.ts';
import { describePeaks, seriesTable } from '../../lib/timelines/series.ts';
import type { TimelineView } from '../../lib/timelines/view.ts';
import { MEDIUM_DRAWING_PX, NARROW_DRAWING_PX, withShortLabels } from './chartPair.ts';
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

/** A drawing of a chart that shares the page with other drawings of it (the build's narrow and medium ones). */
export interface RouteChartDrawing {
  /** Added to every id inside the SVGs, which must stay unique on the page. */
  idSuffix: string;
  /** Per-point hover targets (default on); off in the build's extra drawings, whose values the table holds. */
  pointTooltips: boolean;
}

/**
 * Builds the chart at `widthPx` (900 by default; the browser passes the column's width on narrow screens, so
 * that text keeps its size instead of shrinking with the drawing).
 */
export function buildRouteChart(
  spec: RouteChartSpec,
  view: TimelineView,
  widthPx = BUILD_WIDTH_PX,
  drawing: RouteChartDrawing = { idSuffix: '', pointTooltips: true },
): BuiltChart {
  const narrow = widthPx < NARROW_CHART_PX;
  const drawn = narrow && spec.shortLabels ? withShortLabels(spec.series, spec.shortLabels) : spec.series;
  const base = {
    yLabel: spec.unit,
    scale: view.scale,
    events: spec.events,
    ...(spec.format ? { formatValue: spec.format } : {}),
    ...(spec.xDomain ? { xDomain: spec.xDomain } : {}),
    ...(drawing.pointTooltips ? {} : { pointTooltips: false }),
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
            idPrefix: `${spec.id}-all${drawing.idSuffix}`,
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
            idPrefix: `${spec.id}-${s.id}${drawing.idSuffix}`,
          }),
        );
  return {
    svgs,
    summary: [describePeaks(spec.series, spec.unitInText, spec.format), ...(spec.notes ?? [])],
    table: seriesTable(spec.series, spec.format),
  };
}

/** The build's drawings of a route chart's view: the full one, and those a page shows in narrower columns. */
export interface BuiltRouteChartTiers extends BuiltChart {
  /** At MEDIUM_DRAWING_PX, for columns from that width up to the full drawing's. */
  mediumSvgs: SvgNode[];
  /** At NARROW_DRAWING_PX, for a phone's column. */
  narrowSvgs: SvgNode[];
}

/**
 * The route chart as the build draws it: at BUILD_WIDTH_PX, and at the narrow and medium widths of the fixed
 * charts (chartPair.ts), so that without a script (or in a static=1 embed) a narrow column shows a drawing that is
 * never shrunk and its 11 px text stays at least 11 px. The script's redraw at the column's width replaces all
 * three. No per-point tooltips in the extra drawings: the table under the chart holds each value, and they would
 * about double their weight.
 */
export function buildRouteChartTiers(
  spec: RouteChartSpec,
  view: TimelineView,
  /** Per-point tooltips in the full drawing too; an embed leaves them to its script's redraw (RouteChart.astro). */
  widePointTooltips = true,
): BuiltRouteChartTiers {
  const extra = (drawn: RouteChartSpec, widthPx: number, idSuffix: string) =>
    buildRouteChart(drawn, view, widthPx, { idSuffix, pointTooltips: false }).svgs;
  // As on the fixed charts' phone drawing (chartPair.ts): dozens of measure markers in a phone's width are too close
  // to tap, and were half its weight; it keeps the highlighted ones and says so. Each measure has its own page.
  const events = spec.events.filter((e) => e.highlighted);
  const narrowSpec =
    events.length === spec.events.length
      ? spec
      : {
          ...spec,
          events,
          description: `${spec.description} Drawn for a narrow screen, without the markers of the measures.`,
        };
  return {
    ...buildRouteChart(spec, view, BUILD_WIDTH_PX, { idSuffix: '', pointTooltips: widePointTooltips }),
    mediumSvgs: extra(spec, MEDIUM_DRAWING_PX, '-medium'),
    narrowSvgs: extra(narrowSpec, NARROW_DRAWING_PX, '-narrow'),
  };
}
