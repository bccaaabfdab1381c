import { describe, expect, it } from 'vitest';
import {
  parseTimelineWindow,
  timelineNarrowingInWords,
  timelineWindowParams,
} from '../../../src/lib/timelines/view.ts';
import { readViewQuery } from '../../../src/lib/url/params.ts';

const extent = { firstMonth: '2009-01', lastMonth: '2026-04' };
const windowOf = (search: string) => parseTimelineWindow(readViewQuery(search), extent);

describe('the period the timelines are narrowed to', () => {
  it('reads from and to as months inside the data', () => {
    expect(windowOf('?from=2015-01&to=2016-12')).toEqual({ fromMonth: '2015-01', toMonth: '2016-12' });
    expect(windowOf('?from=2015-06')).toEqual({ fromMonth: '2015-06', toMonth: '2026-04' });
    expect(windowOf('?to=2012-12')).toEqual({ fromMonth: '2009-01', toMonth: '2012-12' });
  });

  it('falls back to the data’s own end for each garbled or out-of-range end, and never throws', () => {
    expect(windowOf('?from=2008-12&to=2016-12')).toEqual({ fromMonth: '2009-01', toMonth: '2016-12' });
    expect(windowOf('?from=2015-01&to=2016-13')).toEqual({ fromMonth: '2015-01', toMonth: '2026-04' });
    expect(windowOf('?from=2015&to=<b>')).toBeNull();
    expect(windowOf('?from=2030-01')).toBeNull();
    expect(windowOf(`?from=${'9'.repeat(5000)}`)).toBeNull();
  });

  it('reads a reversed pair, or one spanning all the data, as the whole period', () => {
    expect(windowOf('?from=2017-01&to=2016-12')).toBeNull();
    expect(windowOf('?from=2009-01&to=2026-04')).toBeNull();
    expect(windowOf('')).toBeNull();
  });

  it('writes the ends that differ from the data’s, and reads them back', () => {
    expect(timelineWindowParams(null, extent)).toEqual({ from: null, to: null });
    expect(timelineWindowParams({ fromMonth: '2009-01', toMonth: '2016-12' }, extent)).toEqual({
      from: null,
      to: '2016-12',
    });
    const window = { fromMonth: '2015-01', toMonth: '2016-12' };
    const { from, to } = timelineWindowParams(window, extent);
    expect(windowOf(`?from=${from}&to=${to}`)).toEqual(window);
  });
});

describe('what an address narrows a chart to, in words for its title', () => {
  it('names the route and the period, the whole period by its months when only a route is asked', () => {
    expect(timelineNarrowingInWords('Central Mediterranean', windowOf('?from=2016-01&to=2018-12'), extent)).toBe(
      'Central Mediterranean route, January 2016 – December 2018',
    );
    expect(timelineNarrowingInWords(null, windowOf('?from=2016-01&to=2018-12'), extent)).toBe(
      'all routes, January 2016 – December 2018',
    );
    expect(timelineNarrowingInWords('Western Balkans', null, extent)).toBe(
      'Western Balkans route, January 2009 – April 2026',
    );
  });

  it('is null for every route over the whole period, a garbled window included', () => {
    expect(timelineNarrowingInWords(null, null, extent)).toBeNull();
    expect(timelineNarrowingInWords(null, windowOf('?from=2030-01'), extent)).toBeNull();
  });
});
