/**
 * The atlas's compact timeline: total detections and dead and missing per month as two thin area
 * strips, with a window rectangle the reader can brush. Geometry is exported so the browser maps
 * pointer positions back to months with the same numbers.
 */
import { area, scaleLinear } from 'd3';
import { h, px, svgFrame, type SvgNode } from '../svg.ts';
import { PALETTE } from '../../map/palette.ts';
import { yearOf } from '../../lib/time/months.ts';

export interface SparklineInput {
  months: string[];
  detections: (number | null)[];
  deadMissing: (number | null)[];
}

export const SPARKLINE = { widthPx: 900, heightPx: 86, leftPx: 8, rightPx: 8, stripPx: 30, gapPx: 6, topPx: 4 };

export function monthAtPx(xPx: number, months: number): number {
  const inner = SPARKLINE.widthPx - SPARKLINE.leftPx - SPARKLINE.rightPx;
  const k = Math.round(((xPx - SPARKLINE.leftPx) / inner) * months - 0.5);
  return Math.max(0, Math.min(months - 1, k));
}

export function pxAtMonth(index: number, months: number): number {
  const inner = SPARKLINE.widthPx - SPARKLINE.leftPx - SPARKLINE.rightPx;
  return SPARKLINE.leftPx + (index / months) * inner;
}

function strip(values: (number | null)[], top: number, colour: string, months: number): SvgNode {
  const max = Math.max(1, ...values.map((v) => v ?? 0));
  const y = scaleLinear()
    .domain([0, max])
    .range([top + SPARKLINE.stripPx, top]);
  const points = values.map((v, i) => ({ i, v }));
  const path = area<{ i: number; v: number | null }>()
    .defined((d) => d.v !== null)
    .x((d) => px(pxAtMonth(d.i + 0.5, months)))
    .y0(top + SPARKLINE.stripPx)
    .y1((d) => px(y(d.v ?? 0)));
  return h('path', { d: path(points) ?? '', fill: colour, 'fill-opacity': 0.55 });
}

export function windowSparkline(input: SparklineInput, window: [number, number]): SvgNode {
  const n = input.months.length;
  const top2 = SPARKLINE.topPx + SPARKLINE.stripPx + SPARKLINE.gapPx;
  const years = input.months.map((m, i) => ({ m, i })).filter(({ m }) => m.endsWith('-01') && yearOf(m) % 2 === 0);
  // Decorative: the brush around it carries the label and the month inputs the values.
  return svgFrame(
    {
      widthPx: SPARKLINE.widthPx,
      heightPx: SPARKLINE.heightPx,
      label: null,
      attrs: { class: 'window-sparkline', 'font-family': 'system-ui, sans-serif', 'font-size': 10, 'data-months': n },
    },
    strip(input.detections, SPARKLINE.topPx, 'currentColor', n),
    // One colour in both themes, so the build-time drawing needs no theme.
    strip(input.deadMissing, top2, PALETTE.light.deadMissing, n),
    years.map(({ m, i }) =>
      h('text', { x: px(pxAtMonth(i, n)), y: SPARKLINE.heightPx - 2, fill: 'currentColor' }, String(yearOf(m))),
    ),
    // Compare mode's reference window: a dashed box, empty until the browser shows one.
    h('rect', {
      class: 'reference-rect',
      x: 0,
      y: 3,
      width: 0,
      height: SPARKLINE.heightPx - 18,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
      visibility: 'hidden',
    }),
    h('rect', {
      class: 'window-rect',
      x: px(pxAtMonth(window[0], n)),
      y: 1,
      width: px(pxAtMonth(window[1] + 1, n) - pxAtMonth(window[0], n)),
      height: SPARKLINE.heightPx - 14,
      fill: 'currentColor',
      'fill-opacity': 0.12,
      stroke: 'currentColor',
      'stroke-width': 1.5,
    }),
  );
}
