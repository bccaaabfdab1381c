import { describe, expect, it } from 'vitest';
import {
  endOfPartialDate,
  formatPartialDate,
  middleMonthOf,
  isRealDate,
  monthRange,
  parsePartialDate,
} from '../../../src/lib/time/dates.ts';

describe('dates', () => {
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
  it('gives the last day a partial date covers', () => {
    expect(endOfPartialDate('2016')).toBe('2016-12-31');
    expect(endOfPartialDate('2016-02')).toBe('2016-02-29');
    expect(endOfPartialDate('2016-02-10')).toBe('2016-02-10');
  });
  it('lists months across a year boundary', () => {
    expect(monthRange('2016-11', '2017-02')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
    expect(monthRange('2017-02', '2016-11')).toEqual([]);
  });
  it('writes dates out in words', () => {
    expect(formatPartialDate('2016-03-18')).toBe('18 March 2016');
    expect(formatPartialDate('2017-04')).toBe('April 2017');
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2018-Q1')).toBe('January–March 2018');
    expect(formatPartialDate('2018-Q4')).toBe('October–December 2018');
  });
  it('finds the middle month of a year, a quarter or a month', () => {
    expect(middleMonthOf('2016')).toBe('2016-06');
    expect(middleMonthOf('2016-Q1')).toBe('2016-02');
    expect(middleMonthOf('2016-Q4')).toBe('2016-11');
    expect(middleMonthOf('2016-07')).toBe('2016-07');
  });
});
