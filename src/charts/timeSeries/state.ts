/** Time-series chart, part 1 of 3: data and options → what to draw, independent of pixels. */
import { middleMonthOf, monthStartInYears, periodMiddleInYears } from '../../lib/time/periods.ts';
import type { TimeSeries } from '../../lib/timelines/series.ts';

export interface TimeEvent {
  id: string;
  /** Month the event falls in, "YYYY-MM". */
  month: string;
  label: string;
  dateText: string;
  href?: string;
  highlighted?: boolean;
  /** A short name written over the plot beside a rule, for the few key measures. */
  keyLabel?: string;
  /** The same name for a narrow chart, where the chart names its events at any width (nameHighlightedEvents). */
  shortKeyLabel?: string;
}

/** A key measure with the number a narrow drawing writes for it, and that the list under the drawing repeats. */
export interface NumberedKeyEvent extends TimeEvent {
  keyLabel: string;
  keyNumber: number;
}

/** The key measures among a chart's events, in time order, numbered from 1. */
export function numberedKeyEvents(events: readonly TimeEvent[]): NumberedKeyEvent[] {
  return events
    .filter((e): e is TimeEvent & { keyLabel: string } => Boolean(e.keyLabel) && !e.highlighted)
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((e, i) => ({ ...e, keyNumber: i + 1 }));
}

export interface TimeSeriesOptions {
  widthPx: number;
  heightPx: number;
  title: string;
  description: string;
  /** The unit, shown on the axis: "detections per month", "dead and missing per year". */
  yLabel: string;
  scale?: 'linear' | 'log';
  /** Months shown, inclusive; defaults to the data's extent. */
  xDomain?: [string, string];
  /** A period drawn as a shaded band (e.g. a measure's before/after windows). */
  highlight?: [string, string];
  events?: TimeEvent[];
  idPrefix: string;
  formatValue?: (value: number) => string;
  /**
   * How key measures are named over the plot: by their short name (default; only on drawings at least 480 px
   * wide), or by their number (numberedKeyEvents) beside a faint rule, for a narrow drawing with a list under it.
   */
  keyLabels?: 'names' | 'numbers';
  /** Hover targets with each point's value (default on). Off where no one hovers and bytes count: phones. */
  pointTooltips?: boolean;
  /** Names the highlighted events over the plot too, at any width: for a chart drawn to show those events. */
  nameHighlightedEvents?: boolean;
}

export interface ChartState {
  series: {
    id: string;
    label: string;
    colour: string;
    segments: { t: number; y: number; note?: string; x: string }[][];
    flagged: { t: number; x: string; note?: string }[];
  }[];
  tDomain: [number, number];
  yDomain: [number, number];
  scale: 'linear' | 'log';
  /** Every point is a whole year, so the axis ticks whole years only. */
  yearly: boolean;
}

/** Splits each series into runs of plottable points (null, flagged and, on a log scale, zero values break a line). */
export function chartState(series: TimeSeries[], options: TimeSeriesOptions): ChartState {
  const scale = options.scale ?? 'linear';
  let tMin = Infinity;
  let tMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  const inDomain = (x: string) => {
    if (!options.xDomain) return true;
    const month = middleMonthOf(x);
    return month >= options.xDomain[0] && month <= options.xDomain[1];
  };
  const out = series.map((s) => {
    const segments: ChartState['series'][number]['segments'] = [];
    const flagged: ChartState['series'][number]['flagged'] = [];
    let run: ChartState['series'][number]['segments'][number] = [];
    for (const p of s.points) {
      if (!inDomain(p.x)) continue;
      const t = periodMiddleInYears(p.x);
      tMin = Math.min(tMin, t);
      tMax = Math.max(tMax, t);
      const plottable = p.y !== null && !p.flagged && !(scale === 'log' && p.y <= 0);
      if (p.flagged) flagged.push({ t, x: p.x, ...(p.note ? { note: p.note } : {}) });
      if (!plottable) {
        if (run.length) segments.push(run);
        run = [];
        continue;
      }
      yMin = Math.min(yMin, p.y!);
      yMax = Math.max(yMax, p.y!);
      run.push({ t, y: p.y!, x: p.x, ...(p.note ? { note: p.note } : {}) });
    }
    if (run.length) segments.push(run);
    return { id: s.id, label: s.label, colour: s.colour, segments, flagged };
  });
  if (options.xDomain) {
    tMin = monthStartInYears(options.xDomain[0]);
    tMax = monthStartInYears(options.xDomain[1]) + 1 / 12;
  }
  if (!Number.isFinite(tMin)) [tMin, tMax] = [2009, 2010];
  if (!Number.isFinite(yMax)) [yMin, yMax] = [1, 1];
  // A log axis starts at the power of ten below the smallest value, so rates under 1 stay inside the plot.
  const yDomain: [number, number] =
    scale === 'log'
      ? [10 ** Math.floor(Math.log10(yMin)), Math.max(10 ** Math.floor(Math.log10(yMin)) * 10, yMax)]
      : [0, yMax > 0 ? yMax : 1];
  const yearly = series.every((s) => s.points.every((p) => p.x.length === 4));
  return { series: out, tDomain: [tMin, tMax], yDomain, scale, yearly };
}
