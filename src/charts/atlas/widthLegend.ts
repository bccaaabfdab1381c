/** The atlas legend's line-width key: one sample line per step, at the width the map draws that many detections. */
import { formatCount } from '../../lib/core/format.ts';
import { h, svgFrame, type SvgNode } from '../svg.ts';

export interface WidthStep {
  perMonth: number;
  widthPx: number;
}

const ROW_PX = 22;

export function widthLegend(steps: readonly WidthStep[], idPrefix: string): SvgNode {
  return svgFrame(
    {
      widthPx: 220,
      heightPx: 70,
      label: {
        title: `Line widths: ${steps.map((s) => `${formatCount(s.perMonth)} detections a month`).join(', ')}`,
        idPrefix,
      },
      attrs: { class: 'widths' },
    },
    steps.map((s, i) =>
      h(
        'g',
        { transform: `translate(0 ${12 + i * ROW_PX})` },
        h('line', {
          x1: 0,
          x2: 60,
          y1: 0,
          y2: 0,
          stroke: 'currentColor',
          'stroke-width': s.widthPx,
          'stroke-linecap': 'round',
        }),
        h('text', { x: 72, y: 4, 'font-size': 11, fill: 'currentColor' }, `${formatCount(s.perMonth)} / month`),
      ),
    ),
  );
}
