// A route card's figures as a table (its embed's data and image downloads): a missing series is said in words.
import { describe, expect, it } from 'vitest';
import { routeCardTableRows, ROUTE_CARD_TABLE_HEADERS } from '../../../src/lib/site/headlines.ts';

describe('routeCardTableRows', () => {
  it('gives the year, the number and the peak of each figure, with its unit in the row name', () => {
    const rows = routeCardTableRows({
      routeId: 'central-mediterranean',
      detectionsYear: 2024,
      detectionsInYear: 66766,
      detectionsPeak: { year: 2016, detections: 181376 },
      deathsYear: 2025,
      deadMissingInYear: 1800,
      deadMissingPeak: { year: 2016, dead_missing: 4581 },
    });
    expect(rows.map((r) => r.length)).toEqual([ROUTE_CARD_TABLE_HEADERS.length, ROUTE_CARD_TABLE_HEADERS.length]);
    expect(rows[0]).toEqual(['Detections (Frontex; detections, not people)', '2024', '66,766', '2016', '181,376']);
    expect(rows[1]).toEqual(['Dead and missing (IOM; minimum estimate)', '2025', '1,800', '2016', '4,581']);
  });

  it('says a series is missing instead of writing 0', () => {
    const rows = routeCardTableRows({
      routeId: 'sahel-agadez',
      detectionsYear: 2024,
      detectionsInYear: null,
      detectionsPeak: null,
      deathsYear: 2025,
      deadMissingInYear: null,
      deadMissingPeak: null,
    });
    expect(rows[0]!.slice(2)).toEqual(['no Frontex series', '', '']);
    expect(rows[1]!.slice(2)).toEqual(['not recorded', '', '']);
  });
});
