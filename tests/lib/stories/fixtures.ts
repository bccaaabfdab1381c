/** A tiny hand-made data set for the story resolver: two years, one route with detections and deaths. */
import type { StoryData } from '../../../src/lib/stories/resolve.ts';
import type { Indicator, Measure, Place } from '../../../src/lib/data/schemas/curated.ts';
import type { Incident } from '../../../src/lib/data/schemas/derived.ts';
import type { RouteId } from '../../../src/lib/core/ids.ts';
import { monthRange } from '../../../src/lib/time/months.ts';

export const MONTHS = monthRange('2016-01', '2017-12');

export function storyData(): StoryData {
  // 100 detections a month; deaths recorded only from July 2016 (1 a month), so 2016 deaths are "not recorded".
  const detections: (number | null)[] = MONTHS.map(() => 100);
  const deadMissing: (number | null)[] = MONTHS.map((m) => (m >= '2016-07' ? 1 : null));
  return {
    monthly: {
      months: MONTHS,
      detections: new Map<RouteId, (number | null)[]>([['central-mediterranean', detections]]),
      deadMissing: new Map<RouteId, (number | null)[]>([
        ['central-mediterranean', deadMissing],
        ['sahel-agadez', MONTHS.map((m) => (m >= '2017-01' ? 2 : null))],
      ]),
      detectionsLastMonth: '2017-12',
      deathsFirstMonth: '2017-01',
      deathsLastCompleteMonth: '2017-12',
    },
    incidents: [
      { date: '2017-03-02', country: 'Libya', dead_missing: 7, route_id: 'central-mediterranean', main_id: 'a' },
      { date: '2017-03-09', country: 'Italy', dead_missing: 5, route_id: 'central-mediterranean', main_id: 'b' },
    ] as Incident[],
    measures: [
      { id: 'm1', title: 'Measure one', date_start: '2016-07-01', routes: ['central-mediterranean'] },
      // Six months of deaths on each side: a change in dead and missing that resolves to figures.
      { id: 'm2', title: 'Measure two', date_start: '2017-06-01', routes: ['central-mediterranean'] },
    ] as Measure[],
    indicators: [
      { id: 'i1', value: 1234, unit: 'people returned', source_title: 'A report', source_url: 'https://example.org/r' },
      {
        id: 'i2',
        value: 22600,
        unit: 'people arriving (about)',
        source_title: 'A wire',
        source_url: 'https://example.org/w',
      },
    ] as Indicator[],
    places: [{ id: 'p1', name: 'Place one' }] as Place[],
  };
}
