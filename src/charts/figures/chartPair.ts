/**
 * A fixed chart drawn twice at build time: at full width, and at a phone's width with short direct labels.
 * The page shows one by a container query, so text keeps a readable size without any script or data in
 * the browser. (The interactive route charts redraw at the column's width instead.)
 */
import type { SvgNode } from '../svg.ts';
import { numberedKeyEvents, timeSeriesChart, type TimeSeriesOptions } from '../timeSeries/index.ts';
import type { TimeSeries } from '../../lib/timelines/series.ts';

// The column of the narrowest phone we draw for (320 px wide, less 2 × 16 px of margin): the drawing is only
// ever scaled up, so text drawn at 11 px stays at least 11 px on screen (drawn at 320, it was 9.9 px there).
export const NARROW_DRAWING_PX = 288;

/**
 * The drawing between the phone's and the full one, for tablets and narrow windows: shown from this column width
 * up to the full drawing's own width, so it is never shrunk and its 11 px text stays at least 11 px on screen (the
 * full 900 px drawing squeezed into a 640 px column wrote 7.8 px text).
 */
export const MEDIUM_DRAWING_PX = 560;

/** Route names short enough for direct labels on a phone, by route id. */
export function routeShortLabels(routes: readonly { id: string; short_label: string }[]): Record<string, string> {
  return Object.fromEntries(routes.map((r) => [r.id, r.short_label]));
}

/** The series with their short names where one is known. */
export function withShortLabels<T extends { id: string; label: string }>(
  series: readonly T[],
  shortLabels: Readonly<Record<string, string>>,
): T[] {
  return series.map((s) => ({ ...s, label: shortLabels[s.id] ?? s.label }));
}

/** A key measure as the list under a narrow drawing names it: its number on the drawing, name, date and page. */
export interface KeyMeasureNote {
  keyNumber: number;
  label: string;
  dateText: string;
  href?: string;
}

export interface ChartPair {
  chart: SvgNode;
  /** The chart at MEDIUM_DRAWING_PX, shown in columns narrower than `chart` but not a phone's. */
  mediumChart: SvgNode;
  narrowChart: SvgNode;
  /** With `numberKeyMeasures`: the key measures the narrow drawing numbers, for the list under it. */
  narrowKeyMeasures: KeyMeasureNote[];
}

export function chartPair(
  series: TimeSeries[],
  options: TimeSeriesOptions,
  shortLabels: Readonly<Record<string, string>> = {},
  /** Keep the key measures on the narrow drawing, numbered, for a list under it that names them. */
  numberKeyMeasures = false,
): ChartPair {
  // Measure markers are too close together to tap on a phone; the narrow drawing keeps only a highlighted one
  // (and, when asked, the few key measures), and says so. The measures stay listed and linked on every page
  // that shows them.
  const keyEvents = numberKeyMeasures ? numberedKeyEvents(options.events ?? []) : [];
  const keyIds = new Set(keyEvents.map((e) => e.id));
  const events = (options.events ?? []).filter((e) => e.highlighted || keyIds.has(e.id));
  const dropped = (options.events ?? []).length - events.length;
  return {
    chart: timeSeriesChart(series, options),
    // Every measure's marker stays (a tablet has room to tap them), and the short route names leave the plot its
    // width; no per-point tooltips: the table under the chart holds each value, and they would double the weight.
    mediumChart: timeSeriesChart(withShortLabels(series, shortLabels), {
      ...options,
      widthPx: MEDIUM_DRAWING_PX,
      idPrefix: `${options.idPrefix}-medium`,
      pointTooltips: false,
    }),
    narrowChart: timeSeriesChart(
      withShortLabels(series, shortLabels),
      // A phone has no hover, and the table below every chart holds each value: no per-point tooltips, which
      // would double the weight of the page (measured on a measure page: Lighthouse mobile 98 without a narrow drawing, 92 with tooltips in it).
      {
        ...options,
        widthPx: NARROW_DRAWING_PX,
        heightPx: 280,
        // Ids inside the SVG must stay unique on the page: both drawings are in the document.
        idPrefix: `${options.idPrefix}-narrow`,
        pointTooltips: false,
        events,
        ...(numberKeyMeasures ? { keyLabels: 'numbers' as const } : {}),
        description: dropped
          ? `${options.description} Drawn for a narrow screen, without the markers of other measures${keyEvents.length ? '; the key measures are numbered and listed under it' : ''}.`
          : options.description,
      },
    ),
    narrowKeyMeasures: keyEvents.map((e) => ({
      keyNumber: e.keyNumber,
      label: e.label,
      dateText: e.dateText,
      ...(e.href ? { href: e.href } : {}),
    })),
  };
}
