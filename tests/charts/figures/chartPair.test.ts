import { describe, expect, it } from 'vitest';
import { chartPair, NARROW_DRAWING_PX } from '../../../src/charts/figures/chartPair.ts';
import { toSvgString } from '../../../src/charts/svg.ts';

const series = [
  {
    id: 'atlantic',
    label: 'Atlantic / Canary Islands',
    colour: '#56B4E9',
    points: [
      { x: '2016', y: 1 },
      { x: '2017', y: 3 },
    ],
  },
  {
    id: 'libya',
    label: 'Libya (country of incident)',
    colour: '#555555',
    points: [
      { x: '2016', y: 2 },
      { x: '2017', y: 1 },
    ],
  },
];
const options = { widthPx: 900, heightPx: 300, title: 'T', description: 'D', yLabel: 'Y', idPrefix: 'share' };

describe('chart pairs', () => {
  it('draws the chart at full width and at a phone’s width with short labels and ids of its own', () => {
    const { chart, narrowChart } = chartPair(series, options, { atlantic: 'Atlantic' });
    const wide = toSvgString(chart);
    const narrow = toSvgString(narrowChart);
    expect(wide).toContain('viewBox="0 0 900 300"');
    expect(narrow).toContain(`viewBox="0 0 ${NARROW_DRAWING_PX} 280"`);
    expect(wide).toContain('>Atlantic / Canary Islands</text>');
    expect(narrow).toContain('>Atlantic</text>');
    // A series without a short name keeps its own.
    expect(narrow).toContain('>Libya (country of incident)</text>');
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(narrow).length).toBeGreaterThan(0);
    expect(ids(narrow).filter((id) => ids(wide).includes(id))).toEqual([]);
  });

  it('leaves per-point tooltips and other measures’ markers out of the narrow drawing, and says so', () => {
    const events = [
      {
        id: 'this',
        month: '2016-09',
        label: 'This measure',
        dateText: 'September 2016',
        href: '/measures/this/',
        highlighted: true,
      },
      { id: 'other', month: '2017-03', label: 'Another', dateText: 'March 2017', href: '/measures/other/' },
    ];
    const { chart, narrowChart } = chartPair(series, { ...options, events });
    const wide = toSvgString(chart);
    const narrow = toSvgString(narrowChart);
    expect(wide).toContain('class="chart-point"');
    expect(narrow).not.toContain('class="chart-point"');
    expect(wide).toContain('href="/measures/other/"');
    expect(narrow).not.toContain('href="/measures/other/"');
    expect(narrow).toContain('href="/measures/this/"');
    expect(narrow).toContain('without the markers of other measures');
  });
});
