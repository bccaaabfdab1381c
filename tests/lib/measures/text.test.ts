import { describe, expect, it } from 'vitest';
import {
  concurrentMeasures,
  cutShortInWords,
  declineAgainstRises,
  describeShift,
  type ShiftTextContext,
} from '../../../src/lib/measures/text.ts';
import { measureEndMonth, shiftWindowMonths } from '../../../src/lib/measures/measureShifts.ts';
import type { RouteShift } from '../../../src/lib/measures/shifts.ts';
import { firstMonthOf } from '../../../src/lib/time/partialDates.ts';
import type { CoverageNote, Measure, RouteNeighbour } from '../../../src/lib/data/schemas/curated.ts';

const measure = {
  id: 'deal',
  kind: 'measure',
  title: 'The Deal',
  date_start: '2016-03-18',
  date_end: null,
  routes: ['eastern-mediterranean'],
  regions: ['eastern-mediterranean'],
} as unknown as Measure;

const full = { detectionsBefore: 12, detectionsAfter: 12, deathsBefore: 12, deathsAfter: 12 };
const uncut = { detectionsBefore: null, detectionsAfter: null, deathsBefore: null, deathsAfter: null };

const shift = (
  routeId: string,
  before: number | null,
  after: number | null,
  dmBefore: number,
  dmAfter: number,
  extra: Partial<RouteShift> = {},
): RouteShift =>
  ({
    routeId,
    windowMonths: 12,
    hasDetectionsSeries: before !== null || after !== null,
    detectionsBefore: before,
    detectionsAfter: after,
    detectionsChangePct: before && after !== null ? ((after - before) / before) * 100 : null,
    deadMissingBefore: dmBefore,
    deadMissingAfter: dmAfter,
    monthsCounted: full,
    cutBy: uncut,
    truncated: false,
    sameMonthsYearEarlier: null,
    ...extra,
  }) as RouteShift;

const labels: Record<string, string> = {
  'eastern-mediterranean': 'Eastern Mediterranean',
  'central-mediterranean': 'Central Mediterranean',
  'western-balkans': 'Western Balkans',
  atlantic: 'Atlantic',
};
const label = (id: string) => labels[id] ?? id;

const neighbour = (route: string, to: string): RouteNeighbour =>
  ({ route, neighbour: to, reason: 'r', source_url: 'https://example.org/' }) as RouteNeighbour;

const context = (extra: Partial<ShiftTextContext> = {}): ShiftTextContext => ({
  window: shiftWindowMonths('2016-03', 12),
  neighbours: [neighbour('eastern-mediterranean', 'central-mediterranean')],
  coverageNotes: [],
  ...extra,
});

describe('describeShift', () => {
  it('writes the targeted route’s change, and only neighbouring routes as context', () => {
    const text = describeShift(
      measure,
      [
        shift('eastern-mediterranean', 1000, 250, 40, 10),
        shift('central-mediterranean', 100, 300, 5, 9),
        // Not a neighbour: its bigger rise must not be named.
        shift('atlantic', 50, 900, 1, 1),
      ],
      label,
      context(),
    );
    expect(text).toEqual([
      'Detections on the Eastern Mediterranean route fell by 75% in the 12 months after The Deal (18 March 2016), from 1,000 to 250.',
      'Dead and missing recorded on the Eastern Mediterranean route: 40 in the 12 months before, 10 in the 12 months after (a minimum estimate).',
      'Over the same months, detections on the neighbouring Central Mediterranean route went from 100 to 300.',
      'The fall on the Eastern Mediterranean route (750 fewer detections) was about 4 times larger than the rise on any neighbouring route (at most 200 more, on the Central Mediterranean route): the data do not show the flow moving elsewhere.',
    ]);
    expect(text.join(' ')).not.toContain('Atlantic');
  });

  it('says when no neighbouring route is listed instead of naming any other route', () => {
    const text = describeShift(
      measure,
      [shift('eastern-mediterranean', 1000, 250, 40, 10), shift('atlantic', 50, 900, 1, 1)],
      label,
      context({ neighbours: [neighbour('atlantic', 'central-mediterranean')] }),
    );
    expect(text.at(-1)).toBe(
      'The site lists no neighbouring route that could take crossings displaced from the Eastern Mediterranean route, so no other route is compared here; every route is in the table.',
    );
  });

  it('says when a targeted route has no detections series', () => {
    const sahel = { ...measure, routes: ['sahel-agadez'] } as unknown as Measure;
    expect(describeShift(sahel, [shift('sahel-agadez', null, null, 3, 4)], (id) => id, context())[0]).toBe(
      'There is no Frontex detections series for the sahel-agadez route.',
    );
  });

  it('names a window cut short by the start of the data in the sentence, and months outside it as not recorded', () => {
    const cut = shift('eastern-mediterranean', 1000, 250, 40, 10, {
      windowMonths: 24,
      monthsCounted: { detectionsBefore: 16, detectionsAfter: 24, deathsBefore: 0, deathsAfter: 24 },
      cutBy: { ...uncut, detectionsBefore: 'start' },
      truncated: true,
    });
    const [detections, deaths] = describeShift(measure, [cut], label, {
      ...context({ neighbours: [] }),
      window: shiftWindowMonths('2016-03', 24),
    });
    expect(detections).toContain(
      'The 24 months before are cut short by the start of the Frontex data: they hold only 16 months.',
    );
    expect(deaths).toContain('not recorded (outside the IOM data) in the 24 months before, 10 in the 24 months after');
    expect(cutShortInWords(cut)).toBe(
      'Window cut short: 16 of 24 months before in the Frontex data; 0 of 24 months before in the IOM data',
    );
    expect(cutShortInWords(shift('atlantic', 5, 6, 1, 1))).toBe('');
  });

  it('flags a 6-month window as seasonal and sets the months after against the same months a year earlier', () => {
    const six = shift('eastern-mediterranean', 800, 200, 30, 6, {
      windowMonths: 6,
      monthsCounted: { detectionsBefore: 6, detectionsAfter: 6, deathsBefore: 6, deathsAfter: 6 },
      sameMonthsYearEarlier: {
        detections: { yearEarlier: 400, after: 200, months: 6, changePct: -50 },
        deadMissing: { yearEarlier: 12, after: 6, months: 6, changePct: -50 },
      },
    });
    const text = describeShift(measure, [six], label, {
      ...context({ neighbours: [] }),
      window: shiftWindowMonths('2016-03', 6),
    });
    expect(text[0]).toMatch(
      /^Seasonal window: the 6 months before \(September 2015 – February 2016\) and the 6 months after \(April 2016 – September 2016\) fall in different seasons/,
    );
    expect(text[1]).toContain(
      'In the same months a year earlier (April 2015 – September 2015) there were 400 detections, against 200 after, a fall of 50%.',
    );
    expect(text[2]).toContain('there were 12 dead and missing, against 6 after, a fall of 50%.');
    // A whole-year window is not flagged.
    expect(describeShift(measure, [shift('eastern-mediterranean', 1, 2, 0, 0)], label, context())[0]).not.toMatch(
      /Seasonal/,
    );
  });

  it('says a coverage change next to the deaths it concerns, and only when the window overlaps it', () => {
    const note = {
      route: 'eastern-mediterranean',
      period_start: '2014-01',
      period_end: '2015-12',
      note: 'Recording changed.',
      source_url: 'https://example.org/',
    } as CoverageNote;
    const s = shift('eastern-mediterranean', 1000, 250, 40, 10);
    const [, deaths] = describeShift(measure, [s], label, context({ coverageNotes: [note] }));
    expect(deaths).toMatch(/\(a minimum estimate\)\. Coverage: Recording changed\.$/);
    const later = { ...context({ coverageNotes: [note] }), window: shiftWindowMonths('2018-03', 12) };
    expect(describeShift(measure, [s], label, later)[1]).not.toContain('Coverage');
  });
});

describe('declineAgainstRises', () => {
  it('says plainly when the fall is far larger than any rise nearby (EU–Turkey-like figures)', () => {
    expect(
      declineAgainstRises(
        shift('eastern-mediterranean', 1_006_478, 34_368, 0, 0),
        [shift('central-mediterranean', 155_078, 186_805, 0, 0)],
        label,
      ),
    ).toBe(
      'The fall on the Eastern Mediterranean route (972,110 fewer detections) was about 31 times larger than the rise on any neighbouring route (at most 31,727 more, on the Central Mediterranean route): the data do not show the flow moving elsewhere.',
    );
  });

  it('calls changes of a similar size an association, not a move', () => {
    expect(
      declineAgainstRises(
        shift('eastern-mediterranean', 1000, 500, 0, 0),
        [shift('central-mediterranean', 100, 400, 0, 0)],
        label,
      ),
    ).toBe(
      'Detections fell by 500 on the Eastern Mediterranean route while they rose by 300 on the neighbouring Central Mediterranean route; the two changes happened at the same time, which does not show that the same people moved.',
    );
  });

  it('says when no neighbour rose, and says nothing without a fall or without neighbours', () => {
    expect(
      declineAgainstRises(
        shift('eastern-mediterranean', 1000, 500, 0, 0),
        [shift('central-mediterranean', 400, 100, 0, 0)],
        label,
      ),
    ).toBe(
      'Detections fell on the Eastern Mediterranean route and did not rise on any neighbouring route (Central Mediterranean) over the same months: the data do not show the flow moving elsewhere.',
    );
    expect(
      declineAgainstRises(shift('eastern-mediterranean', 500, 1000, 0, 0), [shift('atlantic', 1, 2, 0, 0)], label),
    ).toBeNull();
    expect(declineAgainstRises(shift('eastern-mediterranean', 1000, 500, 0, 0), [], label)).toBeNull();
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
