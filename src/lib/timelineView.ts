/** How a timeline chart is shown, and its compact, tolerant URL form: "month,linear,combined". */
export interface TimelineView {
  period: 'month' | 'year';
  scale: 'linear' | 'log';
  layout: 'combined' | 'multiples';
}

export const DEFAULT_VIEW: TimelineView = { period: 'month', scale: 'linear', layout: 'combined' };

export function parseTimelineView(text: string | null, defaults: TimelineView = DEFAULT_VIEW): TimelineView {
  const view = { ...defaults };
  if (!text || text.length > 60) return view;
  for (const part of text.split(',')) {
    if (part === 'month' || part === 'year') view.period = part;
    else if (part === 'linear' || part === 'log') view.scale = part;
    else if (part === 'combined' || part === 'multiples') view.layout = part;
  }
  return view;
}

export function serializeTimelineView(view: TimelineView): string {
  return `${view.period},${view.scale},${view.layout}`;
}
