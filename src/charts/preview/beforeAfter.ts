/** Two bars, before and after a measure, for a measure's link preview: an SVG string with a viewBox. */
import { h, px, svgFrame, toSvgString } from '../svg.ts';

const numberFormat = new Intl.NumberFormat('en-GB');

export function beforeAfterBarsSvg(bars: { label: string; value: number }[], unit: string): string {
  const widthPx = 600;
  const heightPx = 440;
  const top = 40;
  const bottom = 70;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = widthPx / bars.length;
  const marks = bars.map((bar, i) => {
    const barPx = ((heightPx - top - bottom) * bar.value) / max;
    const x = i * slot + slot * 0.2;
    const y = heightPx - bottom - barPx;
    const centre = px(x + slot * 0.3);
    return h(
      'g',
      {},
      h('rect', {
        x: px(x),
        y: px(y),
        width: px(slot * 0.6),
        height: px(barPx),
        fill: i === 0 ? '#8c8c8c' : '#b3472d',
      }),
      h(
        'text',
        { x: centre, y: px(y - 10), 'font-size': 26, 'text-anchor': 'middle', fill: '#1a1a1a' },
        numberFormat.format(bar.value),
      ),
      h(
        'text',
        { x: centre, y: heightPx - bottom + 34, 'font-size': 24, 'text-anchor': 'middle', fill: '#444' },
        bar.label,
      ),
    );
  });
  const caption = h(
    'text',
    { x: widthPx / 2, y: heightPx - 6, 'font-size': 20, 'text-anchor': 'middle', fill: '#444' },
    unit,
  );
  return toSvgString(svgFrame({ widthPx, heightPx, label: null }, ...marks, caption));
}
