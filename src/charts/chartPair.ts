/**
 * A fixed chart drawn twice at build time: at full width, and at a phone's width with short direct labels.
 * The page shows one by a container query, so text keeps a readable size without any script or data in
 * the browser. (The interactive route charts redraw at the column's width instead.)
 */
import type { SvgNode } from './svg.ts';
import { timeSeriesChart, type TimeSeries, type TimeSeriesOptions } from './timeSeries/index.ts';

export const NARROW_DRAWING_PX = 360;

export interface ChartPair {
  chart: SvgNode;
  narrowChart: SvgNode;
}

export function chartPair(
  series: TimeSeries[],
  options: TimeSeriesOptions,
  shortLabels: Readonly<Record<string, string>> = {},
): ChartPair {
  return {
    chart: timeSeriesChart(series, options),
    narrowChart: timeSeriesChart(
      series.map((s) => ({ ...s, label: shortLabels[s.id] ?? s.label })),
      // Ids inside the SVG must stay unique on the page: both drawings are in the document.
      { ...options, widthPx: NARROW_DRAWING_PX, heightPx: 280, idPrefix: `${options.idPrefix}-narrow` },
    ),
  };
}
