/** Series for the focus areas without a Frontex series: Sahel / Agadez and Libya. */
import { isLibyaIncident } from '../site/aggregate.ts';
import { formatCount } from '../core/format.ts';
import type { Indicator } from '../data/schemas/curated.ts';
import type { SiteData } from '../site/siteData.ts';
import type { SeriesPoint, TimeSeries } from './series.ts';
import { monthOf, yearOf } from '../time/months.ts';
import { isWholeYear, lastWholeMonthTo, monthsOfYearWithin } from '../time/periods.ts';
import { partialYearLabel } from '../time/words.ts';

/**
 * A year of IOM records as a chart point: a whole year is plotted; the partial last year is a flagged point
 * named with the part it holds ("2026, to 3 May"), so the chart marks it without drawing it as a fall.
 */
function deathsPoint(data: SiteData, year: number, y: number | null): SeriesPoint {
  if (year <= data.deathsCompleteYear) return { x: String(year), y };
  const { firstDate, lastDate } = data.incidentsPeriod;
  const whole = monthsOfYearWithin(year, monthOf(firstDate), lastWholeMonthTo(lastDate));
  const label = partialYearLabel(year, whole, lastDate);
  return { x: String(year), y, flagged: true, note: `${label} only: a partial year, not compared with whole ones` };
}

export function focusAreaSeries(data: SiteData): TimeSeries[] {
  const sahel = data.routes.find((r) => r.id === 'sahel-agadez')!;
  const libyaByYear = new Map<number, number>();
  for (const i of data.incidents) {
    if (!isLibyaIncident(i)) continue;
    const y = yearOf(i.date);
    libyaByYear.set(y, (libyaByYear.get(y) ?? 0) + i.dead_missing);
  }
  return [
    {
      id: 'sahel-agadez',
      label: sahel.label,
      colour: sahel.colour,
      points: data.deathYears
        .filter((d) => d.route_id === 'sahel-agadez')
        .map((d) => deathsPoint(data, d.year, d.dead_missing)),
    },
    {
      id: 'libya',
      label: 'Libya (any route)',
      colour: '#555555',
      points: data.libyaDeathYears.map((d) => deathsPoint(data, d.year, libyaByYear.get(d.year) ?? 0)),
    },
  ];
}

export interface IndicatorChart {
  id: string;
  heading: string;
  unit: string;
  series: TimeSeries;
  summary: string[];
  note: string;
  sources: string[];
}

function periodX(i: Indicator): { x: string; partial: boolean } {
  if (isWholeYear(i.period_start, i.period_end)) return { x: String(yearOf(i.period_start)), partial: false };
  return { x: monthOf(i.period_start), partial: true };
}

/** One point per calendar year from the first to the last, null where the table has no figure, so a line never bridges a gap. */
function everyYear(yearly: readonly Indicator[]): { x: string; y: number | null; note?: string }[] {
  const byYear = new Map(yearly.map((r) => [yearOf(r.period_start), r]));
  const first = yearOf(yearly[0]!.period_start);
  const last = yearOf(yearly.at(-1)!.period_start);
  const points: { x: string; y: number | null; note?: string }[] = [];
  for (let year = first; year <= last; year++) {
    const row = byYear.get(year);
    points.push(row ? { x: String(year), y: row.value, note: row.source_title } : { x: String(year), y: null });
  }
  return points;
}

/** One chart per indicator series with at least two calendar-year values; shorter periods stay in the table. */
export function indicatorSeries(indicators: readonly Indicator[]): IndicatorChart[] {
  const bySeries = new Map<string, Indicator[]>();
  for (const i of indicators) bySeries.set(i.indicator, [...(bySeries.get(i.indicator) ?? []), i]);
  const charts: IndicatorChart[] = [];
  for (const [id, rows] of bySeries) {
    const yearly = rows.filter((r) => !periodX(r).partial).sort((a, b) => (a.period_start < b.period_start ? -1 : 1));
    if (yearly.length < 2) continue;
    const first = yearly[0]!;
    const last = yearly.at(-1)!;
    const peak = yearly.reduce((b, r) => (r.value > b.value ? r : b));
    const notes = [...new Set(yearly.map((r) => r.method_notes).filter((n) => n !== ''))];
    const sources = [...new Set(yearly.map((r) => r.source_title))];
    charts.push({
      id,
      heading: first.unit.charAt(0).toUpperCase() + first.unit.slice(1),
      unit: first.unit,
      series: { id, label: first.unit, colour: '#555555', points: everyYear(yearly) },
      summary: [
        `${formatCount(last.value)} in ${yearOf(last.period_start)}, against ${formatCount(first.value)} in ${yearOf(first.period_start)}; the highest year in this series is ${yearOf(peak.period_start)}, with ${formatCount(peak.value)}.`,
      ],
      note: `Sources: ${sources.join('; ')}.${notes.length ? ` Method: ${notes.join(' ')}` : ''}`,
      sources,
    });
  }
  return charts;
}
