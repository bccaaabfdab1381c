/** timeSeriesChart(series, options) → SVG tree: lines by route over months or years, with event markers. */
import type { SvgNode } from '../svg.ts';
import { drawTimeSeries } from './draw.ts';
import { chartLayout } from './layout.ts';
import { chartState, type TimeSeriesOptions } from './state.ts';
import type { TimeSeries } from '../../lib/timelines/series.ts';

export type { NumberedKeyEvent, TimeEvent, TimeSeriesOptions } from './state.ts';
export { numberedKeyEvents } from './state.ts';

export function timeSeriesChart(series: TimeSeries[], options: TimeSeriesOptions): SvgNode {
  const state = chartState(series, options);
  return drawTimeSeries(state, chartLayout(state, options), options);
}
