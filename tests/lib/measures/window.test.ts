import { describe, expect, it } from 'vitest';
import { windowAround } from '../../../src/lib/measures/window.ts';

describe('windowAround', () => {
  it('spans the radius either side, across year ends', () => {
    expect(windowAround('2016-03', 24, '2009-01', '2025-04')).toEqual({ fromMonth: '2014-03', toMonth: '2018-03' });
    expect(windowAround('2016-01', 1, '2009-01', '2025-04')).toEqual({ fromMonth: '2015-12', toMonth: '2016-02' });
  });

  it('is cut to the first and last month of the data', () => {
    expect(windowAround('2010-02', 24, '2009-01', '2025-04')).toEqual({ fromMonth: '2009-01', toMonth: '2012-02' });
    expect(windowAround('2024-11', 12, '2009-01', '2025-04')).toEqual({ fromMonth: '2023-11', toMonth: '2025-04' });
    expect(windowAround('2015-06', 120, '2014-01', '2016-12')).toEqual({ fromMonth: '2014-01', toMonth: '2016-12' });
  });
});
