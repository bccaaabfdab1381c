import { describe, expect, it } from 'vitest';
import {
  buildRouteChart,
  buildRouteChartTiers,
  type RouteChartSpec,
} from '../../../src/charts/figures/timelineCharts.ts';
import { MEDIUM_DRAWING_PX, NARROW_DRAWING_PX } from '../../../src/charts/figures/chartPair.ts';
import { toSvgString, type SvgNode } from '../../../src/charts/svg.ts';
import { chartLayout } from '../../../src/charts/timeSeries/layout.ts';
import { chartState } from '../../../src/charts/timeSeries/state.ts';
import { timeSeriesChart } from '../../../src/charts/timeSeries/index.ts';

const years = Array.from({ length: 17 }, (_, i) => String(2009 + i));
const spec: RouteChartSpec = {
  id: 'detections',
  title: 'Detections by route, per year',
  unit: 'Detections per year (not people)',
  unitInText: 'detections in a year',
  description: 'Test chart.',
  series: [
    {
      id: 'atlantic',
      label: 'Atlantic / Canary Islands',
      colour: '#56B4E9',
      points: years.map((x, i) => ({ x, y: i })),
    },
    {
      id: 'eastern-borders',
      label: 'Eastern borders',
      colour: '#7A7A7A',
      points: years.map((x, i) => ({ x, y: 2 * i })),
    },
  ],
  events: [],
  shortLabels: { atlantic: 'Atlantic', 'eastern-borders': 'E. borders' },
};
const view = { period: 'year', scale: 'linear', layout: 'combined' } as const;
const markup = (svgs: SvgNode[]) => svgs.map(toSvgString).join('');

describe('route charts', () => {
  it('draws at 900 px with full route names by default', () => {
    const svg = toSvgString(buildRouteChart(spec, view).svgs[0]!);
    expect(svg).toContain('viewBox="0 0 900 360"');
    expect(svg).toContain('>Atlantic / Canary Islands</text>');
  });

  it('draws a narrow chart at its own width with short labels, while the summary keeps the full names', () => {
    const built = buildRouteChart(spec, view, 340);
    const svg = toSvgString(built.svgs[0]!);
    expect(svg).toContain('viewBox="0 0 340 300"');
    expect(svg).toContain('>Atlantic</text>');
    expect(svg).not.toContain('>Atlantic / Canary Islands</text>');
    expect(built.summary[0]).toContain('Eastern borders');
    expect(built.table.headers).toEqual(['Period', 'Atlantic / Canary Islands', 'Eastern borders']);
  });

  it('builds medium and narrow drawings beside the full one, with ids of their own and no per-point tooltips', () => {
    const tiers = buildRouteChartTiers(spec, view);
    const [wide, medium, narrow] = [markup(tiers.svgs), markup(tiers.mediumSvgs), markup(tiers.narrowSvgs)];
    expect(wide).toContain('viewBox="0 0 900 360"');
    expect(medium).toContain(`viewBox="0 0 ${MEDIUM_DRAWING_PX} 300"`);
    expect(narrow).toContain(`viewBox="0 0 ${NARROW_DRAWING_PX} 300"`);
    expect(narrow).toContain('>Atlantic</text>');
    // The full drawing keeps its hover targets; the extra ones leave each value to the table.
    const tooltips = (svg: string) => (svg.match(/class="chart-point"/g) ?? []).length;
    expect(tooltips(wide)).toBeGreaterThan(0);
    expect([tooltips(medium), tooltips(narrow)]).toEqual([0, 0]);
    const ids = [wide, medium, narrow].flatMap((svg) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tiers.table).toEqual(buildRouteChart(spec, view).table);
  });

  it("leaves the measures' markers out of the narrow drawing alone, and says so in its description", () => {
    const withEvents: RouteChartSpec = {
      ...spec,
      events: [
        { id: 'fence', month: '2015-09', label: 'A fence', dateText: 'September 2015', href: '/measures/fence/' },
      ],
    };
    const tiers = buildRouteChartTiers(withEvents, view);
    const [wide, medium, narrow] = [markup(tiers.svgs), markup(tiers.mediumSvgs), markup(tiers.narrowSvgs)];
    expect(wide).toContain('href="/measures/fence/"');
    expect(medium).toContain('href="/measures/fence/"');
    expect(narrow).not.toContain('href="/measures/fence/"');
    expect(narrow).toContain('without the markers of the measures');
  });

  it('spaces year ticks so their labels never collide, however narrow the chart', () => {
    for (const widthPx of [900, 600, 340, 280]) {
      const options = { widthPx, heightPx: 300, title: 't', description: 'd', yLabel: 'y', idPrefix: 'p' };
      // Narrow charts carry short labels, as buildRouteChart draws them.
      const series = widthPx < 640 ? spec.series.map((s) => ({ ...s, label: spec.shortLabels![s.id]! })) : spec.series;
      const layout = chartLayout(chartState(series, options), options);
      const gaps = layout.xTicks.slice(1).map((t, i) => layout.x(t) - layout.x(layout.xTicks[i]!));
      expect(layout.xTicks.length, `${widthPx}`).toBeGreaterThanOrEqual(2);
      expect(Math.min(...gaps), `${widthPx}`).toBeGreaterThanOrEqual(44);
    }
  });

  it('thins monthly ticks on a narrow chart, and starts a long axis title at the left edge', () => {
    const months = Array.from(
      { length: 48 },
      (_, i) => `${2014 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const monthly = [{ id: 'm', label: 'M', colour: '#000000', points: months.map((x, i) => ({ x, y: i })) }];
    const options = {
      widthPx: 360,
      heightPx: 280,
      title: 't',
      description: 'd',
      yLabel: 'Dead and missing per month (minimum estimate)',
      idPrefix: 'n',
    };
    const layout = chartLayout(chartState(monthly, options), options);
    const gaps = layout.xTicks.slice(1).map((t, i) => layout.x(t) - layout.x(layout.xTicks[i]!));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(44);
    const svg = toSvgString(timeSeriesChart(monthly, options));
    expect(svg).toContain('x="4" y="14" fill="currentColor" font-weight="600">Dead and missing per month');
    const wide = toSvgString(timeSeriesChart(monthly, { ...options, widthPx: 900 }));
    expect(wide).toContain('x="56" y="14" fill="currentColor" font-weight="600">Dead and missing per month');
  });
});
