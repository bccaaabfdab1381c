import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysInMonth,
  indexToMonth,
  monthOf,
  monthRange,
  monthToIndex,
  parseMonth,
  previousMonth,
  yearOf,
} from '../../../src/lib/time/months.ts';

describe('months', () => {
  it('reads the year and month of a month, a quarter or a day', () => {
    expect(parseMonth('2016-03')).toEqual({ year: 2016, month: 3 });
    expect(parseMonth('2016-11-30')).toEqual({ year: 2016, month: 11 });
    expect(yearOf('2016-Q2')).toBe(2016);
    expect(yearOf('2017-01-01')).toBe(2017);
    expect(monthOf('2016-03-18')).toBe('2016-03');
    expect(monthOf('2016-03')).toBe('2016-03');
  });
  it('knows month lengths, leap years included', () => {
    expect(daysInMonth('2016-02')).toBe(29);
    expect(daysInMonth('2017-02')).toBe(28);
    expect(daysInMonth('2017-04')).toBe(30);
  });
  it('shifts months across year boundaries, both ways', () => {
    expect(addMonths('2016-11', 3)).toBe('2017-02');
    expect(addMonths('2016-02', -14)).toBe('2014-12');
    expect(addMonths('2016-05', 0)).toBe('2016-05');
    expect(previousMonth('2016-01')).toBe('2015-12');
    expect(previousMonth('2016-10')).toBe('2016-09');
  });
  it('lists months across a year boundary', () => {
    expect(monthRange('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthRange('2016-11', '2016-11')).toEqual(['2016-11']);
    expect(monthRange('2017-02', '2016-11')).toEqual([]);
  });
  it('counts month indexes from an explicit origin month, and back', () => {
    expect(monthToIndex('2013-05', '2013-05')).toBe(0);
    expect(monthToIndex('2014-01', '2013-05')).toBe(8);
    expect(monthToIndex('2013-01', '2013-05')).toBe(-4);
    expect(monthToIndex('2016-03', '2009-01')).toBe(86);
    expect(indexToMonth(8, '2013-05')).toBe('2014-01');
    expect(indexToMonth(-5, '2013-05')).toBe('2012-12');
    for (const index of [-13, -1, 0, 7, 8, 100]) {
      expect(monthToIndex(indexToMonth(index, '2013-05'), '2013-05')).toBe(index);
    }
  });
});
