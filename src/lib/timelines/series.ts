/** Chart-ready series for the timelines, computed from the monthly series and yearly tables. Pure. */
import { KEY_MEASURE_LABELS } from './keyMeasures.ts';
import type { CrossingYear } from '../site/aggregate.ts';
import { formatCount } from '../core/format.ts';
import type { RouteId } from '../core/ids.ts';
import type { MonthlySeries } from '../site/monthlySeries.ts';
import { deathsPer1000 } from '../measures/shifts.ts';
import type { Measure, Route } from '../data/schemas/curated.ts';
import { formatPartialDate } from '../time/words.ts';
import { middleMonthOf, periodOf, periodWithin, type Period } from '../time/periods.ts';
import { firstMonthOf } from '../time/partialDates.ts';
import { partialYearLabel } from '../time/words.ts';
import { yearOf } from '../time/months.ts';

export interface SeriesPoint {
  /** "YYYY" (a year), "YYYY-Qn" (a quarter) or "YYYY-MM" (a month). */
  x: string;
  y: number | null;
  /** Points whose value is unreliable (e.g. a rate over a tiny denominator): drawn as a mark, not in the line. */
  flagged?: boolean;
  /** Extra text for the point's tooltip, e.g. numerator and denominator. */
  note?: string;
}

/** One line of a time-series chart: a route, a focus area or an indicator. */
export interface TimeSeries {
  id: string;
  label: string;
  colour: string;
  points: SeriesPoint[];
}

export interface RouteSeries extends TimeSeries {
  id: RouteId;
}

/** Below this many detections in a period, a deaths-per-1,000 rate is flagged instead of plotted. */
export const MIN_DETECTIONS_FOR_RATE = 1000;

export type { Period };
export type RatePeriod = Exclude<Period, 'month'>;

const MONTHS_IN_PERIOD: Record<Period, number> = { month: 1, quarter: 3, year: 12 };

/**
 * Sums a monthly series per period, in time order. A period with any month missing is left out rather than
 * shown short: a partial year drawn next to whole ones would read as a fall.
 */
export function periodTotals(months: readonly string[], values: readonly (number | null)[], period: Period) {
  return new Map(
    [...periodSums(months, values, period)]
      .filter(([, r]) => r.months.length === MONTHS_IN_PERIOD[period])
      .map(([x, r]) => [x, r.total] as const),
  );
}

/** Every period with data, whole or partial, with the month numbers (1–12) behind its total. */
function periodSums(months: readonly string[], values: readonly (number | null)[], period: Period) {
  const byPeriod = new Map<string, { total: number; months: number[] }>();
  months.forEach((m, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    const key = periodOf(m, period);
    const row = byPeriod.get(key) ?? { total: 0, months: [] };
    row.total += v;
    row.months.push(Number(m.split('-')[1]));
    byPeriod.set(key, row);
  });
  return byPeriod;
}

/** A partial period in words: "2025, Jan–Apr"; a quarter "2025-Q2, 1 of 3 months". */
export function partialPeriodLabel(x: string, monthNumbers: readonly number[], period: Period): string {
  return period === 'year'
    ? partialYearLabel(yearOf(x), monthNumbers)
    : `${x}, ${monthNumbers.length} of ${MONTHS_IN_PERIOD[period]} months`;
}

/**
 * Whole periods are plotted; a partial one (a year the data end inside, or a route IOM began recording
 * mid-year) is kept as a flagged point labelled with the months it holds, so the chart and its table name
 * it ("2025, Jan–Apr") without drawing it next to whole periods as if it were a fall.
 */
function pointsWithPartials(months: readonly string[], values: readonly (number | null)[], period: Period) {
  return [...periodSums(months, values, period)].map(([x, r]): SeriesPoint => {
    if (r.months.length === MONTHS_IN_PERIOD[period]) return { x, y: r.total };
    return {
      x,
      y: r.total,
      flagged: true,
      note: `${partialPeriodLabel(x, r.months, period)} only: a partial ${period}, not compared with whole ones`,
    };
  });
}

function monthPoints(months: readonly string[], values: readonly (number | null)[]): SeriesPoint[] {
  return [...periodTotals(months, values, 'month')].map(([x, y]) => ({ x, y }));
}

function routeSeries(
  routes: readonly Route[],
  values: Map<RouteId, (number | null)[]>,
  months: readonly string[],
  period: Period,
): RouteSeries[] {
  return routes
    .filter((r) => values.has(r.id))
    .map((r) => ({
      id: r.id,
      label: r.label,
      colour: r.colour,
      points:
        period === 'month'
          ? monthPoints(months, values.get(r.id)!)
          : pointsWithPartials(months, values.get(r.id)!, period),
    }));
}

export function detectionsSeries(series: MonthlySeries, routes: readonly Route[], period: Period): RouteSeries[] {
  return routeSeries(routes, series.detections, series.months, period);
}

export function deathsSeries(series: MonthlySeries, routes: readonly Route[], period: Period): RouteSeries[] {
  return routeSeries(routes, series.deadMissing, series.months, period);
}

/**
 * Deaths per 1,000 detections by route and complete quarter or year, from the same monthly series as the
 * other charts; periods with a tiny denominator are flagged, not plotted.
 */
export function ratesSeries(series: MonthlySeries, routes: readonly Route[], period: RatePeriod): RouteSeries[] {
  return routes
    .filter((r) => series.detections.has(r.id))
    .map((r) => {
      const detections = periodTotals(series.months, series.detections.get(r.id)!, period);
      const deadMissing = periodTotals(series.months, series.deadMissing.get(r.id)!, period);
      const points: SeriesPoint[] = [];
      for (const [x, detected] of detections) {
        const dead = deadMissing.get(x);
        if (dead === undefined) continue;
        points.push({
          x,
          y: deathsPer1000(dead, detected),
          note: `${formatCount(dead)} dead and missing / ${formatCount(detected)} detections`,
          ...(detected < MIN_DETECTIONS_FOR_RATE ? { flagged: true } : {}),
        });
      }
      return { id: r.id, label: r.label, colour: r.colour, points };
    });
}

/** The points of each series whose period falls in a window of months (by the period's middle month). */
export function seriesInWindow<T extends { points: SeriesPoint[] }>(
  series: readonly T[],
  fromMonth: string,
  toMonth: string,
): T[] {
  return series.map((s) => ({
    ...s,
    points: s.points.filter((p) => middleMonthOf(p.x) >= fromMonth && middleMonthOf(p.x) <= toMonth),
  }));
}

/**
 * The points of each series whose every month lies in a window of months: a year or quarter the window cuts
 * through is left out rather than shown with months from outside the window.
 */
export function seriesWithin<T extends { points: SeriesPoint[] }>(
  series: readonly T[],
  fromMonth: string,
  toMonth: string,
): T[] {
  return series.map((s) => ({ ...s, points: s.points.filter((p) => periodWithin(p.x, fromMonth, toMonth)) }));
}

/** How many route-periods a rate chart leaves unplotted, in words for its summary. */
export function describeFlaggedRates(series: readonly RouteSeries[], period: RatePeriod): string {
  const flagged = series.reduce((n, s) => n + s.points.filter((p) => p.flagged).length, 0);
  if (flagged === 0)
    return `Every route-${period} shown has at least ${formatCount(MIN_DETECTIONS_FOR_RATE)} detections, so every rate is plotted.`;
  return `${formatCount(flagged)} route-${period}s with fewer than ${formatCount(MIN_DETECTIONS_FOR_RATE)} detections are not plotted, because a rate over so few detections would show as a spike that means little.`;
}

/** The partial periods a count chart marks with a cross instead of a point, named, for its notes. */
export function describePartialPeriods(series: readonly TimeSeries[], period: Period): string {
  const byLabel = new Map<string, string[]>();
  for (const s of series)
    for (const p of s.points) {
      if (!p.flagged || !p.note) continue;
      const label = p.note.split(' only:')[0]!;
      byLabel.set(label, [...(byLabel.get(label) ?? []), s.label]);
    }
  if (byLabel.size === 0) return `Every ${period} shown is complete.`;
  const named = [...byLabel].map(([label, routes]) =>
    // A partial period shared by every line is named once, without a list of them.
    routes.length === series.length ? label : `${label} (${routes.join(', ')})`,
  );
  return `Partial ${period}s are marked with a cross on the time axis instead of a point, so that they do not read as a fall: ${named.join('; ')}.`;
}

/** Each route's share of all detections per complete year, in percent. */
export function shareSeries(crossingYears: readonly CrossingYear[], routes: readonly Route[]): RouteSeries[] {
  const totals = new Map<number, number>();
  for (const c of crossingYears)
    if (c.months_covered === 12) totals.set(c.year, (totals.get(c.year) ?? 0) + c.detections);
  return routes
    .filter((r) => crossingYears.some((c) => c.route_id === r.id))
    .map((r) => ({
      id: r.id,
      label: r.label,
      colour: r.colour,
      points: crossingYears
        .filter((c) => c.route_id === r.id && c.months_covered === 12)
        .map((c) => ({
          x: String(c.year),
          y: (c.detections / totals.get(c.year)!) * 100,
          note: `${formatCount(c.detections)} of ${formatCount(totals.get(c.year)!)} detections`,
        })),
    }));
}

export interface ChartEvent {
  id: string;
  month: string;
  label: string;
  dateText: string;
  href: string;
  highlighted?: boolean;
  /** A short name drawn over the plot for the few key measures (src/lib/timelines/keyMeasures.ts). */
  keyLabel?: string;
}

export function measureEvents(
  measures: readonly Measure[],
  filter: (m: Measure) => boolean = () => true,
  highlightId?: string,
): ChartEvent[] {
  return measures.filter(filter).map((m) => ({
    id: m.id,
    month: firstMonthOf(m.date_start),
    label: m.title,
    dateText: formatPartialDate(m.date_start),
    href: `/measures/${m.id}/`,
    ...(m.id === highlightId ? { highlighted: true } : {}),
    ...(KEY_MEASURE_LABELS[m.id] ? { keyLabel: KEY_MEASURE_LABELS[m.id] } : {}),
  }));
}

/** Any labelled series of points: a route, a focus area or an indicator. */
export interface LabelledSeries {
  label: string;
  points: SeriesPoint[];
}

/** One sentence naming the peak of each series, generated from the data. */
export function describePeaks(
  series: readonly LabelledSeries[],
  unit: string,
  format: (n: number) => string = formatCount,
  /** Where the peak is, in words: a route by default; a focus area says so itself. */
  where: (label: string) => string = (label) => `on the ${label} route`,
): string {
  const peaks = series
    .map((s) => {
      const best = s.points.reduce<SeriesPoint | null>(
        (b, p) => (p.y !== null && !p.flagged && (!b || p.y > b.y!) ? p : b),
        null,
      );
      return best ? { label: s.label, x: best.x, y: best.y! } : null;
    })
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .sort((a, b) => b.y - a.y);
  if (peaks.length === 0) return 'No data in this view.';
  const [top, ...rest] = peaks;
  return `The highest value is ${where(top!.label)}: ${format(top!.y)} ${unit} in ${formatPartialDate(top!.x)}.${
    rest.length
      ? ` Peaks elsewhere: ${rest
          .slice(0, 3)
          .map((p) => `${p.label} ${format(p.y)} (${formatPartialDate(p.x)})`)
          .join('; ')}.`
      : ''
  }`;
}

/** The data behind a chart as a table: one row per period, one column per series. */
export function seriesTable(
  series: readonly LabelledSeries[],
  format: (n: number) => string = formatCount,
): { headers: string[]; rows: string[][] } {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.x, p])));
  return {
    headers: ['Period', ...series.map((s) => s.label)],
    rows: xs.map((x) => [
      x,
      ...lookup.map((m) => {
        const p = m.get(x);
        if (!p || p.y === null) return '–';
        return `${format(p.y)}${p.flagged ? ' (not plotted)' : ''}`;
      }),
    ]),
  };
}
