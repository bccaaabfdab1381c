import { describe, expect, it } from 'vitest';
import { MEASURE_SHIFT_COLUMNS, measureShiftRows, shiftWindowMonths } from '../../../src/lib/measures/measureShifts.ts';
import type { MonthlySeries } from '../../../src/lib/site/monthlySeries.ts';
import type { Measure } from '../../../src/lib/data/schemas/curated.ts';

describe('shiftWindowMonths', () => {
  it('gives the months each side covers, the start month left out', () => {
    expect(shiftWindowMonths('2016-03', 12)).toEqual({
      windowMonths: 12,
      before: ['2015-03', '2016-02'],
      after: ['2016-04', '2017-03'],
      yearEarlier: null,
    });
    expect(shiftWindowMonths('2016-03', 6)).toEqual({
      windowMonths: 6,
      before: ['2015-09', '2016-02'],
      after: ['2016-04', '2016-09'],
      yearEarlier: ['2015-04', '2015-09'],
    });
  });
});

describe('measure-shifts.csv rows', () => {
  // 2014-01 … 2015-12; detections from the start, deaths from 2015-01 only.
  const months = Array.from(
    { length: 24 },
    (_, i) => `${2014 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const series: MonthlySeries = {
    months,
    detections: new Map([['central-mediterranean', months.map(() => 10)]]),
    deadMissing: new Map(
      [
        'central-mediterranean',
        'eastern-mediterranean',
        'western-balkans',
        'sahel-agadez',
        'western-mediterranean',
        'atlantic',
        'eastern-borders',
      ].map((r) => [r as never, months.map((m) => (m >= '2015-01' ? 1 : null))]),
    ),
    detectionsLastMonth: '2015-12',
    deathsFirstMonth: '2015-01',
    deathsLastCompleteMonth: '2015-12',
  };
  const measure = {
    id: 'm',
    date_start: '2015-03-01',
    routes: ['central-mediterranean'],
  } as unknown as Measure;

  it('end with the months each window holds, after the earlier columns', () => {
    expect(MEASURE_SHIFT_COLUMNS.slice(0, 11).at(-1)).toBe('truncated');
    expect(MEASURE_SHIFT_COLUMNS.slice(11)).toEqual([
      'detections_months_before_available',
      'detections_months_after_available',
      'deaths_months_before_available',
      'deaths_months_after_available',
      'coverage',
    ]);
    const rows = measureShiftRows([measure], series);
    const cm24 = rows.find((r) => r.route_id === 'central-mediterranean' && r.window_months === 24)!;
    // 24 months before = 2013-03 … 2015-02: detections hold 14 of them, deaths 2 (from 2015-01).
    // 24 months after = 2015-04 … 2017-03: both hold 9 (to 2015-12).
    expect(cm24).toMatchObject({
      truncated: 'true',
      detections_months_before_available: 14,
      detections_months_after_available: 9,
      deaths_months_before_available: 2,
      deaths_months_after_available: 9,
    });
    const sahel12 = rows.find((r) => r.route_id === 'sahel-agadez' && r.window_months === 12)!;
    expect(sahel12).toMatchObject({ detections_before: 'n/a', detections_months_before_available: 0 });
  });
});
