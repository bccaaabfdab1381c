/**
 * The timelines' fixed charts (route share, the focus areas, the curated indicators), specified once for the
 * page and for their embeds: (data) → chart, generated summary, table and source note for each.
 */
import type { SvgNode } from '../svg.ts';
import { chartPair, routeShortLabels, type KeyMeasureNote } from './chartPair.ts';
import { focusAreaSeries, indicatorSeries } from '../../lib/timelines/focusAreas.ts';
import type { SiteData } from '../../lib/site/siteData.ts';
import {
  describePartialPeriods,
  describePeaks,
  measureEvents,
  seriesTable,
  shareSeries,
} from '../../lib/timelines/series.ts';

export interface ChartFigureSpec {
  /** The figure's id on /timelines/, and its embed's address: /embed/timelines/<id>/. */
  id: string;
  heading: string;
  chart: SvgNode;
  /** The same chart drawn for a tablet's column (chartPair.ts MEDIUM_DRAWING_PX). */
  mediumChart: SvgNode;
  /** The same chart drawn for a phone's width. */
  narrowChart: SvgNode;
  /** Key measures the narrow drawing numbers, listed under it (empty where it numbers none). */
  narrowKeyMeasures: KeyMeasureNote[];
  summary: string[];
  table: { headers: string[]; rows: string[][] };
  note: string;
}

const percent = (n: number) => `${n.toFixed(0)}%`;

export function shareFigure(data: SiteData): ChartFigureSpec {
  const share = shareSeries(data.crossingYears, data.routes);
  return {
    id: 'share',
    heading: 'Route share of all detections',
    ...chartPair(
      share,
      {
        widthPx: 900,
        heightPx: 320,
        title: "Each route's share of all detections, by year",
        description:
          'The share of each route in the detections on all six Frontex routes shown here, per complete year.',
        yLabel: 'Share of detections (%)',
        formatValue: percent,
        events: measureEvents(data.measures),
        idPrefix: 'share',
      },
      routeShortLabels(data.routes),
      // The shift is this chart's story: on a phone its turning points are numbered and named under it.
      true,
    ),
    summary: [describePeaks(share, 'of all detections', percent)],
    table: seriesTable(share, percent),
    note: 'Source: Frontex. Shares of the six routes with a Frontex series; complete years only.',
  };
}

export function focusFigure(data: SiteData): ChartFigureSpec {
  const focus = focusAreaSeries(data);
  return {
    id: 'focus',
    heading: 'Dead and missing per year: the Sahel route and Libya',
    ...chartPair(
      focus,
      {
        widthPx: 900,
        heightPx: 300,
        title: 'Dead and missing per year: the Sahel route and Libya',
        description:
          'Dead and missing recorded by IOM on the Sahara crossing, and in incidents whose country is Libya, per complete year; a cross on the time axis marks the partial last year.',
        yLabel: 'Dead and missing per year (minimum estimate)',
        events: [],
        idPrefix: 'focus',
      },
      { ...routeShortLabels(data.routes), libya: 'Libya' },
    ),
    summary: [
      describePeaks(focus, 'dead and missing in a year', undefined, (label) =>
        label.startsWith('Libya') ? 'in Libya (incidents on any route)' : `on the ${label} route`,
      ),
      describePartialPeriods(focus, 'year'),
    ],
    table: seriesTable(focus),
    note: 'Source: IOM Missing Migrants Project (minimum estimate). Libya: incidents whose country of incident is Libya, on any route.',
  };
}

export function indicatorFigures(data: SiteData): ChartFigureSpec[] {
  return indicatorSeries(data.indicators).map((ind) => ({
    id: `indicator-${ind.id}`,
    heading: ind.heading,
    ...chartPair([ind.series], {
      widthPx: 900,
      heightPx: 260,
      title: ind.heading,
      description: `${ind.unit}, per period, from ${ind.sources.join('; ')}.`,
      yLabel: ind.unit,
      events: [],
      idPrefix: `indicator-${ind.id}`,
    }),
    summary: ind.summary,
    table: seriesTable([ind.series]),
    note: ind.note,
  }));
}

/** Every fixed chart of the timelines, in page order. */
export function timelineFigures(data: SiteData): ChartFigureSpec[] {
  return [shareFigure(data), focusFigure(data), ...indicatorFigures(data)];
}
