import { describe, expect, it } from 'vitest';
import { countEvents, crossingsByYear, deathsByRouteYear, isLibyaIncident } from '../../../src/lib/site/aggregate.ts';
import { deriveCoverage } from '../../../src/lib/site/coverage.ts';
import { deriveAll } from '../../../src/lib/derive/pipeline.ts';
import { routeHeadlines } from '../../../src/lib/site/headlines.ts';
import { extractText, frontexText, routes } from '../derive/fixtures.ts';

const derive = (extract: string) =>
  deriveAll({
    routes,
    frontex: { file: 'frontex.csv', text: frontexText },
    iomExtract: { file: 'extract.csv', text: extract },
    iomDownloads: [],
  });
const derived = derive(extractText);
const coverageOf = (d: typeof derived) =>
  deriveCoverage(d.crossings, d.incidents, d.crossingsPeriod, d.incidentsPeriod);
const deathYears = deathsByRouteYear(derived.incidents, coverageOf(derived).deaths);

describe('aggregations', () => {
  it('sums detections by year and flags the months behind each total', () => {
    expect(crossingsByYear(derived.crossings)).toEqual([
      {
        route_id: 'central-mediterranean',
        year: 2016,
        detections: 17,
        months_covered: 3,
        complete: false,
        coverage: 'partial_period',
      },
      {
        route_id: 'eastern-mediterranean',
        year: 2016,
        detections: 7,
        months_covered: 3,
        complete: false,
        coverage: 'partial_period',
      },
    ]);
  });

  it('sums dead and missing by route and year, zeros included, leaving out route "other"', () => {
    const get = (route: string, year: number) => deathYears.find((r) => r.route_id === route && r.year === year);
    // The fixture's IOM table runs from 1 May 2016 to 3 March 2017: 2016 has May–December, 2017 January–February.
    expect(get('central-mediterranean', 2016)).toMatchObject({
      dead_missing: 9,
      incidents: 2,
      months_covered: 8,
      complete: false,
      coverage: 'partial_period',
      label: '2016, May–Dec',
    });
    expect(get('central-mediterranean', 2017)).toMatchObject({
      dead_missing: 0,
      incidents: 0,
      months_covered: 2,
      label: '2017, to 3 March',
    });
    // Eastern Mediterranean's first record is February 2017, after the table's first year: recorded from then.
    expect(get('eastern-mediterranean', 2016)).toMatchObject({
      dead_missing: null,
      coverage: 'not_recorded_under_route',
    });
    expect(get('eastern-mediterranean', 2017)).toMatchObject({ dead_missing: 2, incidents: 1, months_covered: 1 });
    expect(get('sahel-agadez', 2017)?.dead_missing).toBe(6);
    // Western Balkans has no record at all in the fixture: not recorded, never 0.
    expect(get('western-balkans', 2016)).toMatchObject({ dead_missing: null, incidents: null });
    expect(deathYears).toHaveLength(7 * 2);
    expect(deathYears.reduce((s, r) => s + (r.dead_missing ?? 0), 0)).toBe(17); // 18 in all minus 1 on route "other"
  });

  it('counts incidents as events: one event in three parts and one in one row are two incidents', () => {
    const header = extractText.split('\n')[0]!;
    const text = [
      header,
      'E1,E1-a,Split Incident,2016-05-01,3,1,4,NA,Drowning,Central Mediterranean,Libya,Off Zuwara,https://s/1,4,33.1,12.1',
      'E1,E1-b,Split Incident,2016-05-01,2,0,2,NA,Drowning,Central Mediterranean,Libya,Off Zuwara,https://s/1,4,33.1,12.1',
      'E1,E1-c,Split Incident,2016-05-01,0,5,5,NA,Drowning,Central Mediterranean,Libya,Off Zuwara,https://s/1,4,33.1,12.1',
      'E2,E2,Incident,2016-07-09,1,0,1,NA,Drowning,Central Mediterranean,Tunisia,Off Sfax,https://s/2,4,34.7,10.9',
    ].join('\n');
    const d = derive(text);
    expect(d.incidents).toHaveLength(4); // every part is kept as a row, with its main_id
    expect(d.incidents.map((i) => i.main_id)).toEqual(['E1', 'E1', 'E1', 'E2']);
    expect(countEvents(d.incidents)).toBe(2);
    const row = deathsByRouteYear(d.incidents, coverageOf(d).deaths).find(
      (r) => r.route_id === 'central-mediterranean' && r.year === 2016,
    );
    expect(row).toMatchObject({ incidents: 2, dead_missing: 4 + 2 + 5 + 1 });
  });

  it('leaves years before IOM recorded a route empty, not zero, derived from the first record', () => {
    const header = extractText.split('\n')[0]!;
    const text = [
      header,
      'A1,A1,Incident,2016-01-10,1,0,1,NA,Drowning,Central Mediterranean,Libya,Off Zuwara,https://s/1,4,33.1,12.1',
      'B1,B1,Incident,2018-08-15,2,0,2,NA,Harsh conditions,Belarus-EU border,Poland,Forest,https://s/2,4,52.7,23.8',
      'A2,A2,Incident,2018-12-31,1,0,1,NA,Drowning,Central Mediterranean,Libya,Off Zuwara,https://s/1,4,33.1,12.1',
    ].join('\n');
    const d = derive(text);
    const rows = deathsByRouteYear(d.incidents, coverageOf(d).deaths);
    const eb = rows.filter((r) => r.route_id === 'eastern-borders');
    expect(eb.map((r) => [r.year, r.dead_missing, r.incidents, r.months_covered, r.coverage])).toEqual([
      [2016, null, null, 0, 'not_recorded_under_route'],
      [2017, null, null, 0, 'not_recorded_under_route'],
      [2018, 2, 1, 5, 'partial_period'],
    ]);
    expect(eb.at(-1)!.label).toBe('2018, Aug–Dec');
    // A route seen in the table's first year is recorded from the start: its empty years are zeros.
    const cm = rows.filter((r) => r.route_id === 'central-mediterranean');
    expect(cm.map((r) => [r.dead_missing, r.complete, r.coverage])).toEqual([
      [1, true, 'recorded'],
      [0, true, 'recorded'],
      [1, true, 'recorded'],
    ]);
    // Sahel: no record at all, so every year is "not recorded" rather than 0.
    expect(rows.filter((r) => r.route_id === 'sahel-agadez').every((r) => r.dead_missing === null)).toBe(true);
  });

  it('defines Libya by country of incident', () => {
    expect(derived.incidents.filter(isLibyaIncident).map((i) => i.main_id)).toEqual(['M1', 'M2']);
  });

  it('builds headlines with peaks, null for a route without detections, and "not recorded" as null', () => {
    const h = routeHeadlines(
      ['central-mediterranean', 'sahel-agadez', 'eastern-borders'],
      crossingsByYear(derived.crossings),
      deathYears,
      2016,
      2017,
    );
    // 2016 has only 3 months of detections and 8 of deaths in the fixture: no complete year, so no peaks.
    expect(h[0]).toMatchObject({
      detectionsInYear: 0,
      detectionsPeak: null,
      deadMissingInYear: 0,
      deadMissingPeak: null,
    });
    const asWhole = deathYears.map((r) => ({ ...r, complete: true }));
    const [whole] = routeHeadlines(['central-mediterranean'], [], asWhole, 2016, 2017);
    expect(whole!.deadMissingPeak).toEqual({ year: 2016, dead_missing: 9 });
    expect(h[1]).toMatchObject({ detectionsInYear: null, deadMissingInYear: 6 });
    // The fixture has no Belarus-EU border record: IOM did not record the route, so no figure at all.
    expect(h[2]).toMatchObject({ deadMissingInYear: null, deadMissingPeak: null });
  });
});
