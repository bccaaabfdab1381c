/**
 * The home page's chart of the shift between routes: each route's share of all detections over the years the
 * two turning-point measures sit in, with those measures named on the plot. Pure: takes the aggregated tables.
 */
import { measureEvents, shareSeries, type ChartEvent, type RouteSeries } from './series.ts';
import { KEY_MEASURE_LABELS } from './keyMeasures.ts';
import type { CrossingYear } from '../site/aggregate.ts';
import type { Measure, Route } from '../data/schemas/curated.ts';

/** The years the home chart shows (editorial: the two years before the EU–Turkey Statement to 2019). */
export const SHIFT_YEARS = { from: 2014, to: 2019 } as const;

/** The measures named on the home chart; their dates are read from data/measures.csv, never typed here. */
export const SHIFT_MEASURE_IDS = ['eu-turkey-statement', 'italy-libya-mou'] as const;

/** Names short enough to sit over a phone-width plot (the full titles stay in each mark's name). */
const NARROW_LABELS: Readonly<Record<(typeof SHIFT_MEASURE_IDS)[number], string>> = {
  'eu-turkey-statement': 'EU–Turkey',
  'italy-libya-mou': 'Italy–Libya',
};

/** The complete years the data support inside SHIFT_YEARS: a partial year is never drawn as a share. */
export function shiftYears(crossingYears: readonly CrossingYear[]): number[] {
  const complete = new Set(crossingYears.filter((c) => c.months_covered === 12).map((c) => c.year));
  const years: number[] = [];
  for (let y = SHIFT_YEARS.from; y <= SHIFT_YEARS.to; y++) if (complete.has(y)) years.push(y);
  return years;
}

/** Each route's share of all detections (percent) in the shift years; routes with no share there are left out. */
export function shiftShares(crossingYears: readonly CrossingYear[], routes: readonly Route[]): RouteSeries[] {
  const years = new Set(shiftYears(crossingYears).map(String));
  return shareSeries(crossingYears, routes)
    .map((s) => ({ ...s, points: s.points.filter((p) => years.has(p.x)) }))
    .filter((s) => s.points.length > 0);
}

/** The two measures as chart events: ruled over the whole plot and named, with their dates from the data. */
export function shiftEvents(measures: readonly Measure[]): (ChartEvent & { shortKeyLabel: string })[] {
  const ids: readonly string[] = SHIFT_MEASURE_IDS;
  return measureEvents(measures, (m) => ids.includes(m.id)).map((e) => ({
    ...e,
    highlighted: true,
    keyLabel: KEY_MEASURE_LABELS[e.id] ?? e.label,
    shortKeyLabel: NARROW_LABELS[e.id as (typeof SHIFT_MEASURE_IDS)[number]],
  }));
}
