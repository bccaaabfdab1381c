/** How a timeline chart is shown, and its compact, tolerant URL form: "month,linear,combined". */
import type { Period } from './series.ts';
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
