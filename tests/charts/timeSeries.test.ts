import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSvgString } from '../../src/charts/svg.ts';
import { timeSeriesChart } from '../../src/charts/timeSeries/index.ts';
import { chartState } from '../../src/charts/timeSeries/state.ts';
import { expectSvgSnapshot } from '../svgSnapshot.ts';

const options = {
  widthPx: 600,
  heightPx: 300,
  title: 'T <1>',
  description: 'D',
  yLabel: 'Detections per month',
  idPrefix: 'c1',
};

describe('timeSeriesChart', () => {
  const series = [
    {
      id: 'a',
      label: 'Route A',
      colour: '#D55E00',
      points: [
        { x: '2016-01', y: 10 },
        { x: '2016-02', y: null },
        { x: '2016-03', y: 30 },
        { x: '2016-04', y: 40 },
      ],
    },
    {
      id: 'b',
      label: 'Route <B>',
      colour: '#0072B2',
      points: [
        { x: '2016-01', y: 5, flagged: true, note: '5 / 20' },
        { x: '2016-02', y: 6 },
      ],
    },
  ];
  const svg = toSvgString(
    timeSeriesChart(series, {
      ...options,
      events: [
        {
          id: 'm',
          month: '2016-03',
          label: 'Deal & more',
          dateText: 'March 2016',
          href: '/measures/m/',
          highlighted: true,
        },
      ],
    }),
  );

  it('is an accessible, labelled image', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // It holds linked markers, so it is a labelled group rather than an image.
    expect(svg).toContain('role="group"');
    expect(toSvgString(timeSeriesChart(series, options))).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c1-title c1-desc"');
    expect(svg).toContain('<title id="c1-title">T &lt;1&gt;</title>');
  });

  it('breaks lines at missing values and keeps flagged points out of the line', () => {
    const state = chartState(series, options);
    expect(state.series[0]!.segments.map((s) => s.map((p) => p.x))).toEqual([['2016-01'], ['2016-03', '2016-04']]);
    expect(state.series[1]!.segments.map((s) => s.map((p) => p.x))).toEqual([['2016-02']]);
    expect(state.series[1]!.flagged.map((f) => f.x)).toEqual(['2016-01']);
    expect(state.yDomain).toEqual([0, 40]);
    expect(svg).toContain('not plotted (5 / 20)');
  });

  it('labels lines directly with escaped text', () => {
    expect(svg).toContain('>Route &lt;B&gt;</text>');
    expect(svg).not.toContain('<B>');
  });

  it('draws event markers as keyboard-reachable links with their title and date', () => {
    // The first mark holds the chart's one Tab stop (roving tabindex).
    expect(svg).toContain('<a href="/measures/m/" aria-label="Deal &amp; more, March 2016" tabindex="0">');
    expect(svg).toContain('<title>Deal &amp; more (March 2016)</title>');
  });

  it('uses a log scale without zeros', () => {
    const state = chartState(
      [
        {
          id: 'a',
          label: 'A',
          colour: '#000000',
          points: [
            { x: '2016', y: 0 },
            { x: '2017', y: 100 },
            { x: '2018', y: 1000 },
          ],
        },
      ],
      { ...options, scale: 'log' },
    );
    expect(state.series[0]!.segments.map((s) => s.map((p) => p.y))).toEqual([[100, 1000]]);
    expect(state.yDomain).toEqual([100, 1000]);
  });

  it('starts a log axis below values under 1, and survives a chart with no values', () => {
    const rates = [
      {
        id: 'r',
        label: 'R',
        colour: '#000000',
        points: [
          { x: '2016', y: 0.3 },
          { x: '2017', y: 42 },
        ],
      },
    ];
    expect(chartState(rates, { ...options, scale: 'log' }).yDomain).toEqual([0.1, 42]);
    const empty = chartState([{ ...rates[0]!, points: [] }], { ...options, scale: 'log' });
    expect(empty.yDomain[0]).toBeGreaterThan(0);
    expect(Number.isFinite(empty.yDomain[1])).toBe(true);
    const svg = toSvgString(timeSeriesChart(rates, { ...options, scale: 'log', idPrefix: 'log' }));
    expect(svg).not.toContain('NaN');
  });

  it('places quarters in the middle of their three months and names them in words', () => {
    const quarters = [
      {
        id: 'q',
        label: 'Q',
        colour: '#000000',
        points: [
          { x: '2016-Q1', y: 4 },
          { x: '2016-Q2', y: 8 },
          { x: '2016-Q3', y: 2 },
        ],
      },
    ];
    // A window of April–June keeps only the second quarter.
    const state = chartState(quarters, { ...options, xDomain: ['2016-04', '2016-06'] });
    expect(state.series[0]!.segments.flat().map((p) => p.x)).toEqual(['2016-Q2']);
    const svg = toSvgString(timeSeriesChart(quarters, { ...options, idPrefix: 'q' }));
    expect(svg).toContain('<title>Q, April–June 2016: 8</title>');
  });
});

describe('timeSeriesChart snapshots (tests/charts/output/)', () => {
  // Hand-made and independent of data/: a data refresh never changes these drawings.
  const fixture = [
    {
      id: 'central-mediterranean',
      label: 'Central Mediterranean',
      colour: '#D55E00',
      points: [
        { x: '2015-01', y: 120 },
        { x: '2015-02', y: 900 },
        { x: '2015-03', y: null },
        { x: '2015-04', y: 4200 },
        { x: '2015-05', y: 2600 },
        { x: '2015-06', y: 3100, flagged: true, note: 'revised' },
      ],
    },
    {
      id: 'eastern-mediterranean',
      label: 'Eastern Mediterranean',
      colour: '#0072B2',
      points: [
        { x: '2015-01', y: 40 },
        { x: '2015-02', y: 310 },
        { x: '2015-03', y: 1800 },
        { x: '2015-04', y: 12000 },
        { x: '2015-05', y: 21000 },
        { x: '2015-06', y: 0 },
      ],
    },
  ];
  const snapshotOptions = {
    widthPx: 640,
    heightPx: 320,
    title: 'Detections per month on two routes',
    description: 'A hand-made fixture: two routes over the first half of 2015.',
    yLabel: 'Detections per month',
    events: [
      { id: 'deal', month: '2015-03', label: 'A measure', dateText: 'March 2015', href: '/measures/deal/' },
      { id: 'fence', month: '2015-05', label: 'Another', dateText: 'May 2015', highlighted: true },
    ],
  };
  const output = (name: string) => join(import.meta.dirname, 'output', name);

  it('draws the linear chart as in timeSeries-linear.svg', () => {
    const svg = toSvgString(timeSeriesChart(fixture, { ...snapshotOptions, idPrefix: 'linear' }));
    expectSvgSnapshot(svg, output('timeSeries-linear.svg'));
  });

  it('draws the log chart as in timeSeries-log.svg', () => {
    const svg = toSvgString(timeSeriesChart(fixture, { ...snapshotOptions, idPrefix: 'log', scale: 'log' }));
    expectSvgSnapshot(svg, output('timeSeries-log.svg'));
  });
});
