/** measureTimeline(measures, options) → SVG tree: one row per region, a mark per measure at its start, a bar while in force. */
import { scaleLinear } from 'd3';
import { h, px, svgFrame, type SvgNode } from '../svg.ts';

export interface TimelineMeasure {
  id: string;
  title: string;
  glyph: string;
  dateText: string;
  /** Fractional years. */
  start: number;
  end: number | null;
  rows: string[];
  href: string;
}

export interface MeasureTimelineOptions {
  widthPx: number;
  rows: { id: string; label: string }[];
  fromYear: number;
  toYear: number;
  title: string;
  description: string;
  idPrefix: string;
}

const ROW_PX = 30;

export function measureTimeline(measures: TimelineMeasure[], options: MeasureTimelineOptions): SvgNode {
  const margin = { top: 24, right: 16, bottom: 24, left: 150 };
  const heightPx = margin.top + margin.bottom + options.rows.length * ROW_PX;
  const x = scaleLinear()
    .domain([options.fromYear, options.toYear + 1])
    .range([margin.left, options.widthPx - margin.right]);
  const rowY = new Map(options.rows.map((r, i) => [r.id, margin.top + i * ROW_PX + ROW_PX / 2]));
  const years: number[] = [];
  for (let y = options.fromYear; y <= options.toYear + 1; y++) years.push(y);
  return svgFrame(
    {
      widthPx: options.widthPx,
      heightPx,
      // Every mark is a link, so the chart is a group: an image cannot hold links (axe: nested-interactive).
      label: { title: options.title, description: options.description, idPrefix: options.idPrefix, role: 'group' },
      attrs: { class: 'chart measure-timeline', 'font-family': 'system-ui, sans-serif', 'font-size': 11 },
    },
    h(
      'g',
      { 'aria-hidden': 'true' },
      years.map((y) =>
        h(
          'g',
          {},
          h('line', {
            x1: px(x(y)),
            x2: px(x(y)),
            y1: margin.top - 6,
            y2: heightPx - margin.bottom,
            stroke: 'currentColor',
            'stroke-opacity': 0.1,
          }),
          y % 2 === 0
            ? h('text', { x: px(x(y)), y: heightPx - 8, 'text-anchor': 'middle', fill: 'currentColor' }, String(y))
            : null,
        ),
      ),
      options.rows.map((r) =>
        h(
          'text',
          {
            x: margin.left - 10,
            y: rowY.get(r.id)! + 4,
            'text-anchor': 'end',
            fill: 'currentColor',
            'font-weight': 600,
          },
          r.label,
        ),
      ),
    ),
    measures.flatMap((m) =>
      m.rows
        .filter((r) => rowY.has(r))
        .map((r) => {
          const y = rowY.get(r)!;
          const x0 = px(x(Math.max(options.fromYear, m.start)));
          const x1 = px(x(Math.min(options.toYear + 1, m.end ?? options.toYear + 1)));
          return h(
            'a',
            { href: m.href, 'data-measure': m.id, 'aria-label': `${m.title}, ${m.dateText}` },
            h('title', {}, `${m.title} (${m.dateText})`),
            x1 - x0 > 2
              ? h('line', {
                  x1: x0,
                  x2: x1,
                  y1: y,
                  y2: y,
                  stroke: 'currentColor',
                  'stroke-opacity': m.end === null ? 0.15 : 0.3,
                  'stroke-width': 3,
                })
              : null,
            h('text', { x: x0, y: y + 4, 'text-anchor': 'middle', fill: 'currentColor', 'font-size': 13 }, m.glyph),
          );
        }),
    ),
  );
}
