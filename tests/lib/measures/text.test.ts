import { describe, expect, it } from 'vitest';
import { concurrentMeasures, describeShift } from '../../../src/lib/measures/text.ts';
import { measureEndMonth } from '../../../src/lib/measures/measureShifts.ts';
import type { RouteShift } from '../../../src/lib/measures/shifts.ts';
import { firstMonthOf } from '../../../src/lib/time/partialDates.ts';
import type { Measure } from '../../../src/lib/data/schemas/curated.ts';

const measure = {
  id: 'deal',
  kind: 'measure',
  title: 'The Deal',
  date_start: '2016-03-18',
  date_end: null,
  routes: ['eastern-mediterranean'],
  regions: ['eastern-mediterranean'],
} as unknown as Measure;

const shift = (
  routeId: string,
  before: number | null,
  after: number | null,
  dmBefore: number,
  dmAfter: number,
): RouteShift =>
  ({
    routeId,
    windowMonths: 12,
    detectionsBefore: before,
    detectionsAfter: after,
    detectionsChangePct: before && after !== null ? ((after - before) / before) * 100 : null,
    deadMissingBefore: dmBefore,
    deadMissingAfter: dmAfter,
    truncated: false,
  }) as RouteShift;

describe('describeShift', () => {
  it('writes the targeted route’s change and where flows rose, from the figures', () => {
    const text = describeShift(
      measure,
      [
        shift('eastern-mediterranean', 1000, 250, 40, 10),
        shift('central-mediterranean', 100, 300, 5, 9),
        shift('atlantic', 50, 40, 1, 1),
      ],
      (id) =>
        ({ 'eastern-mediterranean': 'Eastern Mediterranean', 'central-mediterranean': 'Central Mediterranean' })[id] ??
        id,
    );
    expect(text).toEqual([
      'Detections on the Eastern Mediterranean route fell by 75% in the 12 months after The Deal (18 March 2016), from 1,000 to 250.',
      'Dead and missing recorded on the Eastern Mediterranean route: 40 in the 12 months before, 10 in the 12 months after (a minimum estimate).',
      'Among the other routes, detections rose most on the Central Mediterranean: from 100 to 300.',
    ]);
  });

  it('says when a targeted route has no detections series', () => {
    const sahel = { ...measure, routes: ['sahel-agadez'] } as unknown as Measure;
    expect(describeShift(sahel, [shift('sahel-agadez', null, null, 3, 4)], (id) => id)[0]).toBe(
      'There is no Frontex detections series for the sahel-agadez route.',
    );
  });
});

describe('concurrentMeasures', () => {
  const m = (id: string, start: string, end: string | null, regions: string[], kind = 'measure') =>
    ({ id, date_start: start, date_end: end, regions, kind }) as unknown as Measure;
  it('lists measures in the same regions in force within a year of the start', () => {
    const all = [
      measure,
      m('fence', '2015-10', '2016-01', ['eastern-mediterranean']),
      m('old', '2012-01', '2013-01', ['eastern-mediterranean']),
      m('elsewhere', '2016-03', null, ['atlantic']),
      m('ongoing', '2014', null, ['eastern-mediterranean']),
    ];
    expect(
      concurrentMeasures(measure, all, (x) => firstMonthOf(x.date_start), measureEndMonth).map((x) => x.id),
    ).toEqual(['fence', 'ongoing']);
  });
});
