import { describe, expect, it } from 'vitest';
import {
  describePeaks,
  MIN_DETECTIONS_FOR_RATE,
  ratesSeries,
  seriesTable,
  shareSeries,
} from '../../src/lib/timelines.ts';
import { parseTimelineView, serializeTimelineView } from '../../src/lib/timelineView.ts';
import type { Route } from '../../src/lib/schemas/curated.ts';

const routes = [
  { id: 'central-mediterranean', label: 'Central Mediterranean', colour: '#D55E00' },
  { id: 'eastern-borders', label: 'Eastern borders', colour: '#7A7A7A' },
] as Route[];
const crossingYears = [
  { route_id: 'central-mediterranean' as const, year: 2016, detections: 100_000, months_covered: 12 },
  { route_id: 'central-mediterranean' as const, year: 2017, detections: 50_000, months_covered: 12 },
  { route_id: 'eastern-borders' as const, year: 2016, detections: 500, months_covered: 12 },
  { route_id: 'eastern-borders' as const, year: 2017, detections: 2_000, months_covered: 3 },
];
const deathYears = [
  { route_id: 'central-mediterranean' as const, year: 2016, dead_missing: 4_000, incidents: 10 },
  { route_id: 'central-mediterranean' as const, year: 2017, dead_missing: 1_000, incidents: 10 },
  { route_id: 'eastern-borders' as const, year: 2016, dead_missing: 3, incidents: 1 },
  { route_id: 'eastern-borders' as const, year: 2017, dead_missing: 1, incidents: 1 },
];

describe('rates', () => {
  it('divides dead and missing by detections per 1,000 over complete years, flagging tiny denominators', () => {
    const [cm, eb] = ratesSeries(crossingYears, deathYears, routes);
    expect(cm!.points).toEqual([
      { x: '2016', y: 40, note: '4,000 dead and missing / 100,000 detections' },
      { x: '2017', y: 20, note: '1,000 dead and missing / 50,000 detections' },
    ]);
    expect(500).toBeLessThan(MIN_DETECTIONS_FOR_RATE);
    expect(eb!.points).toEqual([{ x: '2016', y: 6, note: '3 dead and missing / 500 detections', flagged: true }]);
  });

  it('never plots a flagged rate as a peak', () => {
    expect(describePeaks(ratesSeries(crossingYears, deathYears, routes), 'per 1,000', (n) => n.toFixed(1))).toBe(
      'The highest value is on the Central Mediterranean route: 40.0 per 1,000 in 2016.',
    );
  });
});

describe('shares and tables', () => {
  it('computes each route’s share of a complete year', () => {
    const [cm, eb] = shareSeries(crossingYears, routes);
    expect(cm!.points[0]!.y).toBeCloseTo((100_000 / 100_500) * 100);
    expect(eb!.points.map((p) => p.x)).toEqual(['2016']);
  });

  it('lays out the data behind a chart as a table', () => {
    const table = seriesTable(ratesSeries(crossingYears, deathYears, routes), (n) => n.toFixed(1));
    expect(table).toEqual({
      headers: ['Period', 'Central Mediterranean', 'Eastern borders'],
      rows: [
        ['2016', '40.0', '6.0 (not plotted)'],
        ['2017', '20.0', '–'],
      ],
    });
  });
});

describe('timeline view in the URL', () => {
  it('round-trips and ignores garbage', () => {
    const view = { period: 'year', scale: 'log', layout: 'multiples' } as const;
    expect(parseTimelineView(serializeTimelineView(view))).toEqual(view);
    expect(parseTimelineView('<script>,log')).toEqual({ period: 'month', scale: 'log', layout: 'combined' });
    expect(parseTimelineView('x'.repeat(500))).toEqual({ period: 'month', scale: 'linear', layout: 'combined' });
  });
});
