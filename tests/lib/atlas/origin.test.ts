// One month-index origin for the whole atlas: a payload whose data start in May 2013 (not in a January,
// not in 2009) must give the summary, the controls' indexes and the map layers the same months and incidents.
import { describe, expect, it } from 'vitest';
import { buildAtlasPayload } from '../../../src/lib/atlas/payload.ts';
import { windowMonthIndexes } from '../../../src/lib/atlas/state.ts';
import { monthlyTotals, summarizeWindow } from '../../../src/lib/atlas/summary.ts';
import type { Measure } from '../../../src/lib/data/schemas/curated.ts';
import type { CrossingMonth, Incident } from '../../../src/lib/data/schemas/derived.ts';
import { buildSiteData } from '../../../src/lib/site/siteData.ts';
import { indexToMonth, monthOf, monthRange, monthToIndex } from '../../../src/lib/time/months.ts';
import { firstMonthOf, lastMonthOf } from '../../../src/lib/time/partialDates.ts';
import { incidentsLayer } from '../../../src/map/layers.ts';
import { measureLabels } from '../../../src/map/labels.ts';
import { routes } from '../derive/fixtures.ts';

const FIRST_MONTH = '2013-05';
const LAST_MONTH = '2014-06';

const crossings: CrossingMonth[] = monthRange(FIRST_MONTH, LAST_MONTH).map((month, i) => ({
  route_id: 'central-mediterranean',
  month,
  detections: 100 + i,
}));

function incident(id: string, date: string, deadMissing: number): Incident {
  return {
    incident_id: id,
    main_id: id,
    date,
    route_id: 'central-mediterranean',
    iom_route: 'Central Mediterranean',
    country: 'Libya',
    location: 'Off Zuwara, Libya',
    dead: deadMissing,
    missing: 0,
    dead_missing: deadMissing,
    survivors: null,
    cause: 'Drowning',
    lat: 33.1,
    lon: 12.1,
    source_url: '',
    source_file: 'fixture.csv',
    source_line: 2,
  };
}

// IOM records start before Frontex here, in January 2013: those months come before the origin.
const incidents = [
  incident('jan-2013', '2013-01-20', 1),
  incident('apr-2013', '2013-04-30', 2),
  incident('may-2013', '2013-05-01', 4),
  incident('oct-2013', '2013-10-15', 8),
  incident('jan-2014', '2014-01-02', 16),
  incident('mar-2014', '2014-03-31', 32),
  incident('jun-2014', '2014-06-30', 64),
];

function measure(id: string, kind: Measure['kind'], dateStart: string, dateEnd: string | null): Measure {
  return {
    id,
    kind,
    title: id,
    date_start: dateStart,
    date_end: dateEnd,
    date_precision: dateStart.length === 4 ? 'year' : dateStart.length === 7 ? 'month' : 'day',
    measure_type: 'naval_operation',
    routes: ['central-mediterranean'],
    regions: ['central-mediterranean'],
    countries: [],
    actors: [],
    place_name: '',
    lon: 12,
    lat: 35,
    summary: id,
    source_urls: ['https://example.org/'],
    confidence: 'high',
    sources_accessed: ['2026-11-29'],
  };
}

const measures = [
  measure('ended-before', 'measure', '2013-05-10', '2013-07'),
  measure('runs-through', 'measure', '2013', null),
  measure('starts-inside', 'measure', '2013-12-18', '2014'),
  measure('event-inside', 'event', '2014-02-03', null),
  measure('event-before', 'event', '2013-06', null),
  measure('starts-after', 'measure', '2014-05', null),
];

const data = buildSiteData({
  routes,
  measures,
  indicators: [],
  routeNeighbours: [],
  coverageNotes: [],
  places: [],
  routePaths: [],
  incidents,
  crossings,
  exclusions: [],
  accounts: [],
  merges: [],
  crossingsPeriod: { firstMonth: FIRST_MONTH, lastMonth: LAST_MONTH },
  incidentsPeriod: { firstDate: incidents[0]!.date, lastDate: incidents.at(-1)!.date },
});
const payload = buildAtlasPayload(data, []);

const inWindow = (month: string, window: { startMonth: string; endMonth: string }) =>
  month >= window.startMonth && month <= window.endMonth;

/** Whether a measure is in force or takes place in a window, read from its dates rather than its indexes. */
function inForce(m: Measure, window: { startMonth: string; endMonth: string }): boolean {
  const end = m.date_end ? lastMonthOf(m.date_end) : m.kind === 'event' ? firstMonthOf(m.date_start) : '9999-12';
  return firstMonthOf(m.date_start) <= window.endMonth && end >= window.startMonth;
}

describe('the atlas month-index origin', () => {
  it('is the first month of the data, and index 0 of every series in the payload', () => {
    expect(payload.originMonth).toBe(FIRST_MONTH);
    const route = payload.routes.find((r) => r.id === 'central-mediterranean')!;
    expect(route.detections![0]).toBe(crossings[0]!.detections);
    incidents.forEach((i, k) =>
      expect(indexToMonth(payload.incidents.month[k]!, payload.originMonth)).toBe(monthOf(i.date)),
    );
    measures.forEach((m, k) => {
      expect(indexToMonth(payload.measures[k]!.startIndex, payload.originMonth)).toBe(firstMonthOf(m.date_start));
    });
  });

  const windows = [
    { startMonth: '2013-05', endMonth: '2013-05' },
    { startMonth: '2013-05', endMonth: '2013-10' },
    { startMonth: '2013-11', endMonth: '2014-02' },
    { startMonth: '2014-01', endMonth: '2014-06' },
  ];
  for (const window of windows) {
    describe(`${window.startMonth} to ${window.endMonth}`, () => {
      const [startIndex, endIndex] = windowMonthIndexes(window, payload.originMonth);
      const summary = summarizeWindow(payload, startIndex, endIndex);
      const expectedIncidents = incidents.filter((i) => inWindow(monthOf(i.date), window));

      it('the summary names the same months and counts the incidents and detections of those months', () => {
        expect([summary.startMonth, summary.endMonth]).toEqual([window.startMonth, window.endMonth]);
        expect(summary.months).toBe(monthRange(window.startMonth, window.endMonth).length);
        expect(summary.all.incidents).toBe(expectedIncidents.length);
        expect(summary.all.deadMissing).toBe(expectedIncidents.reduce((s, i) => s + i.dead_missing, 0));
        const detections = crossings.filter((c) => inWindow(c.month, window)).reduce((s, c) => s + c.detections, 0);
        expect(summary.routes.find((r) => r.routeId === 'central-mediterranean')!.detections).toBe(detections);
        expect(summary.measuresInForce).toBe(measures.filter((m) => inForce(m, window)).length);
      });

      it("the controls' indexes and the timeline brush point at the same months", () => {
        // The range inputs run from the first month (index 0) to the last; the brush draws monthlyTotals.
        expect(monthToIndex(FIRST_MONTH, payload.originMonth)).toBe(0);
        const timeline = monthlyTotals(payload);
        expect(timeline.months.length).toBe(monthToIndex(LAST_MONTH, payload.originMonth) + 1);
        expect([timeline.months[startIndex], timeline.months[endIndex]]).toEqual([window.startMonth, window.endMonth]);
        const deadInStrip = timeline.deadMissing
          .slice(startIndex, endIndex + 1)
          .reduce((s: number, v) => s + (v ?? 0), 0);
        expect(deadInStrip).toBe(summary.all.deadMissing);
      });

      it('the map layers filter the same incidents and measures', () => {
        const layer = incidentsLayer(payload.incidents, {
          startIndex,
          endIndex,
          visible: true,
          routeColours: payload.routes.map((r) => r.colour),
          otherColour: '#888888',
          selectedIndex: null,
        });
        const props = layer.props as unknown as {
          filterRange: [number, number];
          // The filter values are handed to deck.gl as a typed array, one per incident (data.attributes).
          data: { attributes: { getFilterValue: { value: Float32Array } } };
        };
        const [low, high] = props.filterRange;
        const filterValues = props.data.attributes.getFilterValue.value;
        const shown = payload.incidents.id.filter((_, index) => {
          const value = filterValues[index]!;
          return value >= low && value <= high;
        });
        expect(shown).toEqual(expectedIncidents.map((i) => i.incident_id));

        // The map marks every measure started by the window's end, and fades those no longer in force.
        const marks = measureLabels(payload.measures, { startIndex, endIndex, selectedId: null });
        const active = marks.filter((m) => !m.modifiers?.includes('faded'));
        expect(active.map((m) => m.id)).toEqual(measures.filter((m) => inForce(m, window)).map((m) => m.id));
      });
    });
  }
});
