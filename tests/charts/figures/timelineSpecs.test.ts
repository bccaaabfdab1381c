import { describe, expect, it } from 'vitest';
import { buildRouteChart } from '../../../src/charts/figures/timelineCharts.ts';
import {
  routeChartSpec,
  routeChartViewParams,
  type TimelinePayload,
} from '../../../src/charts/figures/timelineSpecs.ts';
import { embedSnippet, viewQuery } from '../../../src/lib/site/embed.ts';
import { toSvgString } from '../../../src/charts/svg.ts';
import type { RouteId } from '../../../src/lib/core/ids.ts';
import { monthRange } from '../../../src/lib/time/months.ts';

// Four years of made-up months on two routes; every month has 1,000 + its index detections and 1 death.
const months = monthRange('2014-01', '2017-12');
const route = (id: RouteId, label: string) => ({
  id,
  label,
  short_label: label,
  colour: '#0072B2',
  description: '',
  frontex_route: label,
  iom_routes: label,
  regions: '',
});
const values = () => months.map((_, i) => 1000 + i);
const payload = {
  routes: [route('atlantic', 'Atlantic'), route('central-mediterranean', 'Central Mediterranean')],
  months,
  detections: [
    ['atlantic', values()],
    ['central-mediterranean', values()],
  ],
  deadMissing: [
    ['atlantic', months.map(() => 1)],
    ['central-mediterranean', months.map(() => 1)],
  ],
  detectionsLastMonth: '2017-12',
  deathsFirstMonth: '2014-01',
  deathsLastCompleteMonth: '2017-12',
  events: [
    { id: 'early', month: '2014-05', label: 'Early measure', dateText: 'May 2014', href: '/measures/early/' },
    { id: 'inside', month: '2016-03', label: 'Inside measure', dateText: 'March 2016', href: '/measures/inside/' },
  ],
} as unknown as TimelinePayload;
const monthly = { period: 'month', scale: 'linear', layout: 'combined' } as const;
const yearly = { ...monthly, period: 'year' } as const;
const window = { fromMonth: '2015-07', toMonth: '2016-12' };

describe('route charts narrowed to a period', () => {
  it('keeps only the months of the window, in the series, the table, the summary and the drawing', () => {
    const spec = routeChartSpec('detections', payload, 'month', null, window);
    for (const s of spec.series) expect(s.points.map((p) => p.x)).toEqual(monthRange('2015-07', '2016-12'));
    const built = buildRouteChart(spec, monthly);
    expect(built.table.rows.map((r) => r[0])).toEqual(monthRange('2015-07', '2016-12'));
    // The peak is the window's last month (values grow with time), not the data's.
    expect(built.summary[0]).toContain('December 2016');
    expect(built.summary.join(' ')).toContain('July 2015 – December 2016');
    const svg = toSvgString(built.svgs[0]!);
    expect(svg).toContain('July 2015 – December 2016');
    expect(svg).toContain('Inside measure');
    expect(svg).not.toContain('Early measure');
  });

  it('leaves out a year the window cuts through rather than count months from outside it', () => {
    const spec = routeChartSpec('detections', payload, 'year', null, window);
    expect(spec.series[0]!.points.map((p) => p.x)).toEqual(['2016']);
    const rates = routeChartSpec('rates', payload, 'year', null, { fromMonth: '2015-01', toMonth: '2016-12' });
    expect(buildRouteChart(rates, yearly).table.rows.map((r) => r[0])).toEqual(['2015', '2016']);
  });

  it('draws the whole period without a window, and narrows to a route and a period together', () => {
    const whole = routeChartSpec('detections', payload, 'month');
    expect(whole.series[0]!.points).toHaveLength(months.length);
    expect(whole.title).not.toContain('–');
    const both = routeChartSpec('deaths', payload, 'quarter', 'atlantic', window);
    expect(both.series.map((s) => s.id)).toEqual(['atlantic']);
    expect(both.series[0]!.points.map((p) => p.x)).toEqual([
      '2015-Q3',
      '2015-Q4',
      '2016-Q1',
      '2016-Q2',
      '2016-Q3',
      '2016-Q4',
    ]);
  });
});

describe("a route chart's embed code", () => {
  it("carries the route and period the page is narrowed to, with the chart's own view and no other chart's", () => {
    const search =
      '?route=central-mediterranean&from=2015-01&to=2016-12&detections=year,log,combined&rates=quarter,linear,combined&theme=dark';
    const src = `https://routes.example.org/embed/timelines/rates/${viewQuery(search, routeChartViewParams('rates'))}`;
    expect(embedSnippet('plain', src, 'Rates', 840)).toContain(
      'src="https://routes.example.org/embed/timelines/rates/?route=central-mediterranean&amp;from=2015-01&amp;to=2016-12&amp;rates=quarter,linear,combined"',
    );
    // A page that is not narrowed gives an embed that is not either.
    expect(viewQuery('?detections=year,log,combined', routeChartViewParams('rates'))).toBe('');
  });
});

describe('a route chart narrowed to a route', () => {
  it("writes its notes from that route's series alone", () => {
    // Atlantic has 10 detections a month, so each of its years falls under the 1,000-detection rule.
    const lowAtlantic = {
      ...payload,
      detections: [
        ['atlantic', months.map(() => 10)],
        ['central-mediterranean', values()],
      ],
    } as unknown as TimelinePayload;
    const all = routeChartSpec('rates', lowAtlantic, 'year');
    expect(all.notes![0]).toContain('4 route-years with fewer than 1,000 detections');
    const central = routeChartSpec('rates', lowAtlantic, 'year', 'central-mediterranean');
    expect(central.series.map((s) => s.id)).toEqual(['central-mediterranean']);
    expect(central.title).toMatch(/: Central Mediterranean$/);
    expect(central.notes![0]).toMatch(/^Every route-year shown has at least 1,000 detections/);
    // An unknown route draws every route, untitled by route.
    const unknown = routeChartSpec('rates', lowAtlantic, 'year', 'nowhere');
    expect(unknown.series).toHaveLength(2);
    expect(unknown.title).not.toContain(':');
  });
});
