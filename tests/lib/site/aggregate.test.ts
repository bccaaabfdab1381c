import { describe, expect, it } from 'vitest';
import { crossingsByYear, deathsByRouteYear, isLibyaIncident } from '../../../src/lib/site/aggregate.ts';
import { deriveAll } from '../../../src/lib/derive/pipeline.ts';
import { routeHeadlines } from '../../../src/lib/site/headlines.ts';
import { extractText, frontexText, routes } from '../derive/fixtures.ts';

const derived = deriveAll({
  routes,
  frontex: { file: 'frontex.csv', text: frontexText },
  iomExtract: { file: 'extract.csv', text: extractText },
  iomDownloads: [],
});

describe('aggregations', () => {
  it('sums detections by year and counts the months behind each total', () => {
    expect(crossingsByYear(derived.crossings)).toEqual([
      { route_id: 'central-mediterranean', year: 2016, detections: 17, months_covered: 3 },
      { route_id: 'eastern-mediterranean', year: 2016, detections: 7, months_covered: 3 },
    ]);
  });

  it('sums dead and missing by route and year, zeros included, leaving out route "other"', () => {
    const rows = deathsByRouteYear(derived.incidents);
    const get = (route: string, year: number) => rows.find((r) => r.route_id === route && r.year === year);
    expect(get('central-mediterranean', 2016)).toEqual({
      route_id: 'central-mediterranean',
      year: 2016,
      dead_missing: 9,
      incidents: 2,
    });
    expect(get('eastern-mediterranean', 2017)).toEqual({
      route_id: 'eastern-mediterranean',
      year: 2017,
      dead_missing: 2,
      incidents: 1,
    });
    expect(get('sahel-agadez', 2017)?.dead_missing).toBe(6);
    expect(get('western-balkans', 2016)).toEqual({
      route_id: 'western-balkans',
      year: 2016,
      dead_missing: 0,
      incidents: 0,
    });
    expect(rows).toHaveLength(7 * 2);
    expect(rows.reduce((s, r) => s + r.dead_missing, 0)).toBe(17); // 18 in all minus 1 on route "other"
  });

  it('defines Libya by country of incident', () => {
    expect(derived.incidents.filter(isLibyaIncident).map((i) => i.main_id)).toEqual(['M1', 'M2']);
  });

  it('builds headlines with peaks, and null for a route without detections', () => {
    const h = routeHeadlines(
      ['central-mediterranean', 'sahel-agadez'],
      crossingsByYear(derived.crossings),
      deathsByRouteYear(derived.incidents),
      2016,
      2017,
    );
    // 2016 has only 3 months of fixture data, so it is not a complete year and gives no detections peak.
    expect(h[0]).toMatchObject({
      detectionsInYear: 0,
      detectionsPeak: null,
      deadMissingInYear: 0,
      deadMissingPeak: { year: 2016, dead_missing: 9 },
    });
    expect(h[1]).toMatchObject({ detectionsInYear: null, deadMissingInYear: 6 });
  });
});
