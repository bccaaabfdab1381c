/**
 * The three charts of a measure page (detections, dead and missing, the rate), each two years either side of
 * the measure's start: (measure, data) → chart, generated summary, table and source note for each.
 */
import { chartPair, routeShortLabels } from './chartPair.ts';
import type { ChartFigureSpec } from './timelineFigures.ts';
import type { Measure } from '../../lib/data/schemas/curated.ts';
import { firstMonthOf } from '../../lib/time/partialDates.ts';
import { coverageNotesFor } from '../../lib/measures/context.ts';
import { windowAround } from '../../lib/measures/window.ts';
import type { SiteData } from '../../lib/site/siteData.ts';
import { formatPartialDate } from '../../lib/time/words.ts';
import {
  deathsSeries,
  describeFlaggedRates,
  describePeaks,
  detectionsSeries,
  measureEvents,
  ratesSeries,
  seriesInWindow,
  seriesTable,
} from '../../lib/timelines/series.ts';

/** Months either side of the start that a measure page charts. */
export const MEASURE_CHART_RADIUS_MONTHS = 24;

const rate = (n: number) => n.toFixed(1);

export function measureFigures(measure: Measure, data: SiteData): ChartFigureSpec[] {
  const months = data.monthly.months;
  const start = firstMonthOf(measure.date_start);
  const { fromMonth, toMonth } = windowAround(start, MEASURE_CHART_RADIUS_MONTHS, months[0]!, months.at(-1)!);
  const short = routeShortLabels(data.routes);
  const windowText = `${formatPartialDate(fromMonth)} to ${formatPartialDate(toMonth)}`;
  const shared = {
    widthPx: 760,
    xDomain: [fromMonth, toMonth] as [string, string],
    highlight: [start, start] as [string, string],
    events: measureEvents(data.measures, (m) => m.regions.some((r) => measure.regions.includes(r)), measure.id),
  };
  const detections = detectionsSeries(data.monthly, data.routes, 'month');
  const deaths = deathsSeries(data.monthly, data.routes, 'month');
  const rates = seriesInWindow(ratesSeries(data.monthly, data.routes, 'quarter'), fromMonth, toMonth);
  // Coverage changes on any charted route, said next to the dead and missing charts, not only in the download.
  const coverage = data.routes
    .flatMap((r) => coverageNotesFor(data.coverageNotes, r.id, fromMonth, toMonth))
    .map(
      (n) =>
        ` ${data.routes.find((r) => r.id === n.route)!.label}, ${formatPartialDate(n.period_start)} to ${formatPartialDate(n.period_end)}: ${n.note}`,
    )
    .join('');
  return [
    {
      id: 'chart-detections',
      heading: 'Detections by route per month',
      ...chartPair(
        detections,
        {
          ...shared,
          heightPx: 300,
          title: `Detections by route per month, ${windowText}`,
          description: `Monthly Frontex detections on each route around ${measure.title}, which is marked on the time axis with the other measures in its regions.`,
          yLabel: 'Detections per month (not people)',
          idPrefix: `m-${measure.id}-det`,
        },
        short,
      ),
      summary: [describePeaks(seriesInWindow(detections, fromMonth, toMonth), 'detections a month')],
      table: seriesTable(seriesInWindow(detections, fromMonth, toMonth)),
      note: 'Frontex detections of illegal border-crossings: detections, not people. The shaded month is the start of this measure; triangles mark other measures in the same regions.',
    },
    {
      id: 'chart-deaths',
      heading: 'Dead and missing by route per month',
      ...chartPair(
        deaths,
        {
          ...shared,
          heightPx: 300,
          title: `Dead and missing by route per month, ${windowText}`,
          description: `Monthly dead and missing recorded by IOM on each route around ${measure.title}.`,
          yLabel: 'Dead and missing per month (minimum estimate)',
          idPrefix: `m-${measure.id}-dead`,
        },
        short,
      ),
      summary: [describePeaks(seriesInWindow(deaths, fromMonth, toMonth), 'dead and missing in a month')],
      table: seriesTable(seriesInWindow(deaths, fromMonth, toMonth)),
      note: `IOM Missing Migrants Project: a minimum estimate.${coverage}`,
    },
    {
      id: 'chart-rates',
      heading: 'Dead and missing per 1,000 detections, per quarter',
      ...chartPair(
        rates,
        {
          ...shared,
          heightPx: 280,
          title: `Dead and missing per 1,000 detections by route per quarter, ${windowText}`,
          description: `Quarterly IOM dead and missing divided by Frontex detections, times 1,000, on each route around ${measure.title}. Quarters with fewer than 1,000 detections on a route are marked with a cross instead of a point.`,
          yLabel: 'Dead and missing per 1,000 detections',
          formatValue: rate,
          idPrefix: `m-${measure.id}-rate`,
        },
        short,
      ),
      summary: [
        describePeaks(rates, 'dead and missing per 1,000 detections in a quarter', rate),
        describeFlaggedRates(rates, 'quarter'),
      ],
      table: seriesTable(rates, rate),
      note: `Numerator: IOM dead and missing (minimum estimate). Denominator: Frontex detections (detections, not people). The Sahel route has no detections series and no rate.${coverage}`,
    },
  ];
}
