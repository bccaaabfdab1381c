import { describe, expect, it } from 'vitest';
import { formatPartialDate, windowInWords } from '../../../src/lib/time/words.ts';

describe('dates in words', () => {
  it('writes dates out in words', () => {
    expect(formatPartialDate('2016-03-18')).toBe('18 March 2016');
    expect(formatPartialDate('2017-04')).toBe('April 2017');
    expect(formatPartialDate('2018')).toBe('2018');
    expect(formatPartialDate('2018-Q1')).toBe('January–March 2018');
    expect(formatPartialDate('2018-Q4')).toBe('October–December 2018');
  });
  it('writes a window as one month or a span', () => {
    expect(windowInWords('2016-04', '2017-03')).toBe('April 2016 – March 2017');
    expect(windowInWords('2016-04', '2016-04')).toBe('April 2016');
  });
});
