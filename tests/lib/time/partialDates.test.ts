import { describe, expect, it } from 'vitest';
import {
  endOfPartialDate,
  firstMonthOf,
  isLastDayOfMonth,
  isoDayOf,
  isRealDate,
  lastMonthOf,
  parsePartialDate,
  startOfPartialDate,
} from '../../../src/lib/time/partialDates.ts';

describe('partial dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate(2016, 2, 29)).toBe(true);
    expect(isRealDate(2017, 2, 29)).toBe(false);
    expect(isRealDate(2017, 4, 31)).toBe(false);
    expect(isRealDate(2017, 13, 1)).toBe(false);
  });
  it('parses partial dates with their precision', () => {
    expect(parsePartialDate('2016')).toEqual({ precision: 'year', iso: '2016' });
    expect(parsePartialDate('2016-07')).toEqual({ precision: 'month', iso: '2016-07' });
    expect(parsePartialDate('2016-13')).toBeNull();
    expect(parsePartialDate('16-07-2016')).toBeNull();
  });
  it('gives the first and last day a partial date covers', () => {
    expect(startOfPartialDate('2016')).toBe('2016-01-01');
    expect(startOfPartialDate('2016-02')).toBe('2016-02-01');
    expect(endOfPartialDate('2016')).toBe('2016-12-31');
    expect(endOfPartialDate('2016-02')).toBe('2016-02-29');
    expect(endOfPartialDate('2016-02-10')).toBe('2016-02-10');
  });
  it('gives the first and last month a partial date covers: a year runs from January to December', () => {
    expect(firstMonthOf('2016')).toBe('2016-01');
    expect(firstMonthOf('2016-07')).toBe('2016-07');
    expect(firstMonthOf('2016-03-18')).toBe('2016-03');
    expect(lastMonthOf('2016')).toBe('2016-12');
    expect(lastMonthOf('2016-07')).toBe('2016-07');
    expect(lastMonthOf('2016-03-18')).toBe('2016-03');
  });
  it('tells whether a day closes its month', () => {
    expect(isLastDayOfMonth('2016-02-29')).toBe(true);
    expect(isLastDayOfMonth('2017-02-28')).toBe(true);
    expect(isLastDayOfMonth('2016-02-28')).toBe(false);
    expect(isLastDayOfMonth('2026-05-03')).toBe(false);
  });
});

describe('isoDayOf', () => {
  it('writes the local calendar day with two-digit month and day', () => {
    expect(isoDayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDayOf(new Date(2026, 10, 29))).toBe('2026-11-29');
  });
});
