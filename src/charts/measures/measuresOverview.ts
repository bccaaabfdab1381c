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
  /**
   * 'beside' puts each region's name left of its row; 'above' (for a phone's width) puts it over the row, so the
   * years keep the whole width.
   */
  rowLabels?: 'beside' | 'above';
}

const ROW_PX = 30;
/** A row with its name above it. */
const ROW_WITH_LABEL_PX = 44;
/** Average width of a character of the 11 px bold row labels. */
const BOLD_CHAR_PX = 6.8;
/** Year labels ("2016", about 26 px at 11 px) need this much room each. */
const MIN_YEAR_GAP_PX = 36;

/** Every `step` years from the first even year, so labels never crowd on a narrow drawing. */
function yearLabelStep(pxPerYear: number): number {
  let step = 2;
  while (pxPerYear * step < MIN_YEAR_GAP_PX) step += 2;
  return step;
}

export function measureTimeline(measures: TimelineMeasure[], options: MeasureTimelineOptions): SvgNode {
  const above = options.rowLabels === 'above';
  const longest = Math.max(0, ...options.rows.map((r) => r.label.length));
  // Room for the longest name, so none is cut at the SVG's left edge.
  const left = above ? 20 : Math.ceil(longest * BOLD_CHAR_PX) + 16;
  const margin = { top: 24, right: 16, bottom: 24, left };
  const rowPx = above ? ROW_WITH_LABEL_PX : ROW_PX;
  const heightPx = margin.top + margin.bottom + options.rows.length * rowPx;
  const x = scaleLinear()
    .domain([options.fromYear, options.toYear + 1])
    .range([margin.left, options.widthPx - margin.right]);
  // With names above, the marks sit in the lower part of each row.
  const rowY = new Map(options.rows.map((r, i) => [r.id, margin.top + i * rowPx + (above ? 30 : rowPx / 2)]));
  const years: number[] = [];
  for (let y = options.fromYear; y <= options.toYear + 1; y++) years.push(y);
  const step = yearLabelStep(x(options.fromYear + 1) - x(options.fromYear));
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
          y % step === 0
            ? h('text', { x: px(x(y)), y: heightPx - 8, 'text-anchor': 'middle', fill: 'currentColor' }, String(y))
            : null,
        ),
      ),
      options.rows.map((r) =>
        h(
          'text',
          {
            x: above ? margin.left : margin.left - 10,
            y: above ? rowY.get(r.id)! - 14 : rowY.get(r.id)! + 4,
            'text-anchor': above ? 'start' : 'end',
            fill: 'currentColor',
            'font-weight': 600,
          },
          r.label,
        ),
      ),
    ),
    // Roving tabindex: the marks are one Tab stop, arrows move between them (src/client/chartMarks.ts).
    h('g', { class: 'chart-events', 'data-roving-marks': '' }, marks(measures, rowY, x, options)),
  );
}

function marks(
  measures: TimelineMeasure[],
  rowY: Map<string, number>,
  x: (year: number) => number,
  options: MeasureTimelineOptions,
): SvgNode[] {
  const links = measures.flatMap((m) =>
    m.rows
      .filter((r) => rowY.has(r))
      .map((r) => {
        const y = rowY.get(r)!;
        const x0 = px(x(Math.max(options.fromYear, m.start)));
        const x1 = px(x(Math.min(options.toYear + 1, m.end ?? options.toYear + 1)));
        return h(
          'a',
          { href: m.href, 'data-measure': m.id, 'aria-label': `${m.title}, ${m.dateText}`, tabindex: -1 },
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
  );
  // The first mark holds the chart's one Tab stop.
  if (links[0]) links[0].attrs['tabindex'] = 0;
  return links;
}
