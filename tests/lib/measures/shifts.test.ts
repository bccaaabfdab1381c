import { describe, expect, it } from 'vitest';
import type { MonthlySeries } from '../../../src/lib/site/monthlySeries.ts';
import {
  computeShifts,
  deathsPer1000,
  DEFAULT_SHIFT_WINDOW,
  isSeasonalWindow,
  matchYearEarlier,
  measureWindowPath,
  parseShiftWindow,
  percentChange,
  SHIFT_WINDOWS,
  shiftWindowSegment,
} from '../../../src/lib/measures/shifts.ts';
import { shiftCoverage } from '../../../src/lib/measures/measureShifts.ts';

// Eight months, 2020-01 … 2020-08. Detections exist up to 2020-06; deaths from 2020-02 to 2020-08.
const series: MonthlySeries = {
  months: ['2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08'],
  detections: new Map([
    ['central-mediterranean', [100, 200, 300, 999, 50, 10, null, null]],
    ['western-balkans', [0, 0, 0, 5, 7, 9, null, null]],
  ]),
  deadMissing: new Map([
    ['central-mediterranean', [null, 4, 6, 99, 1, 2, 3, 8]],
    ['western-balkans', [null, 0, 0, 0, 1, 0, 0, 0]],
    ['sahel-agadez', [null, 10, 20, 30, 40, 50, 60, 70]],
  ]),
  detectionsLastMonth: '2020-06',
  deathsFirstMonth: '2020-02',
  deathsLastCompleteMonth: '2020-08',
};

describe('computeShifts', () => {
  it('sums N full months before and after, leaving out the start month (hand-computed)', () => {
    const [cm] = computeShifts(series, '2020-04', 2, ['central-mediterranean']);
    // before = Feb + Mar, after = May + Jun; April (999, 99) is excluded.
    expect(cm).toMatchObject({
      detectionsBefore: 500,
      detectionsAfter: 60,
      deadMissingBefore: 10,
      deadMissingAfter: 3,
      truncated: false,
    });
    expect(cm!.detectionsChangePct).toBeCloseTo(-88);
    expect(cm!.deathsPer1000Before).toBeCloseTo(20);
    expect(cm!.deathsPer1000After).toBeCloseTo(50);
  });

  it('truncates windows that run past the data and flags them', () => {
    const [cm] = computeShifts(series, '2020-04', 3, ['central-mediterranean']);
    // Detections: before Jan–Mar (3 months), after May–Jul: July has no data → 2 months.
    // Deaths: before Jan–Mar, January is before the IOM period → 2 months.
    expect(cm).toMatchObject({
      detectionsBefore: 600,
      detectionsAfter: 60,
      deadMissingBefore: 10,
      deadMissingAfter: 6,
      truncated: true,
    });
    expect(cm!.monthsCounted).toEqual({ detectionsBefore: 3, detectionsAfter: 2, deathsBefore: 2, deathsAfter: 3 });
    // The detections after lose July at the end of the data; the deaths before lose January at its start.
    expect(cm!.cutBy).toEqual({
      detectionsBefore: null,
      detectionsAfter: 'end',
      deathsBefore: 'start',
      deathsAfter: null,
    });
  });

  it('gives n/a (null), never Infinity, on a zero baseline', () => {
    const [wb] = computeShifts(series, '2020-03', 2, ['western-balkans']);
    expect(wb).toMatchObject({
      detectionsBefore: 0,
      detectionsAfter: 12,
      detectionsChangePct: null,
      deathsPer1000Before: null,
    });
    expect(wb!.deathsPer1000After).toBeCloseTo((1 / 12) * 1000);
  });

  it('handles a measure in the first and in the last data month', () => {
    const [first] = computeShifts(series, '2020-01', 2, ['central-mediterranean']);
    expect(first).toMatchObject({
      detectionsBefore: null,
      detectionsChangePct: null,
      detectionsAfter: 500,
      truncated: true,
    });
    const [last] = computeShifts(series, '2020-08', 2, ['central-mediterranean']);
    // Before = June (10) and July (no Frontex data); deaths June 2 + July 3. After: no IOM month at all,
    // so "not recorded" (null), not 0.
    expect(last).toMatchObject({
      detectionsBefore: 10,
      detectionsAfter: null,
      deadMissingBefore: 5,
      deadMissingAfter: null,
      deathsPer1000After: null,
      truncated: true,
    });
    expect(shiftCoverage(last!)).toBe(
      'detections_after: outside_source_period; dead_missing_after: outside_source_period',
    );
  });

  it('tells months IOM did not record under a route apart from the ends of the table', () => {
    // Eastern borders recorded from 2020-05 only: the two months before April are not recorded under the route.
    const withRoute: MonthlySeries = {
      ...series,
      deadMissing: new Map([...series.deadMissing, ['eastern-borders', [null, null, null, null, 2, 0, 1, 0]]]),
    };
    const [before] = computeShifts(withRoute, '2020-04', 2, ['eastern-borders']);
    expect(before).toMatchObject({ deadMissingBefore: null, deadMissingAfter: 2, truncated: false });
    expect(shiftCoverage(before!)).toBe('detections: no_source_series; dead_missing_before: not_recorded_under_route');
    const [partly] = computeShifts(withRoute, '2020-06', 2, ['eastern-borders']);
    expect(partly!.deadMissingBefore).toBe(2);
    expect(shiftCoverage(partly!)).toContain('dead_missing_before: not_recorded_under_route for 1 of 2 months');
  });

  it('reports routes without a detections series with deaths only', () => {
    const [sahel] = computeShifts(series, '2020-04', 2, ['sahel-agadez']);
    expect(sahel).toMatchObject({
      detectionsBefore: null,
      detectionsAfter: null,
      deadMissingBefore: 30,
      deadMissingAfter: 90,
      deathsPer1000Before: null,
      truncated: false,
    });
  });

  it('refuses a start month outside the series', () => {
    expect(() => computeShifts(series, '2019-12', 2, ['central-mediterranean'])).toThrow('outside the series');
  });
});

describe('the seasonally matched comparison', () => {
  it('flags windows that are not whole years as seasonal', () => {
    expect([6, 12, 24].map(isSeasonalWindow)).toEqual([true, false, false]);
  });

  it('sets the months after against the same months a year earlier, over months both hold (hand-computed)', () => {
    // 24 months, 2019-01 … 2020-12: 2019 holds 1..12, 2020 holds 100, 200, … except a gap in 2020-06.
    const monthly = [
      ...Array.from({ length: 12 }, (_, i) => i + 1),
      ...[1, 2, 3, 4, 5, null, 7, 8, 9, 10, 11, 12].map((x) => (x === null ? null : x * 100)),
    ];
    // After = 2020-04 … 2020-09 (indexes 15–20): June has no data, so June 2019 is left out too.
    expect(matchYearEarlier(monthly, 15, 20)).toEqual({
      yearEarlier: 4 + 5 + 7 + 8 + 9,
      after: 400 + 500 + 700 + 800 + 900,
      months: 5,
      changePct: ((3300 - 33) / 33) * 100,
    });
    // A year earlier lies before the series: nothing to compare.
    expect(matchYearEarlier(monthly, 2, 5)).toBeNull();
  });

  it('is computed for 6-month windows only', () => {
    const long: MonthlySeries = {
      ...series,
      months: Array.from(
        { length: 24 },
        (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      ),
      detections: new Map([['central-mediterranean', Array.from({ length: 24 }, (_, i) => (i < 12 ? 10 : 20))]]),
      deadMissing: new Map([['central-mediterranean', Array.from({ length: 24 }, (_, i) => (i < 12 ? 1 : 3))]]),
    };
    const [six] = computeShifts(long, '2020-03', 6, ['central-mediterranean']);
    expect(six!.sameMonthsYearEarlier).toEqual({
      detections: { yearEarlier: 60, after: 120, months: 6, changePct: 100 },
      deadMissing: { yearEarlier: 6, after: 18, months: 6, changePct: 200 },
    });
    expect(computeShifts(long, '2020-03', 12, ['central-mediterranean'])[0]!.sameMonthsYearEarlier).toBeNull();
  });
});

describe('rates and helpers', () => {
  it('computes deaths per 1,000 detections', () => {
    expect(deathsPer1000(5, 2000)).toBe(2.5);
    expect(deathsPer1000(5, 0)).toBeNull();
    expect(deathsPer1000(5, null)).toBeNull();
  });
  it('computes percentage change', () => {
    expect(percentChange(200, 50)).toBe(-75);
    expect(percentChange(0, 50)).toBeNull();
  });
});

describe('the shift window in a URL', () => {
  it('accepts 6, 12 and 24 months and nothing else', () => {
    expect(parseShiftWindow('24')).toBe(24);
    expect(parseShiftWindow('6')).toBe(6);
    for (const bad of [null, '', '7', '24x', ' 24', '1e1', '<script>', '12.0'])
      expect(parseShiftWindow(bad), String(bad)).toBeNull();
  });
});

describe('measureWindowPath', () => {
  it('gives the default window the measure page itself and every other window a page of its own', () => {
    expect(measureWindowPath('eu-turkey-statement', 12)).toBe('/measures/eu-turkey-statement/');
    expect(measureWindowPath('eu-turkey-statement', 6)).toBe('/measures/eu-turkey-statement/6/');
    expect(measureWindowPath('eu-turkey-statement', 24)).toBe('/measures/eu-turkey-statement/24/');
  });

  it('names one distinct page per window, whose segment reads back as that window', () => {
    const paths = SHIFT_WINDOWS.map((n) => measureWindowPath('m', n));
    expect(new Set(paths).size).toBe(SHIFT_WINDOWS.length);
    for (const n of SHIFT_WINDOWS) {
      const segment = shiftWindowSegment(n);
      if (segment === undefined) expect(n).toBe(DEFAULT_SHIFT_WINDOW);
      else expect(parseShiftWindow(segment)).toBe(n);
    }
  });
});
