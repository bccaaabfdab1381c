import { describe, expect, it } from 'vitest';
import { chartPair, MEDIUM_DRAWING_PX, NARROW_DRAWING_PX } from '../../../src/charts/figures/chartPair.ts';
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
  it('draws a medium chart for a tablet: its own width, every measure, short labels, no tooltips, ids of its own', () => {
    const events = [
      { id: 'a', month: '2016-09', label: 'Measure A', dateText: '1 September 2016', href: '/measures/a/' },
      { id: 'b', month: '2017-03', label: 'Measure B', dateText: '1 March 2017', href: '/measures/b/' },
    ];
    const { chart, mediumChart } = chartPair(series, { ...options, events }, { atlantic: 'Atlantic' });
    const wide = toSvgString(chart);
    const medium = toSvgString(mediumChart);
    expect(medium).toContain(`viewBox="0 0 ${MEDIUM_DRAWING_PX} 300"`);
    expect(MEDIUM_DRAWING_PX).toBeGreaterThan(NARROW_DRAWING_PX);
    expect(medium).toContain('>Atlantic</text>');
    expect(medium).toContain('href="/measures/a/"');
    expect(medium).toContain('href="/measures/b/"');
    expect(wide).toContain('class="chart-point"');
    expect(medium).not.toContain('class="chart-point"');
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(medium).filter((id) => ids(wide).includes(id))).toEqual([]);
  });

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

describe('key measures on a narrow drawing', () => {
  // Two key measures six months apart (as the Hungary–Serbia fence and the EU–Turkey Statement are), one not key.
  const years = ['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020'];
  const long = series.map((s) => ({ ...s, points: years.map((x, i) => ({ x, y: i + 1 })) }));
  const events = [
    { id: 'b', month: '2016-03', label: 'Second', dateText: 'March 2016', href: '/measures/b/', keyLabel: 'B' },
    { id: 'a', month: '2015-09', label: 'First', dateText: 'September 2015', href: '/measures/a/', keyLabel: 'A' },
    { id: 'plain', month: '2017-01', label: 'Plain', dateText: 'January 2017', href: '/measures/plain/' },
  ];
  const keyLabels = (svg: string) =>
    [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*class="chart-key-label"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: m[3],
    }));

  it('numbers them in time order on the narrow drawing, and lists the same numbers with their names', () => {
    const pair = chartPair(long, { ...options, events }, {}, true);
    const narrow = toSvgString(pair.narrowChart);
    expect(pair.narrowKeyMeasures).toEqual([
      { keyNumber: 1, label: 'First', dateText: 'September 2015', href: '/measures/a/' },
      { keyNumber: 2, label: 'Second', dateText: 'March 2016', href: '/measures/b/' },
    ]);
    const labels = keyLabels(narrow);
    expect(labels.map((l) => l.text)).toEqual(['1', '2']);
    // Close marks: the second number goes on another row or clear of the first (10 px covers one 11 px digit).
    const [one, two] = labels as [(typeof labels)[0], (typeof labels)[0]];
    expect(one.y !== two.y || Math.abs(one.x - two.x) >= 10).toBe(true);
    // The key measures keep their linked marks on the narrow drawing; other measures do not.
    expect(narrow).toContain('href="/measures/a/"');
    expect(narrow).not.toContain('href="/measures/plain/"');
    expect(narrow).toContain('the key measures are numbered and listed under it');
    // The wide drawing still writes names.
    expect(keyLabels(toSvgString(pair.chart)).map((l) => l.text)).toEqual(['A', 'B']);
  });

  it('numbers nothing unless asked', () => {
    const pair = chartPair(long, { ...options, events });
    expect(pair.narrowKeyMeasures).toEqual([]);
    expect(keyLabels(toSvgString(pair.narrowChart))).toEqual([]);
  });
});
