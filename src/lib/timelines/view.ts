/** How a timeline chart is shown, and its compact, tolerant URL form: "month,linear,combined". */
import type { Period } from './series.ts';
import { windowInWords } from '../time/words.ts';
import { valueOr } from '../url/codecs.ts';
import { PARAM_CODECS } from '../url/params.ts';

export interface TimelineView {
  period: Period;
  scale: 'linear' | 'log';
  layout: 'combined' | 'multiples';
}

export const DEFAULT_VIEW: TimelineView = { period: 'month', scale: 'linear', layout: 'combined' };

const PERIODS: readonly Period[] = ['month', 'quarter', 'year'];
const SCALES: readonly TimelineView['scale'][] = ['linear', 'log'];
const LAYOUTS: readonly TimelineView['layout'][] = ['combined', 'multiples'];

/**
 * Reads a view from the URL. Unknown parts are ignored, and a period the chart does not offer (a monthly
 * rate, say) falls back to the chart's default, so a hand-edited link still opens a sensible chart. The
 * parser is the registry's (src/lib/url/params.ts); every chart parameter (detections, deaths, rates) shares it.
 */
export function parseTimelineView(
  text: string | null,
  defaults: TimelineView = DEFAULT_VIEW,
  periods: readonly Period[] = PERIODS,
): TimelineView {
  const choices = { period: periods, scale: SCALES, layout: LAYOUTS };
  return valueOr(PARAM_CODECS.rates.parse(text, { defaults, choices }), { ...defaults });
}

export function serializeTimelineView(view: TimelineView): string {
  return PARAM_CODECS.rates.serialize(view);
}

/** The one route the timelines' route charts are narrowed to (`?route=central-mediterranean`), or null for all. */
export function parseTimelineRoute(text: string | null, routeIds: readonly string[]): string | null {
  return valueOr(PARAM_CODECS.route.parse(text, { allowed: routeIds }), null);
}

/** The months the route charts are narrowed to (`?from=2015-01&to=2016-12`), inclusive. */
export interface TimelineWindow {
  fromMonth: string;
  toMonth: string;
}

/** The months of the data: the whole period, which a missing or unusable `from`/`to` falls back to. */
export interface MonthExtent {
  firstMonth: string;
  lastMonth: string;
}

/**
 * Reads the period the page is narrowed to, or null for the whole period. Each end is parsed by the registry's
 * month codec (the atlas's `from`/`to`) and falls back to the data's own end on its own; a reversed pair, or one
 * that spans the whole data, is the whole period. Never throws.
 */
export function parseTimelineWindow(
  query: { from: string | null; to: string | null },
  extent: MonthExtent,
): TimelineWindow | null {
  const fromMonth = valueOr(PARAM_CODECS.from.parse(query.from, extent), extent.firstMonth);
  const toMonth = valueOr(PARAM_CODECS.to.parse(query.to, extent), extent.lastMonth);
  if (fromMonth > toMonth) return null;
  if (fromMonth === extent.firstMonth && toMonth === extent.lastMonth) return null;
  return { fromMonth, toMonth };
}

/** The `from`/`to` parameters of a window; an end at the data's own end is left out (null). */
export function timelineWindowParams(
  window: TimelineWindow | null,
  extent: MonthExtent,
): { from: string | null; to: string | null } {
  if (!window) return { from: null, to: null };
  return {
    from: window.fromMonth === extent.firstMonth ? null : PARAM_CODECS.from.serialize(window.fromMonth),
    to: window.toMonth === extent.lastMonth ? null : PARAM_CODECS.to.serialize(window.toMonth),
  };
}

/** A window in words for titles and summaries: "January 2015 – December 2016". */
export function timelineWindowInWords(window: TimelineWindow): string {
  return windowInWords(window.fromMonth, window.toMonth);
}

/**
 * What a chart's address narrows it to, in words for its title, or null when it shows every route over the whole
 * period: "Central Mediterranean route, January 2016 – December 2018", "all routes, March 2015 – June 2016",
 * "Central Mediterranean route, January 2009 – September 2025" (a route over the whole period, which is named).
 */
export function timelineNarrowingInWords(
  routeLabel: string | null,
  window: TimelineWindow | null,
  extent: MonthExtent,
): string | null {
  if (routeLabel === null && window === null) return null;
  const shown = window ?? { fromMonth: extent.firstMonth, toMonth: extent.lastMonth };
  return `${routeLabel === null ? 'all routes' : `${routeLabel} route`}, ${timelineWindowInWords(shown)}`;
}
