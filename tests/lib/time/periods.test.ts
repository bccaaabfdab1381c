import { describe, expect, it } from 'vitest';
import { partialYearLabel } from '../../../src/lib/time/words.ts';
import {
  isWholeYear,
  lastWholeMonthTo,
  monthsOfYearWithin,
  latestCompleteYear,
  middleMonthOf,
  monthStartInYears,
  periodMiddleInYears,
  periodMonths,
  periodOf,
  periodWithin,
} from '../../../src/lib/time/periods.ts';

describe('periods', () => {
  it('names the quarter and year a month falls in', () => {
    expect(periodOf('2016-03', 'quarter')).toBe('2016-Q1');
    expect(periodOf('2016-04', 'quarter')).toBe('2016-Q2');
    expect(periodOf('2016-12', 'quarter')).toBe('2016-Q4');
    expect(periodOf('2016-12', 'year')).toBe('2016');
    expect(periodOf('2016-12', 'month')).toBe('2016-12');
  });
  it('finds the middle month of a year, a quarter or a month', () => {
    expect(middleMonthOf('2016')).toBe('2016-06');
    expect(middleMonthOf('2016-Q1')).toBe('2016-02');
    expect(middleMonthOf('2016-Q4')).toBe('2016-11');
    expect(middleMonthOf('2016-07')).toBe('2016-07');
  });
  it('finds the latest complete year', () => {
    expect(latestCompleteYear('2025-04')).toBe(2024);
    expect(latestCompleteYear('2024-12')).toBe(2024);
  });
  it('tells a calendar year from a shorter or shifted span', () => {
    expect(isWholeYear('2016-01-01', '2016-12-31')).toBe(true);
    expect(isWholeYear('2016-01-01', '2016-06-30')).toBe(false);
    expect(isWholeYear('2016-07-01', '2017-06-30')).toBe(false);
  });
  it('places periods in the middle of their months on a time axis in years', () => {
    expect(periodMiddleInYears('2016')).toBeCloseTo(2016.5);
    expect(periodMiddleInYears('2016-Q1')).toBeCloseTo(2016.125);
    expect(periodMiddleInYears('2016-Q4')).toBeCloseTo(2016.875);
    expect(periodMiddleInYears('2016-01')).toBeCloseTo(2016 + 0.5 / 12);
    expect(monthStartInYears('2016-04')).toBeCloseTo(2016.25);
  });
});

describe('calendar periods', () => {
  it('finds the last whole month of records that stop on a given day', () => {
    expect(lastWholeMonthTo('2026-05-03')).toBe('2026-04');
    expect(lastWholeMonthTo('2025-12-31')).toBe('2025-12');
  });

  it('lists the months of a year inside a period', () => {
    expect(monthsOfYearWithin(2025, '2009-01', '2025-04')).toEqual([1, 2, 3, 4]);
    expect(monthsOfYearWithin(2021, '2021-08', '2026-04')).toEqual([8, 9, 10, 11, 12]);
    expect(monthsOfYearWithin(2020, '2021-08', '2026-04')).toEqual([]);
    expect(monthsOfYearWithin(2016, '2009-01', '2025-04')).toHaveLength(12);
  });

  it('names a partial year by the part it covers', () => {
    expect(partialYearLabel(2025, [1, 2, 3, 4])).toBe('2025, Jan–Apr');
    expect(partialYearLabel(2021, [8, 9, 10, 11, 12], '2026-05-03')).toBe('2021, Aug–Dec');
    expect(partialYearLabel(2026, [1, 2, 3, 4], '2026-05-03')).toBe('2026, to 3 May');
    expect(partialYearLabel(2016, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('2016');
    expect(partialYearLabel(2019, [])).toBe('2019, not covered');
  });
});

describe('periods inside a window of months', () => {
  it('names the first and last month of a year, a quarter and a month', () => {
    expect(periodMonths('2016')).toEqual(['2016-01', '2016-12']);
    expect(periodMonths('2016-Q3')).toEqual(['2016-07', '2016-09']);
    expect(periodMonths('2016-05')).toEqual(['2016-05', '2016-05']);
  });

  it('keeps a period only when every month of it is inside', () => {
    expect(periodWithin('2016', '2016-01', '2016-12')).toBe(true);
    expect(periodWithin('2016', '2016-02', '2017-12')).toBe(false);
    expect(periodWithin('2016-Q2', '2016-04', '2016-06')).toBe(true);
    expect(periodWithin('2016-Q2', '2016-05', '2016-12')).toBe(false);
    expect(periodWithin('2016-04', '2016-04', '2016-04')).toBe(true);
  });
});
