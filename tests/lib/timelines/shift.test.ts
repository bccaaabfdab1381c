import { describe, expect, it } from 'vitest';
import { shiftEvents, shiftShares, shiftYears, SHIFT_YEARS } from '../../../src/lib/timelines/shift.ts';
import type { CrossingYear } from '../../../src/lib/site/aggregate.ts';
import type { Measure, Route } from '../../../src/lib/data/schemas/curated.ts';

const routes = [
  { id: 'central-mediterranean', label: 'Central Mediterranean', colour: '#D55E00' },
  { id: 'eastern-mediterranean', label: 'Eastern Mediterranean', colour: '#0072B2' },
  { id: 'sahel-agadez', label: 'Sahel / Agadez', colour: '#E69F00' },
] as Route[];

const year = (route_id: string, y: number, detections: number, months_covered = 12) =>
  ({ route_id, year: y, detections, months_covered, complete: months_covered === 12 }) as unknown as CrossingYear;

// 2013 lies before the shift years, 2018 is partial (3 months), 2020 after: none of them is drawn.
const crossingYears = [
  year('central-mediterranean', 2013, 1_000),
  year('central-mediterranean', 2016, 181_000),
  year('eastern-mediterranean', 2016, 182_000),
  year('central-mediterranean', 2017, 119_000),
  year('eastern-mediterranean', 2017, 42_000),
  year('central-mediterranean', 2018, 5_000, 3),
  year('eastern-mediterranean', 2018, 9_000, 3),
  year('central-mediterranean', 2020, 36_000),
];

const measure = (id: string, title: string, date_start: string) => ({ id, title, date_start }) as Measure;

describe('the home chart of the shift', () => {
  it('covers only the complete years inside its span', () => {
    expect(shiftYears(crossingYears)).toEqual([2016, 2017]);
    for (const y of shiftYears(crossingYears)) {
      expect(y).toBeGreaterThanOrEqual(SHIFT_YEARS.from);
      expect(y).toBeLessThanOrEqual(SHIFT_YEARS.to);
    }
  });

  it('gives each route its share of the year, summing to 100% per year, and leaves out routes without detections', () => {
    const shares = shiftShares(crossingYears, routes);
    expect(shares.map((s) => s.id)).toEqual(['central-mediterranean', 'eastern-mediterranean']);
    for (const x of ['2016', '2017']) {
      const total = shares.reduce((sum, s) => sum + (s.points.find((p) => p.x === x)?.y ?? 0), 0);
      expect(total).toBeCloseTo(100, 9);
    }
    const cm2017 = shares[0]!.points.find((p) => p.x === '2017')!;
    expect(cm2017.y).toBeCloseTo((119_000 / 161_000) * 100, 9);
    expect(shares.flatMap((s) => s.points.map((p) => p.x))).not.toContain('2018');
  });

  it('marks the two measures at the months of their start dates, named and ruled, and no other measure', () => {
    const events = shiftEvents([
      measure('eu-turkey-statement', 'EU–Turkey Statement', '2016-03-18'),
      measure('hungary-serbia-fence', 'Hungary builds a fence', '2015-09'),
      measure('italy-libya-mou', 'Italy–Libya memorandum', '2017-02-02'),
    ]);
    expect(events.map((e) => [e.id, e.month, e.dateText])).toEqual([
      ['eu-turkey-statement', '2016-03', '18 March 2016'],
      ['italy-libya-mou', '2017-02', '2 February 2017'],
    ]);
    for (const e of events) {
      expect(e.highlighted).toBe(true);
      expect(e.keyLabel!.length).toBeGreaterThan(e.shortKeyLabel.length);
      expect(e.href).toBe(`/measures/${e.id}/`);
    }
  });
});
