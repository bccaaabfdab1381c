/** Series for the focus areas without a Frontex series: Sahel / Agadez and Libya. */
import { isLibyaIncident } from '../site/aggregate.ts';
import { formatCount } from '../core/format.ts';
import type { Indicator } from '../data/schemas/curated.ts';
import type { SiteData } from '../site/siteData.ts';
import type { SeriesPoint } from './series.ts';
import { lastWholeMonthTo, monthOfDay, monthsOfYearWithin, partialYearLabel, yearOf } from '../time/periods.ts';

export interface FocusSeries {
  id: string;
  label: string;
  colour: string;
  points: SeriesPoint[];
}

/**
 * A year of IOM records as a chart point: a whole year is plotted; the partial last year is a flagged point
 * named with the part it holds ("2026, to 3 May"), so the chart marks it without drawing it as a fall.
 */
function deathsPoint(data: SiteData, year: number, y: number | null): SeriesPoint {
  if (year <= data.deathsCompleteYear) return { x: String(year), y };
  const { firstDate, lastDate } = data.incidentsPeriod;
  const whole = monthsOfYearWithin(year, monthOfDay(firstDate), lastWholeMonthTo(lastDate));
  const label = partialYearLabel(year, whole, lastDate);
  return { x: String(year), y, flagged: true, note: `${label} only: a partial year, not compared with whole ones` };
}

export function focusAreaSeries(data: SiteData): FocusSeries[] {
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
  series: FocusSeries;
  summary: string[];
  note: string;
  sources: string[];
}

function periodX(i: Indicator): { x: string; partial: boolean } {
  const y = i.period_start.slice(0, 4);
  if (i.period_start === `${y}-01-01` && i.period_end === `${y}-12-31`) return { x: y, partial: false };
  return { x: i.period_start.slice(0, 7), partial: true };
}

/** One point per calendar year from the first to the last, null where the table has no figure, so a line never bridges a gap. */
function everyYear(yearly: readonly Indicator[]): { x: string; y: number | null; note?: string }[] {
  const byYear = new Map(yearly.map((r) => [Number(r.period_start.slice(0, 4)), r]));
  const first = Number(yearly[0]!.period_start.slice(0, 4));
  const last = Number(yearly.at(-1)!.period_start.slice(0, 4));
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
        `${formatCount(last.value)} in ${last.period_start.slice(0, 4)}, against ${formatCount(first.value)} in ${first.period_start.slice(0, 4)}; the highest year in this series is ${peak.period_start.slice(0, 4)}, with ${formatCount(peak.value)}.`,
      ],
      note: `Sources: ${sources.join('; ')}.${notes.length ? ` Method: ${notes.join(' ')}` : ''}`,
      sources,
    });
  }
  return charts;
}
