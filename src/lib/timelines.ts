/** Chart-ready series for the timelines, computed from the monthly series and yearly tables. Pure. */
import type { CrossingYear, DeathsYear } from './aggregate.ts';
import { formatCount } from './format.ts';
import type { RouteId } from './ids.ts';
import type { MonthlySeries } from './monthlySeries.ts';
import { deathsPer1000 } from './shifts.ts';
import type { Measure, Route } from './schemas/curated.ts';
import { formatPartialDate } from './dates.ts';
import { measureStartMonth } from './shifts.ts';

export interface SeriesPoint {
  x: string;
  y: number | null;
  flagged?: boolean;
  note?: string;
}
export interface RouteSeries {
  id: RouteId;
  label: string;
  colour: string;
  points: SeriesPoint[];
}

/** Below this many detections in a year, a deaths-per-1,000 rate is flagged instead of plotted. */
export const MIN_DETECTIONS_FOR_RATE = 1000;

export type Period = 'month' | 'year';

function yearly(months: string[], values: (number | null)[], completeOnly: boolean): SeriesPoint[] {
  const byYear = new Map<string, { total: number; months: number }>();
  months.forEach((m, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    const y = m.slice(0, 4);
    const row = byYear.get(y) ?? { total: 0, months: 0 };
    row.total += v;
    row.months += 1;
    byYear.set(y, row);
  });
  return [...byYear.entries()]
    .filter(([, r]) => !completeOnly || r.months === 12)
    .map(([x, r]) => ({ x, y: r.total, ...(r.months < 12 ? { note: `${r.months} months only` } : {}) }));
}

export function detectionsSeries(series: MonthlySeries, routes: readonly Route[], period: Period): RouteSeries[] {
  return routes
    .filter((r) => series.detections.has(r.id))
    .map((r) => {
      const values = series.detections.get(r.id)!;
      const points =
        period === 'month'
          ? series.months.map((x, i) => ({ x, y: values[i] ?? null }))
          : yearly(series.months, values, true);
      return { id: r.id, label: r.label, colour: r.colour, points };
    });
}

export function deathsSeries(series: MonthlySeries, routes: readonly Route[], period: Period): RouteSeries[] {
  return routes.map((r) => {
    const values = series.deadMissing.get(r.id)!;
    const points =
      period === 'month'
        ? series.months.map((x, i) => ({ x, y: values[i] ?? null })).filter((p) => p.x >= series.deathsFirstMonth)
        : yearly(series.months, values, true);
    return { id: r.id, label: r.label, colour: r.colour, points };
  });
}

/** Deaths per 1,000 detections by route and complete year; years with a tiny denominator are flagged. */
export function ratesSeries(
  crossingYears: readonly CrossingYear[],
  deathYears: readonly DeathsYear[],
  routes: readonly Route[],
): RouteSeries[] {
  return routes
    .filter((r) => crossingYears.some((c) => c.route_id === r.id))
    .map((r) => {
      const points: SeriesPoint[] = [];
      for (const c of crossingYears) {
        if (c.route_id !== r.id || c.months_covered !== 12) continue;
        const d = deathYears.find((x) => x.route_id === r.id && x.year === c.year);
        if (!d) continue;
        const rate = deathsPer1000(d.dead_missing, c.detections);
        const note = `${formatCount(d.dead_missing)} dead and missing / ${formatCount(c.detections)} detections`;
        points.push({
          x: String(c.year),
          y: rate,
          note,
          ...(c.detections < MIN_DETECTIONS_FOR_RATE ? { flagged: true } : {}),
        });
      }
      return { id: r.id, label: r.label, colour: r.colour, points };
    });
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
}

export function measureEvents(
  measures: readonly Measure[],
  filter: (m: Measure) => boolean = () => true,
  highlightId?: string,
): ChartEvent[] {
  return measures.filter(filter).map((m) => ({
    id: m.id,
    month: measureStartMonth(m.date_start),
    label: m.title,
    dateText: formatPartialDate(m.date_start),
    href: `/measures/${m.id}/`,
    ...(m.id === highlightId ? { highlighted: true } : {}),
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
  return `The highest value is on the ${top!.label} route: ${format(top!.y)} ${unit} in ${formatPartialDate(top!.x)}.${
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
