/**
 * The atlas's compact timeline: total detections and dead and missing per month as two thin area
 * strips, with a window rectangle the reader can brush. Geometry is exported so the browser maps
 * pointer positions back to months with the same numbers. The year labels are a drawing of their own
 * (sparklineYearAxis), unscaled: in the 900-unit-wide strip shrunk to a phone they would be 4 px high.
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

export const SPARKLINE = { widthPx: 900, heightPx: 72, leftPx: 8, rightPx: 8, stripPx: 30, gapPx: 6, topPx: 4 };

/** Labels whose centre is closer than this to an end of the strip are left out, so none overhangs it. */
const LABEL_EDGE_PCT = 6;

/** Size of the year labels in CSS pixels: at least 11 at any width. */
export const YEAR_LABEL_PX = 12;

/** Every other January, as a year and its position across the strip in percent of its width. */
export function sparklineYearLabels(months: readonly string[]): { year: number; leftPct: number }[] {
  const n = months.length;
  return months
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.endsWith('-01') && yearOf(m) % 2 === 0)
    .map(({ m, i }) => ({ year: yearOf(m), leftPct: (pxAtMonth(i, n) / SPARKLINE.widthPx) * 100 }))
    .filter(({ leftPct }) => leftPct >= LABEL_EDGE_PCT && leftPct <= 100 - LABEL_EDGE_PCT);
}

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

/** The years under the strip, at their months' positions, in CSS pixels whatever the strip's width. */
export function sparklineYearAxis(months: readonly string[]): SvgNode {
  const heightPx = YEAR_LABEL_PX + 4;
  return svgFrame(
    {
      widthPx: SPARKLINE.widthPx,
      heightPx,
      unscaled: true,
      label: null,
      attrs: { class: 'window-sparkline-years', 'font-family': 'system-ui, sans-serif', 'font-size': YEAR_LABEL_PX },
    },
    sparklineYearLabels(months).map(({ year, leftPct }) =>
      h(
        'text',
        {
          x: `${leftPct.toFixed(2)}%`,
          y: YEAR_LABEL_PX,
          'text-anchor': 'middle',
          fill: 'currentColor',
          // Every fourth year stays on the narrowest strips; the page hides the others there (CSS).
          class: year % 4 === 0 ? null : 'year-minor',
        },
        String(year),
      ),
    ),
  );
}

export function windowSparkline(input: SparklineInput, window: [number, number]): SvgNode {
  const n = input.months.length;
  const top2 = SPARKLINE.topPx + SPARKLINE.stripPx + SPARKLINE.gapPx;
  // Decorative: the brush around it carries the label and the month inputs the values.
  return svgFrame(
    {
      widthPx: SPARKLINE.widthPx,
      heightPx: SPARKLINE.heightPx,
      label: null,
      attrs: { class: 'window-sparkline', 'data-months': n },
    },
    strip(input.detections, SPARKLINE.topPx, 'currentColor', n),
    // One colour in both themes, so the build-time drawing needs no theme.
    strip(input.deadMissing, top2, PALETTE.light.deadMissing, n),
    // Compare mode's reference window: a dashed box, empty until the browser shows one.
    h('rect', {
      class: 'reference-rect',
      x: 0,
      y: 3,
      width: 0,
      height: SPARKLINE.heightPx - 6,
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
      height: SPARKLINE.heightPx - 2,
      fill: 'currentColor',
      'fill-opacity': 0.12,
      stroke: 'currentColor',
      'stroke-width': 1.5,
    }),
  );
}
