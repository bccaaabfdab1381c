/** timeSeriesChart(series, options) → SVG tree: lines by route over months or years, with event markers. */
import type { SvgNode } from '../svg.ts';
import { drawTimeSeries } from './draw.ts';
import { chartLayout } from './layout.ts';
import { chartState, type TimeSeries, type TimeSeriesOptions } from './state.ts';

export type { TimeEvent, TimePoint, TimeSeries, TimeSeriesOptions } from './state.ts';

export function timeSeriesChart(series: TimeSeries[], options: TimeSeriesOptions): SvgNode {
  const state = chartState(series, options);
  return drawTimeSeries(state, chartLayout(state, options), options);
}
