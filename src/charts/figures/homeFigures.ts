/**
 * The home page's drawings, made at build time from the site's data: the chart of the shift between routes
 * (the timelines' route-share chart over the years of the two turning-point measures), and each route card's
 * small charts of detections and of dead and missing per year with the route's measures marked.
 */
import type { SvgNode } from '../svg.ts';
import { timeSeriesChart, type TimeEvent } from '../timeSeries/index.ts';
import { chartPair, routeShortLabels } from './chartPair.ts';
import type { ChartFigureSpec } from './timelineFigures.ts';
import type { SiteData } from '../../lib/site/siteData.ts';
import { shiftEvents, shiftShares, shiftYears } from '../../lib/timelines/shift.ts';
import { deathsSeries, detectionsSeries, seriesTable, type RouteSeries } from '../../lib/timelines/series.ts';
import type { RouteId } from '../../lib/core/ids.ts';
import { formatPartialDate } from '../../lib/time/words.ts';
import { firstMonthOf } from '../../lib/time/partialDates.ts';
import { formatMonth, yearOf } from '../../lib/time/months.ts';

const percent = (n: number) => `${n.toFixed(0)}%`;

/** The route with the largest share in a year, in words: "Central Mediterranean (62%)". */
function largestShare(shares: readonly RouteSeries[], year: string): string {
  const best = shares
    .map((s) => ({ label: s.label, y: s.points.find((p) => p.x === year)?.y ?? null }))
    .filter((s): s is { label: string; y: number } => s.y !== null)
    .sort((a, b) => b.y - a.y)[0];
  return best ? `the ${best.label} route (${percent(best.y)})` : 'no route';
}

export function homeShiftFigure(data: SiteData): ChartFigureSpec {
  const shares = shiftShares(data.crossingYears, data.routes);
  const events = shiftEvents(data.measures);
  const years = shiftYears(data.crossingYears);
  const first = String(years[0]);
  const last = String(years.at(-1));
  const span = `${first}–${last}`;
  const named = events.map((e) => `${e.label} (${e.dateText})`).join(' and ');
  return {
    id: 'shift',
    heading: `Where detections were, ${span}`,
    ...chartPair(
      shares,
      {
        widthPx: 900,
        heightPx: 340,
        title: `Each route's share of all detections, ${span}`,
        description: `The share of each route in the detections on the six Frontex routes, per complete year from ${first} to ${last} (detections, not people). Vertical rules mark ${named}.`,
        yLabel: 'Share of detections (%), not people',
        formatValue: percent,
        events,
        idPrefix: 'shift',
        nameHighlightedEvents: true,
      },
      routeShortLabels(data.routes),
    ),
    summary: [
      `In ${first}, the largest share of detections was on ${largestShare(shares, first)}; in ${last}, on ${largestShare(shares, last)}.`,
      `The rules mark ${named}. Shares moved after them; the chart shows the association, not that the measures caused it.`,
    ],
    table: seriesTable(shares, percent),
    note: `Source: Frontex detections of illegal border-crossings (detections, not people: one person stopped twice counts twice). Shares of the six routes with a Frontex series, complete years only; the Sahel route has none. Measures: curated list.`,
  };
}

/** A card's drawing: small, with no links or hover targets inside (the card itself links to the story). */
// 250 px wide: the card's column on a 320 px phone is about 254 px, and a drawing only ever scaled up keeps 11 px text.
const CARD_CHART = { widthPx: 250, heightPx: 120 } as const;

export interface RouteCardCharts {
  /** null where Frontex has no series for the route (the Sahel): said in words, never drawn as zero. */
  detections: SvgNode | null;
  deaths: SvgNode | null;
}

/** The years with a partial total, in words, for a card chart's description. */
function partialYearsText(series: RouteSeries | undefined): string {
  const partial = series?.points.filter((p) => p.flagged).map((p) => p.note?.split(' only:')[0] ?? p.x) ?? [];
  return partial.length ? ` Partial years are marked with a cross, not drawn: ${partial.join('; ')}.` : '';
}

function yearsText(series: RouteSeries | undefined): string {
  const whole = series?.points.filter((p) => !p.flagged) ?? [];
  return whole.length ? `${whole[0]!.x} to ${whole.at(-1)!.x}` : 'no complete year';
}

/** Marks on the time axis, without links: a card's chart is one picture, and the route's measures are linked elsewhere. */
function cardEvents(data: SiteData, routeId: RouteId): TimeEvent[] {
  return data.measures
    .filter((m) => m.routes.includes(routeId))
    .map((m) => ({
      id: m.id,
      month: firstMonthOf(m.date_start),
      label: m.title,
      dateText: formatPartialDate(m.date_start),
    }));
}

/** Both of a card's charts share one time axis (the whole span of both records), so a gap shows as a gap. */
export function routeCardCharts(data: SiteData, routeId: RouteId): RouteCardCharts {
  const route = data.routes.find((r) => r.id === routeId)!;
  // To the end of the last year, so the cross of a partial last year sits inside the plot.
  const xDomain: [string, string] = [data.monthly.months[0]!, formatMonth(yearOf(data.monthly.months.at(-1)!), 12)];
  const events = cardEvents(data, routeId);
  const marks = events.length
    ? ` Triangles on the time axis mark the ${events.length} measure${events.length === 1 ? '' : 's'} recorded for this route.`
    : '';
  const draw = (series: RouteSeries, what: string, yLabel: string, idPrefix: string) =>
    timeSeriesChart([series], {
      ...CARD_CHART,
      title: `${what} per year on the ${route.label} route`,
      description: `${what} per complete year, ${yearsText(series)}; years without records are left blank, not drawn as zero.${partialYearsText(series)}${marks}`,
      yLabel,
      xDomain,
      events,
      idPrefix,
      pointTooltips: false,
    });
  const detections = detectionsSeries(data.monthly, data.routes, 'year').find((s) => s.id === routeId);
  const deaths = deathsSeries(data.monthly, data.routes, 'year').find((s) => s.id === routeId);
  return {
    detections: detections
      ? draw(detections, 'Frontex detections (not people)', 'Detections per year', `card-${routeId}-detections`)
      : null,
    deaths:
      deaths && deaths.points.length
        ? draw(deaths, 'IOM dead and missing (minimum)', 'Dead and missing per year', `card-${routeId}-deaths`)
        : null,
  };
}
