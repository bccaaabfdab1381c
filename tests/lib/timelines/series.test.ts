import { describe, expect, it } from 'vitest';
import {
  describePartialPeriods,
  describePeaks,
  describeFlaggedRates,
  detectionsSeries,
  MIN_DETECTIONS_FOR_RATE,
  periodTotals,
  ratesSeries,
  seriesInWindow,
  seriesTable,
  shareSeries,
} from '../../../src/lib/timelines/series.ts';
import { parseTimelineView, serializeTimelineView } from '../../../src/lib/timelines/view.ts';
import type { Route } from '../../../src/lib/data/schemas/curated.ts';
import type { MonthlySeries } from '../../../src/lib/site/monthlySeries.ts';
import type { RouteId } from '../../../src/lib/core/ids.ts';

const routes = [
  { id: 'central-mediterranean', label: 'Central Mediterranean', colour: '#D55E00' },
  { id: 'eastern-borders', label: 'Eastern borders', colour: '#7A7A7A' },
] as Route[];
const whole = { months_covered: 12, complete: true, coverage: 'recorded' as const };
const crossingYears = [
  { route_id: 'central-mediterranean' as const, year: 2016, detections: 100_000, ...whole },
  { route_id: 'central-mediterranean' as const, year: 2017, detections: 50_000, ...whole },
  { route_id: 'eastern-borders' as const, year: 2016, detections: 500, ...whole },
  {
    route_id: 'eastern-borders' as const,
    year: 2017,
    detections: 2_000,
    months_covered: 3,
    complete: false,
    coverage: 'partial_period' as const,
  },
];

// Two routes over 2016–2017 by month. Central Mediterranean: 8,000 detections and 320 dead and missing in each
// month of 2016, 4,000 and 80 in each month of 2017. Eastern borders: 500 detections (all in January) and 3 dead
// in 2016, then 700 detections a month in a 2017 cut off after March.
const months = [...Array(24)].map((_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const cmDetections = months.map((m): number | null => (m < '2017' ? 8_000 : 4_000));
const cmDeaths = months.map((m): number | null => (m < '2017' ? 320 : 80));
const monthly: MonthlySeries = {
  months,
  detections: new Map<RouteId, (number | null)[]>([
    ['central-mediterranean', cmDetections],
    ['eastern-borders', months.map((_, i) => (i < 12 ? (i === 0 ? 500 : 0) : i < 15 ? 700 : null))],
  ]),
  deadMissing: new Map<RouteId, (number | null)[]>([
    ['central-mediterranean', cmDeaths],
    ['eastern-borders', months.map((_, i) => (i === 5 ? 3 : 0))],
  ]),
  detectionsLastMonth: '2017-12',
  deathsFirstMonth: '2016-01',
  deathsLastCompleteMonth: '2017-12',
};

describe('periods', () => {
  it('sums complete periods only', () => {
    const values = [1, 2, 3, 4, 5, null];
    const m = ['2016-01', '2016-02', '2016-03', '2016-04', '2016-05', '2016-06'];
    expect([...periodTotals(m, values, 'quarter')]).toEqual([['2016-Q1', 6]]);
    expect([...periodTotals(m, values, 'year')]).toEqual([]);
    expect([...periodTotals(m, values, 'month')].length).toBe(5);
  });
});

describe('rates', () => {
  it('divides dead and missing by detections per 1,000 over complete years, flagging tiny denominators', () => {
    const [cm, eb] = ratesSeries(monthly, routes, 'year');
    expect(cm!.points.map((p) => [p.x, p.y, p.note])).toEqual([
      ['2016', 40, '3,840 dead and missing / 96,000 detections'],
      ['2017', 20, '960 dead and missing / 48,000 detections'],
    ]);
    expect(cm!.points.some((p) => p.flagged)).toBe(false);
    expect(500).toBeLessThan(MIN_DETECTIONS_FOR_RATE);
    // 2017 has only three months of detections on this route, so it has no yearly rate at all.
    expect(eb!.points).toEqual([{ x: '2016', y: 6, note: '3 dead and missing / 500 detections', flagged: true }]);
  });

  it('computes quarterly rates where the quarter is complete, and flags thin quarters', () => {
    const [cm, eb] = ratesSeries(monthly, routes, 'quarter');
    expect(cm!.points.map((p) => p.x)).toEqual([
      ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `2016-${q}`),
      ...['Q1', 'Q2', 'Q3', 'Q4'].map((q) => `2017-${q}`),
    ]);
    expect(cm!.points.map((p) => p.y)).toEqual([40, 40, 40, 40, 20, 20, 20, 20]);
    expect(cm!.points[0]!.note).toBe('960 dead and missing / 24,000 detections');
    // Eastern borders: Q1 2016 has 500 detections (flagged), Q2 0 (no rate: nothing to divide by), Q1 2017 2,100.
    expect(eb!.points.map((p) => [p.x, p.y === null ? null : Number(p.y.toFixed(2)), Boolean(p.flagged)])).toEqual([
      ['2016-Q1', 0, true],
      ['2016-Q2', null, true],
      ['2016-Q3', null, true],
      ['2016-Q4', null, true],
      ['2017-Q1', 0, false],
    ]);
    expect(describeFlaggedRates([cm!], 'quarter')).toBe(
      'Every route-quarter shown has at least 1,000 detections, so every rate is plotted.',
    );
    expect(describeFlaggedRates([cm!, eb!], 'quarter')).toBe(
      '4 route-quarters with fewer than 1,000 detections are not plotted, because a rate over so few detections would show as a spike that means little.',
    );
  });

  it('keeps the periods whose middle month falls in a window', () => {
    const [cm] = seriesInWindow(ratesSeries(monthly, routes, 'quarter'), '2016-04', '2017-02');
    expect(cm!.points.map((p) => p.x)).toEqual(['2016-Q2', '2016-Q3', '2016-Q4', '2017-Q1']);
    const [cmYears] = seriesInWindow(ratesSeries(monthly, routes, 'year'), '2016-07', '2017-12');
    expect(cmYears!.points.map((p) => p.x)).toEqual(['2017']);
  });

  it('never plots a flagged rate as a peak', () => {
    expect(describePeaks(ratesSeries(monthly, routes, 'year'), 'per 1,000', (n) => n.toFixed(1))).toBe(
      'The highest value is on the Central Mediterranean route: 40.0 per 1,000 in 2016.',
    );
  });

  it('lets a chart say where its peak is in its own words', () => {
    const libya = [{ label: 'Libya (any route)', points: [{ x: '2016', y: 3653 }] }];
    expect(describePeaks(libya, 'dead and missing in a year', undefined, () => 'in Libya')).toBe(
      'The highest value is in Libya: 3,653 dead and missing in a year in 2016.',
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
    const table = seriesTable(ratesSeries(monthly, routes, 'year'), (n) => n.toFixed(1));
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

  it('falls back to the chart’s default for a period the chart does not offer', () => {
    const rateDefaults = { period: 'year', scale: 'linear', layout: 'combined' } as const;
    expect(parseTimelineView('month,log', rateDefaults, ['quarter', 'year'])).toEqual({
      ...rateDefaults,
      scale: 'log',
    });
    expect(parseTimelineView('quarter', rateDefaults, ['quarter', 'year'])).toEqual({
      ...rateDefaults,
      period: 'quarter',
    });
  });
});

describe('partial periods', () => {
  it('keeps a partial year as a labelled, unplotted point and names it in the chart notes', () => {
    // Jan 2024 – Apr 2025: 2024 whole, 2025 January–April only.
    const months = Array.from(
      { length: 16 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const partial: MonthlySeries = {
      ...monthly,
      months,
      detections: new Map([['central-mediterranean', months.map(() => 10)]]),
    };
    const [cm] = detectionsSeries(partial, routes, 'year');
    expect(cm!.points).toEqual([
      { x: '2024', y: 120 },
      {
        x: '2025',
        y: 40,
        flagged: true,
        note: '2025, Jan–Apr only: a partial year, not compared with whole ones',
      },
    ]);
    expect(describePartialPeriods([cm!], 'year')).toBe(
      'Partial years are marked with a cross on the time axis instead of a point, so that they do not read as a fall: 2025, Jan–Apr.',
    );
    // Rates keep partial periods out altogether.
    expect(
      periodTotals(
        months,
        months.map(() => 10),
        'year',
      ),
    ).toEqual(new Map([['2024', 120]]));
  });
});
