/** How a timeline chart is shown, and its compact, tolerant URL form: "month,linear,combined". */
import type { Period } from './series.ts';

export interface TimelineView {
  period: Period;
  scale: 'linear' | 'log';
  layout: 'combined' | 'multiples';
}

export const DEFAULT_VIEW: TimelineView = { period: 'month', scale: 'linear', layout: 'combined' };

const PERIODS: readonly Period[] = ['month', 'quarter', 'year'];

/**
 * Reads a view from the URL. Unknown parts are ignored, and a period the chart does not offer (a monthly
 * rate, say) falls back to the chart's default, so a hand-edited link still opens a sensible chart.
 */
export function parseTimelineView(
  text: string | null,
  defaults: TimelineView = DEFAULT_VIEW,
  periods: readonly Period[] = PERIODS,
): TimelineView {
  const view = { ...defaults };
  if (!text || text.length > 60) return view;
  for (const part of text.split(',')) {
    if ((PERIODS as readonly string[]).includes(part) && periods.includes(part as Period)) view.period = part as Period;
    else if (part === 'linear' || part === 'log') view.scale = part;
    else if (part === 'combined' || part === 'multiples') view.layout = part;
  }
  return view;
}

export function serializeTimelineView(view: TimelineView): string {
  return `${view.period},${view.scale},${view.layout}`;
}
