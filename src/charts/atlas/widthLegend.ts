/**
 * The atlas legend's line-width key, drawn from the scale the map uses (fixed or fitted): one sample line per
 * step at the width the map draws that many detections, and the minimum width with the counts it stands for.
 */
import { formatCount } from '../../lib/core/format.ts';
import { ROUTE_WIDTH, type RouteWidthScale } from '../../lib/atlas/routeWidths.ts';
import type { WidthScaleChoice } from '../../lib/atlas/state.ts';
import { h, svgFrame, type SvgNode } from '../svg.ts';

export interface WidthStep {
  perMonth: number;
  widthPx: number;
}

/** Fractions of the scale's widest count shown as steps: widths are proportional, so they read as ratios. */
const STEP_FRACTIONS = [0.25, 0.5, 1];
const ROW_PX = 22;

/** A count rounded to two significant figures, down, so a step never claims more than the scale draws. */
function roundCount(n: number): number {
  if (n < 100) return Math.floor(n);
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / unit) * unit;
}

/** The key's steps on a scale: round counts, each at exactly the width the map draws it. */
export function widthLegendSteps(scale: RouteWidthScale): WidthStep[] {
  return STEP_FRACTIONS.map((f) => {
    const perMonth = roundCount(scale.maxDetectionsPerMonth * f);
    return { perMonth, widthPx: scale.widthPx(perMonth) };
  });
}

/** Detections a month below which a route is drawn at the minimum width rather than in proportion. */
export function minimumWidthBelowPerMonth(scale: RouteWidthScale): number {
  return (scale.maxDetectionsPerMonth * ROUTE_WIDTH.minPx) / ROUTE_WIDTH.maxPx;
}

const SCALE_NAMES: Record<WidthScaleChoice, string> = {
  fixed: 'Fixed scale (whole period)',
  fitted: 'Scale fitted to the windows shown',
};

export function widthLegend(scale: RouteWidthScale, kind: WidthScaleChoice, idPrefix: string): SvgNode {
  const steps = widthLegendSteps(scale);
  const minimumBelow = formatCount(Math.round(minimumWidthBelowPerMonth(scale)));
  const rows = [
    ...steps.map((s) => ({ widthPx: s.widthPx, text: `${formatCount(s.perMonth)} / month` })),
    { widthPx: ROUTE_WIDTH.minPx, text: `under ${minimumBelow}: minimum width` },
  ];
  return svgFrame(
    {
      widthPx: 240,
      heightPx: 24 + rows.length * ROW_PX,
      label: {
        title:
          `Line widths, ${SCALE_NAMES[kind].toLowerCase()}: ` +
          `${steps.map((s) => `${formatCount(s.perMonth)} detections a month`).join(', ')}; ` +
          `under ${minimumBelow} a month, the minimum width`,
        idPrefix,
      },
      attrs: { class: 'widths', 'data-scale': kind },
    },
    h('text', { x: 0, y: 12, 'font-size': 11, 'font-weight': 600, fill: 'currentColor' }, SCALE_NAMES[kind]),
    rows.map((row, i) =>
      h(
        'g',
        { transform: `translate(0 ${34 + i * ROW_PX})` },
        h('line', {
          // Round caps add half the width at each end: the widest line still ends before its text.
          x1: ROUTE_WIDTH.maxPx / 2,
          x2: 60,
          y1: 0,
          y2: 0,
          stroke: 'currentColor',
          'stroke-width': row.widthPx,
          'stroke-linecap': 'round',
        }),
        h('text', { x: 60 + ROUTE_WIDTH.maxPx / 2 + 6, y: 4, 'font-size': 11, fill: 'currentColor' }, row.text),
      ),
    ),
  );
}
